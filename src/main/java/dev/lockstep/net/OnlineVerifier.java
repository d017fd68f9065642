package dev.lockstep.net;

import dev.lockstep.check.RunReviewer;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.LinkFact;
import dev.lockstep.rules.Note;
import dev.lockstep.rules.OnlineRule;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.links.DriftedLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns {@code drifted-link} findings into verified ones by requesting both targets, and (with an
 * inventory, for {@code --online=all}) reports broken external links of the translations:
 * <ul>
 *   <li>{@code source-broken}: the source's target is broken → the finding is replaced by one
 *       {@code broken-source-link} finding on the source file, for maintainers;</li>
 *   <li>{@code translation-broken}: only the translation's target is broken → error;</li>
 *   <li>{@code same-destination}: both end at the same URL → info, the drift is cosmetic;</li>
 *   <li>{@code both-ok-different}: both work, different pages → kept as it was;</li>
 *   <li>{@code unverified}: an answer that proves nothing (403, 429, refused address, offline) → kept.</li>
 * </ul>
 * Findings of other rules pass through unchanged. The engine's policy step sorts and fingerprints the result.
 */
public final class OnlineVerifier {
    private final UrlChecker checker;
    private final List<OnlineRule> rules = RuleRegistry.onlineRules();

    public OnlineVerifier(UrlChecker checker) {
        this.checker = checker;
    }

    /** @param inventory every translation link to check too, or null to check drifted links only */
    public List<Finding> verify(List<Finding> findings, LinkInventory inventory, UrlChecker.Progress progress) {
        return review(findings, inventory, progress).findings();
    }

    /** Like {@link #verify}, and says which findings' severity the answers decided. */
    public RunReviewer.Reviewed review(List<Finding> findings, LinkInventory inventory, UrlChecker.Progress progress) {
        Set<Finding> verdicts = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> urls = new LinkedHashSet<>();
        for (Finding f : findings) {
            Drift d = Drift.of(f);
            if (d != null && d.verifiable()) {
                urls.add(d.sourceUrl());
                urls.add(d.translationUrl());
            }
        }
        List<LinkInventory.PageLink> pageLinks = inventory == null ? List.of() : inventory.translationLinks();
        for (LinkInventory.PageLink link : pageLinks) urls.add(link.url());
        Map<String, UrlOutcome> outcomes = checker.check(urls, progress);

        List<Finding> out = new ArrayList<>();
        Map<String, SourceBreak> sourceBreaks = new TreeMap<>();
        Set<String> covered = new HashSet<>();
        // A link only the translation has (drift kind "extra") is verified with the inventory below:
        // when it is broken, that one finding says so, rather than a second broken-link finding.
        Map<String, Integer> extraDrifts = new HashMap<>();
        for (Finding f : findings) {
            Drift d = Drift.of(f);
            if (d == null || !d.verifiable()) {
                if (d != null && d.sourceUrl() == null && LinkInventory.isExternal(d.translationUrl())) {
                    extraDrifts.putIfAbsent(f.file() + '\u0000' + d.translationUrl(), out.size());
                }
                out.add(f);
                continue;
            }
            covered.add(f.file() + '\u0000' + d.translationUrl());
            UrlOutcome source = outcomes.get(d.sourceUrl());
            UrlOutcome translation = outcomes.get(d.translationUrl());
            Classification c = classify(source, translation);
            if (c == Classification.SOURCE_BROKEN) {
                int line = f.sourceLine() > 0 ? f.sourceLine() : d.details().sourceLine() == null ? 0
                        : d.details().sourceLine();
                int column = d.details().sourceColumn() == null ? 1 : Math.max(1, d.details().sourceColumn());
                sourceBreaks.computeIfAbsent(key(f.sourceFile(), line, d.sourceUrl()),
                                k -> new SourceBreak(f.sourceFile(), line, column, d.sourceUrl(), source))
                        .translations.add(new Copy(f.file(), f.language(), f.line(), d.translationUrl(), translation));
                continue;
            }
            Finding annotated = annotate(f, c, source, translation);
            if (c == Classification.SAME_DESTINATION || c == Classification.TRANSLATION_BROKEN) verdicts.add(annotated);
            out.add(annotated);
        }
        for (LinkInventory.PageLink link : pageLinks) {
            UrlOutcome outcome = outcomes.get(link.url());
            if (outcome.verdict() != UrlOutcome.Verdict.BROKEN || covered.contains(link.file() + '\u0000' + link.url())) {
                continue;
            }
            Integer drift = extraDrifts.remove(link.file() + '\u0000' + link.url());
            if (drift != null) {
                Finding broken = brokenExtra(out.get(drift), outcome);
                verdicts.add(broken);
                out.set(drift, broken);
                continue;
            }
            Position inSource = inventory.sourcePositionOf(link.sourceFile(), link.url());
            if (inSource != null) {
                sourceBreaks.computeIfAbsent(key(link.sourceFile(), inSource.line(), link.url()),
                                k -> new SourceBreak(link.sourceFile(), inSource.line(), inSource.column(), link.url(),
                                        outcome))
                        .translations.add(new Copy(link.file(), link.language(), link.line(), link.url(), outcome));
            } else {
                out.addAll(facts(brokenLink(link, outcome)));
            }
        }
        for (SourceBreak b : sourceBreaks.values()) out.addAll(facts(b.fact()));
        return new RunReviewer.Reviewed(out, verdicts);
    }

    enum Classification {
        SAME_DESTINATION("same-destination"), TRANSLATION_BROKEN("translation-broken"),
        SOURCE_BROKEN("source-broken"), BOTH_OK_DIFFERENT("both-ok-different"), UNVERIFIED("unverified");

