package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a translated link whose text is empty ({@code [](url)}) where the source link has words. */
public final class EmptyLinkText implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("empty-link-text", Severity.ERROR,
            "A link has no text: `[](url)`", """
            ## What it does
            Finds links written `[](target)` in a translated block (images `![](…)` are left alone). A link
            that is empty in the source too is not reported; a link whose text is a code span
            (``[`uv`](…)``) is not empty.

            ## Why it matters
            An empty link renders as nothing: readers cannot see or click it, and screen readers announce
            a bare URL. It usually means the translator moved the linked words out of the brackets.

            ## Example
            Source: `Offline copies can be downloaded from the Qubes OS [documentation repository](https://github.com/QubesOS/qubes-doc).`
            Translation: `Offlinekopior kan laddas ner från dokumentationsarkivet för Qubes OS [](https://github.com/QubesOS/qubes-doc).`
            → put the words that stand for "documentation repository" between `[` and `]`.
            """);

    // The bracket before the look-behind: the matcher tests one character per position, not a look-behind.
    static final Pattern EMPTY = Pattern.compile("\\[(?<![!\\\\\\]]\\[)\\s*\\]\\(([^()\\s]*)\\)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy writes what its source does, which is not reported.
        for (BlockPair pair : page.compared().written()) {
            // Every empty link has "](": most blocks have none, and a regex search tries every position.
            if (!pair.translation().raw().contains("](")) continue;
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            RawText s = null; // read only where the translation has an empty link: most blocks have none
            if (!mayHoldEmptyLink(t.text())) continue;
            Matcher m = EMPTY.matcher(t.text());
            String raw = pair.translation().raw();
            while (m.find()) {
                // Code spans read as blanks here; [`uv`](…) has text.
                String written = pair.translation().raw().substring(m.start(), m.end());
                if (!written.substring(1, written.indexOf(']')).isBlank()) continue;
                String target = m.group(1);
                // Code spans are blanked in t: [`uv`](…) has text, the code span.
                if (!raw.substring(m.start() + 1, raw.indexOf(']', m.start())).isBlank()) continue;
                if (s == null) s = RawText.of(page.sourceFacts(), pair.source());
                if (s.text().contains(m.group())) continue;
                String sourceText = sourceText(pair, target);
                findings.add(page.report(SPEC, pair)
                        .at(t.position(m.start()))
                        .message("the link to " + target + " has no text: put "
                                + (sourceText == null ? "the linked words" : "the words for \"" + sourceText + "\"")
                                + " between [ and ]")
                        .detail("found", m.group())
                        .detail("target", target)
                        .detail("sourceText", sourceText)
                        .identity(m.group())
                        .build());
            }
        }
        return findings;
    }

    /**
     * Whether some "](" has only white space between it and a "[" before it, as every empty link has: a search
     * for "](" instead of the pattern tried at every position of the block.
     */
    static boolean mayHoldEmptyLink(String text) {
        for (int at = text.indexOf("]("); at >= 0; at = text.indexOf("](", at + 2)) {
            int i = at - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
            if (i >= 0 && text.charAt(i) == '[') return true;
        }
        return false;
    }

    private static String sourceText(BlockPair pair, String target) {
        if (pair.source() == null) return null;
        for (Inline link : pair.source().inlines(InlineKind.LINK)) {
            if (target.equals(link.target()) && !link.text().isBlank()) return link.text();
        }
        return null;
    }
}
