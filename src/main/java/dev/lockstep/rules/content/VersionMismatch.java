package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a translated block that names another version number than its source block. */
public final class VersionMismatch implements Rule {
    /** Digits joined by dots ({@code 3.11}, {@code v2.0.1}), not part of a longer word, number or address. */
    private static final Pattern VERSION =
            Pattern.compile("(?<![\\p{L}\\p{N}._/-])[vV]?(\\d+(?:\\.\\d+)+)(?![\\p{L}\\p{N}_/-]|\\.\\p{N})");

    public static final RuleSpec SPEC = new RuleSpec("version-mismatch", Severity.WARNING,
            "A translated block names another version than its source", """
            ## What it does
            Compares the version numbers (digits joined by dots: `3.11`, `v2.0.1`) in the prose of each
            block with those of the source block it is paired with. Reported when the translation names a
            version the source block does not and lacks one the source block names: `Nuxt 3.7` where the
            source now says `Nuxt 3.11`. Code blocks and code spans are left to `code-block-mismatch` and
            `code-span-mismatch`; numbers inside addresses are not read. A version the translation leaves
            out is not reported (the words around it may say it another way), nor a number written with the
            language's decimal or thousands sign (`1,25` for `1.25`, `625.000` for `625,000`).

            ## Why it matters
            A version number in prose is a claim about the product ("accurate as of 3.11", "requires 2.0").
            When the source updates it and the translation keeps the old one, the translated page is of an
            older revision: readers follow instructions written for another release, and the rest of the
            paragraph has often changed with it.

            ## Example
            Source: `This guide is accurate as of Nuxt 3.11.`
            Translation: `Ce guide est valable à partir de Nuxt 3.7.` →
            `names version 3.7 where the source names 3.11 (docs/nuxt.md:3): the text may be of an older source`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy names the source's versions: none lacking, none other.
        for (BlockPair pair : page.compared().changed()) {
            if (pair.source().kind() == BlockKind.CODE) continue;
            Set<String> source = page.sourceFacts().get(SOURCE_VERSIONS, pair.source());
            if (source.isEmpty()) continue;
            Set<String> translation = versions(pair.translation());
            Set<String> lacking = new LinkedHashSet<>(source);
            lacking.removeAll(translation);
            Set<String> other = new LinkedHashSet<>(translation);
            other.removeAll(source);
            // 1,25 for 1.25 and 625.000 for 625,000: the language's decimal and thousands signs, not a version
            lacking.removeIf(v -> written(pair.translation(), v.replace('.', ',')));
            other.removeIf(v -> written(pair.source(), v.replace('.', ',')));
            if (lacking.isEmpty() || other.isEmpty()) continue;
            findings.add(page.report(SPEC, pair)
                    .message("names version " + String.join(", ", other) + " where the source names "
                            + String.join(", ", lacking) + " (" + page.source().path() + ":"
                            + pair.source().line() + "): the text may be of an older source")
                    .detail("sourceVersions", List.copyOf(lacking))
                    .detail("translationVersions", List.copyOf(other))
                    .build());
        }
        return findings;
    }

    private static boolean written(Block block, String number) {
        for (Prose prose : block.texts()) {
            int at = prose.text().indexOf(number);
            if (at >= 0 && (at + number.length() == prose.text().length()
                    || !Character.isDigit(prose.text().charAt(at + number.length())))) return true;
        }
        return false;
    }

    /** A source block's versions, found once for all translations of the page. */
    private static final PageFacts.BlockFact<Set<String>> SOURCE_VERSIONS =
            new PageFacts.BlockFact<>(b -> java.util.Collections.unmodifiableSet(versions(b)));

    /** The version numbers a block's prose names, without a leading {@code v}. */
    static Set<String> versions(Block block) {
        Set<String> found = new LinkedHashSet<>();
        for (Prose prose : block.texts()) {
            String text = prose.text();
            if (!dottedDigits(text)) continue;
            Matcher m = VERSION.matcher(text);
            while (m.find()) if (!inAddress(text, m.start(), m.end())) found.add(m.group(1));
        }
        return found;
    }

    /** Whether {@code text} has a digit, a dot and a digit in a row: most prose has none, and needs no regex. */
    private static boolean dottedDigits(String text) {
        for (int i = text.indexOf('.', 1); i > 0 && i < text.length() - 1; i = text.indexOf('.', i + 1)) {
            if (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * Whether the match is inside an address: a run of text without white space that holds a {@code /} (a URL,
     * a domain-like path), whose numbers are not the text's versions.
     */
    private static boolean inAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Whitespace.isSpace(text.charAt(from - 1))) from--;
        int to = end;
        while (to < text.length() && !Whitespace.isSpace(text.charAt(to))) to++;
        return text.lastIndexOf('/', to - 1) >= from;
    }

}