        final String id;

        Classification(String id) {
            this.id = id;
        }
    }

    static Classification classify(UrlOutcome source, UrlOutcome translation) {
        if (source.verdict() == UrlOutcome.Verdict.BROKEN) return Classification.SOURCE_BROKEN;
        if (translation.verdict() == UrlOutcome.Verdict.BROKEN) return Classification.TRANSLATION_BROKEN;
        if (withoutFragment(source.finalUrl()).equals(withoutFragment(translation.finalUrl()))) {
            return Classification.SAME_DESTINATION;
        }
        if (source.verdict() == UrlOutcome.Verdict.OK && translation.verdict() == UrlOutcome.Verdict.OK) {
            return Classification.BOTH_OK_DIFFERENT;
        }
        return Classification.UNVERIFIED;
    }

    /** A link the source does not have, and that is broken besides: one error on the drift finding. */
    private static Finding brokenExtra(Finding f, UrlOutcome translation) {
        Map<String, Object> online = new LinkedHashMap<>();
        online.put("classification", Classification.TRANSLATION_BROKEN.id);
        online.put("source", null);
        online.put("translation", translation.toMap());
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        details.put("online", online);
        return f.withDetails(details)
                .withNote(new Note(Note.Kind.ONLINE, "the link is broken (" + translation.describe() + ")"))
                .withSeverity(Severity.ERROR);
    }

    private static Finding annotate(Finding f, Classification c, UrlOutcome source, UrlOutcome translation) {
        Map<String, Object> online = new LinkedHashMap<>();
        online.put("classification", c.id);
        online.put("source", source.toMap());
        online.put("translation", translation.toMap());
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        details.put("online", online);
        String note = switch (c) {
            case SAME_DESTINATION -> "both links end at " + withoutFragment(translation.finalUrl())
                    + ", so the drift is cosmetic (demoted to info)";
            case TRANSLATION_BROKEN -> "the translation's link is broken (" + translation.describe()
                    + ") while the source's works";
            case BOTH_OK_DIFFERENT -> "both links work but lead to different pages ("
                    + withoutFragment(source.finalUrl()) + " vs " + withoutFragment(translation.finalUrl()) + ")";
            case UNVERIFIED -> "could not verify (source: " + source.describe() + "; translation: "
                    + translation.describe() + ")";
            case SOURCE_BROKEN -> throw new IllegalArgumentException("source-broken findings move to the source file");
        };
        Finding annotated = f.withDetails(details).withNote(new Note(Note.Kind.ONLINE, note));
        return switch (c) {
            case SAME_DESTINATION -> annotated.withSeverity(Severity.INFO);
            case TRANSLATION_BROKEN -> annotated.withSeverity(Severity.ERROR);
            default -> annotated;
        };
    }

    private static LinkFact.BrokenTranslationLink brokenLink(LinkInventory.PageLink link, UrlOutcome outcome) {
        return new LinkFact.BrokenTranslationLink(link.file(), link.language(), new Position(link.line(), link.column()),
                link.sourceFile(), link.sourceLine(), link.url(), answer(outcome));
    }

    private static LinkFact.Answer answer(UrlOutcome outcome) {
        return new LinkFact.Answer(outcome.verdict() == UrlOutcome.Verdict.BROKEN, outcome.describe(), outcome.toMap());
    }

    private record Copy(String file, String language, int line, String url, UrlOutcome outcome) {
    }

    /** One broken link of one source page, with every translation that drifted from or copied it. */
    private record SourceBreak(String sourceFile, int line, int column, String url, UrlOutcome outcome,
                               List<Copy> translations) {
        SourceBreak(String sourceFile, int line, int column, String url, UrlOutcome outcome) {
            this(sourceFile, line, column, url, outcome, new ArrayList<>());
        }

        LinkFact.BrokenSourceLink fact() {
            List<Copy> sorted = new ArrayList<>(translations);
            sorted.sort(java.util.Comparator.comparing(Copy::file).thenComparingInt(Copy::line));
            List<LinkFact.Copy> copies = sorted.stream().map(c -> new LinkFact.Copy(c.file, c.language, c.line, c.url,
                    c.outcome.toMap().get("verdict"), word(c.outcome.verdict()))).toList();
            return new LinkFact.BrokenSourceLink(sourceFile, new Position(line, column), url, answer(outcome), copies);
        }

        private static String word(UrlOutcome.Verdict v) {
            return switch (v) {
                case OK -> "works";
                case BROKEN -> "broken too";
                case UNKNOWN -> "unverified";
            };
        }
    }

    /** What the online rules report about one fact. */
    private List<Finding> facts(LinkFact fact) {
        List<Finding> out = new ArrayList<>(1);
        for (OnlineRule rule : rules) out.addAll(rule.check(fact));
        return out;
    }

    /** A drifted-link finding's details with both targets stripped. */
    private record Drift(DriftedLink.Details details, String sourceUrl, String translationUrl) {
        static Drift of(Finding f) {
            return DriftedLink.Details.of(f).map(d -> new Drift(d, strip(d.sourceUrl()), strip(d.translationUrl())))
                    .orElse(null);
        }

        /** Both targets are absolute http(s) URLs. */
        boolean verifiable() {
            return LinkInventory.isExternal(sourceUrl) && LinkInventory.isExternal(translationUrl);
        }

        private static String strip(String url) {
            return url == null ? null : url.strip();
        }
    }

    private static String key(String file, int line, String url) {
        return file + '\u0000' + String.format("%09d", line) + '\u0000' + url;
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
