package dev.lockstep.rules.content;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.GroupRule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flags translations that agree with each other, against the source, on a paragraph's sentence count: the
 * source was rewritten after they were made.
 */
public final class OutdatedParagraph implements GroupRule {
    /** Translations that must share the count: two alike can be chance, three are a common older text. */
    private static final int AGREEING = 3;
    /** Sentences between the shared count and the source's: one is a translator's wording. */
    private static final int SENTENCES = 2;

    public static final RuleSpec SPEC = new RuleSpec("outdated-paragraph", Severity.WARNING,
            "Several translations agree on an older text of a source paragraph", """
            ## What it does
            Looks at a source paragraph across all of its page's checked translations. Each translation that
            pairs the paragraph one to one (paragraph for paragraph, at its place) has a sentence count for
            it. When the most common count is shared by three translations or more, by at least half of
            those that pair the paragraph, and differs from the source's count by two sentences or more,
            every translation with that count is reported at its paragraph. A tie for the most common
            count is no agreement.

            The same holds for names: a capitalized word or acronym in Latin letters ("AWS", "DigitalOcean")
            that the source page nowhere writes, in any letter case, and that is not the initials of words it
            writes ("IaC" for "Infrastructure as Code", a gloss), written in the paragraph by three
            translations or more, one of them in a script other than Latin. Each translation whose paragraph
            writes such a name is reported. German capitalizes its nouns and Romance languages share their
            acronyms ("RGPD" for GDPR), so a name only Latin-script translations share says nothing; in a
            Japanese, Korean or Hindi paragraph every Latin word is a name.

            Translators of different languages do not independently add or drop the same two sentences:
            when they agree with each other and not with the source, the source paragraph was rewritten
            after they translated it. This needs neither git history (unlike `stale-translation`) nor a
            structural difference: every block may still pair.

            The rule decides from the translations the run checks. A whole-site run, or a shard (which
            holds whole source pages), has them all; so has a run given a source page (`lockstep check
            docs/page.md`, or a staged source page in `lockstep pre-commit`), which checks all of its
            translations. A run given one translated page sees one language and stays silent; a run given
            a few translated pages of one source decides from those few alone, so it can report what the
            whole site's run would not (three staged translations that agree while the others do not).
            Sentence counts and names are kept in the result cache with each pair; the findings are
            recomputed every run.

            ## Why it matters
            A paragraph that still translates the old text tells readers what the source no longer says:
            a removed caveat, an outdated explanation. Nothing else shows it when the rewrite kept the
            paragraph's place, and shallow clones (CI) have no history to compare revisions with.

            ## Example
            Source (rewritten to one sentence): "Cloud computing lets organizations rent computing
            resources on demand." Translations in es, fr, it and ja each have three sentences on what
            on-premises data centers cost, the paragraph's earlier text; de has one. es, fr, it and ja →
            `this paragraph has 3 sentences where the source's (docs/page.md:5) has 1, as the es, fr, it,
            ja translations do: it follows an older text of the source; translate the current one`.

            ## Options
            None. Switch it off (`outdated-paragraph: off` under `rules:` in `.lockstep.yml`) for a site
            whose translations are meant to write paragraphs their own way; silence one paragraph with
            `<!-- lockstep-disable-next-line outdated-paragraph -->` above it in the translation.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    /** One translation's paragraph paired with a source paragraph. */
    private record Vote(Translation translation, Paragraph paragraph) {
    }

    @Override
    public List<Finding> check(String source, List<Translation> translations) {
        Lines lines = Lines.of(translations);
        // By source line: each translation's one-to-one pair of that paragraph (at most one per translation), for
        // the lines that may report only.
        Map<Integer, List<Vote>> bySource = new TreeMap<>();
        for (Translation t : translations) {
            for (Paragraph p : t.paragraphs()) {
                if (lines.mayReport(p.sourceLine())) {
                    bySource.computeIfAbsent(p.sourceLine(), k -> new ArrayList<>()).add(new Vote(t, p));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, List<Vote>> e : bySource.entrySet()) {
            List<Vote> votes = e.getValue();
            int n = lines.sourceSentences(e.getKey());
            Map<Integer, List<Vote>> byCount = new LinkedHashMap<>();
            for (Vote v : votes) byCount.computeIfAbsent(v.paragraph().translationSentences(), k -> new ArrayList<>()).add(v);
            List<Vote> common = null;
            boolean tied = false;
            for (List<Vote> same : byCount.values()) {
                if (common == null || same.size() > common.size()) {
                    common = same;
                    tied = false;
                } else if (same.size() == common.size()) {
                    tied = true;
                }
            }
            int k = common.get(0).paragraph().translationSentences();
            int m = common.size();
            // A tie for the most common count is no agreement.
            boolean countAgrees = !tied && m >= AGREEING && 2 * m >= votes.size() && Math.abs(k - n) >= SENTENCES;
            Map<String, List<Vote>> agreedNames = agreedNames(votes);
            String countLanguages = String.join(", ", common.stream().map(v -> v.translation().language()).toList());
            for (Vote v : votes) {
                boolean counted = countAgrees && common.contains(v);
                List<String> names = new ArrayList<>();
                java.util.Set<String> nameLanguages = new java.util.TreeSet<>();
                for (String name : v.paragraph().names()) {
                    List<Vote> holders = agreedNames.get(name);
                    if (holders == null) continue;
                    names.add(name);
                    for (Vote h : holders) nameLanguages.add(h.translation().language());
                }
                if (!counted && names.isEmpty()) continue;
                Paragraph p = v.paragraph();
                String what = counted
                        ? "this paragraph has " + sentences(k) + " where the source's (" + source + ":" + p.sourceLine()
                                + ") has " + n + (names.isEmpty() ? "" : " and names " + list(names)
                                + ", which the source page does not write") + ", as the " + countLanguages
                                + " translations do"
                        : "this paragraph names " + list(names) + ", which the source page (" + source + ":"
                                + p.sourceLine() + ") does not write, as the " + String.join(", ", nameLanguages)
                                + " translations do";
                findings.add(Finding.builder(SPEC, v.translation().file(), v.translation().language(), source)
                        .at(new Position(p.translationLine(), p.translationColumn()))
                        .sourceLine(p.sourceLine())
                        .message(what + ": it follows an older text of the source; translate the current one")
                        .detail("sourceSentences", n)
                        .detail("translationSentences", p.translationSentences())
                        .detail("agreeing", counted ? m : 0)
                        .detail("paired", votes.size())
                        .detail("names", names)
                        .identity(n).identity(p.translationSentences()).identity(String.join(" ", names))
                        .build());
            }
        }
        return findings;
    }

    /**
     * What one pass over the records tells of each source line: the source's sentence count there (as the last record
     * of the line gives it), and whether it may report: some translation's count is {@link #SENTENCES} or more from
     * it, or some translation names a name. Most paragraphs may not (every translation within a sentence of the
     * source's count, naming nothing): their votes are neither made nor grouped.
     */
    static final class Lines {
        private final int first;
        private final int[] sourceSentences;
        private final int[] least;
        private final int[] most;
        private final boolean[] named;

        private Lines(int first, int last) {
            this.first = first;
            int size = last < first ? 0 : last - first + 1;
            sourceSentences = new int[size];
            least = new int[size];
            most = new int[size];
            named = new boolean[size];
            java.util.Arrays.fill(least, Integer.MAX_VALUE);
            java.util.Arrays.fill(most, Integer.MIN_VALUE);
        }

        static Lines of(List<Translation> translations) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Translation t : translations) {
                for (Paragraph p : t.paragraphs()) {
                    first = Math.min(first, p.sourceLine());
                    last = Math.max(last, p.sourceLine());
                }
            }
            Lines lines = new Lines(first, last);
            for (Translation t : translations) {
                for (Paragraph p : t.paragraphs()) {
                    int at = p.sourceLine() - first;
                    lines.sourceSentences[at] = p.sourceSentences();
                    lines.least[at] = Math.min(lines.least[at], p.translationSentences());
                    lines.most[at] = Math.max(lines.most[at], p.translationSentences());
                    lines.named[at] |= !p.names().isEmpty();
                }
            }
            return lines;
        }

        int sourceSentences(int line) {
            return sourceSentences[line - first];
        }

        /** Whether some translation's count is {@link #SENTENCES} or more from the source's, or some names a name. */
        boolean mayReport(int line) {
            int at = line - first;
            int n = sourceSentences[at];
            return named[at] || (long) most[at] - n >= SENTENCES || (long) n - least[at] >= SENTENCES;
        }
    }

    /**
     * The names ({@link Paragraph#names()}) that {@link #AGREEING} or more of a paragraph's translations write, one
     * of them in another script than Latin (where every Latin word is a name, not a word of the language), by name.
     */
    private static Map<String, List<Vote>> agreedNames(List<Vote> votes) {
        Map<String, List<Vote>> holders = new LinkedHashMap<>();
        for (Vote v : votes) for (String name : v.paragraph().names()) holders.computeIfAbsent(name, x -> new ArrayList<>()).add(v);
        holders.values().removeIf(h -> h.size() < AGREEING || h.stream().noneMatch(v -> v.paragraph().otherScript()));
        return holders;
    }

    /** "AWS", "AWS and GCP", "AWS, GCP and Azure". */
    private static String list(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String sentences(int count) {
        return count + (count == 1 ? " sentence" : " sentences");
    }
}
