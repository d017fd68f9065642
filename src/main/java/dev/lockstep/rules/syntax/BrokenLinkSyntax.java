package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** Flags a source link whose target the translation still writes, but in syntax that renders no link. */
public final class BrokenLinkSyntax implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("broken-link-syntax", Severity.ERROR,
            "A link is written so that it does not render: `]text](url)`, `[text](url`, `[text(url)`", """
            ## What it does
            For each link of the source block, looks for its target in the aligned translated block. When
            the translation writes `](target` but no link with that target renders (a `[` moved or lost:
            `]text](url)`; a `)` lost: `[text](url`), or writes `(target` right after link text whose `]` was
            lost (`[text(url)`: the nearest bracket before it on its line is `[`), reports the place once, with
            the source's link text.
            White space inside the syntax (`] (`) and fullwidth brackets are the business of
            `spaced-link-syntax` and `fullwidth-markdown-syntax`; an empty text renders a link and is
            `empty-link-text`'s. A block the translation turned into code (a tab or admonition whose opening
            line broke, so its indented content is a code block) is `retyped-block`'s: no link renders there. Link text that holds a link itself (`[a [b](x) c](y)`) is left alone:
            renderers disagree on nested links.

            ## Why it matters
            The page shows the brackets and the URL as plain text, and the link is gone. Translation tools
            move brackets with the words around them, so this is a common export defect.

            ## Example
            Source: `Read the [documentation](https://example.org/docs) first.`
            Translation: `Lisez d'abord ]la documentation](https://example.org/docs).`
            → write `[la documentation](https://example.org/docs)`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy renders each of the source's links.
        for (BlockPair pair : page.compared().written()) {
            if (!pair.matched() || retypedIntoCode(pair)) continue;
            // Only a source link can be broken, and only where a "[" or a "](" is left: the lines as written hold
            // every one the text below does (code spans are blanked there), so most blocks need no blanking.
            String raw = pair.translation().raw();
            if (pair.source().inlines(InlineKind.LINK).isEmpty() || raw.indexOf('[') < 0 && raw.indexOf("](") < 0) continue;
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            if (t.text().indexOf("](") < 0 && t.text().indexOf('[') < 0) continue;
            List<String> reported = new ArrayList<>();
            for (Inline link : pair.source().inlines(InlineKind.LINK)) {
                String target = link.target();
                if (target == null || target.isEmpty() || reported.contains(target) || renders(pair, target)) continue;
                int at = whole(t.text(), "](" + target);
                if (at >= 0 && aroundALink(t.text(), at)) continue;
                if (at < 0) at = afterUnclosedBracket(t.text(), target);
                if (at < 0) continue;
                reported.add(target);
                int from = Math.max(Math.max(t.text().lastIndexOf('\n', at) + 1, t.text().lastIndexOf('[', at)), at - 60);
                int end = at + (t.text().charAt(at) == ']' ? 2 : 1) + target.length();
                int to = end < t.text().length() && t.text().charAt(end) == ')' ? end + 1 : end;
                String fragment = t.text().substring(from, to).strip();
                String text = Whitespace.collapse(link.text()).strip();
                findings.add(page.report(SPEC, pair)
                        .at(t.position(at))
                        .message("the link to " + target + " does not render: `" + SpacedLinkSyntax.oneLine(fragment)
                                + "` is not link syntax; write [" + (text.isEmpty() ? "…" : "the words for \"" + text
                                + "\"") + "](" + target + ") as the source does at " + page.source().path() + ":"
                                + link.position().line())
                        .detail("found", fragment)
                        .detail("target", target)
                        .detail("sourceText", text)
                        .identity(target)
                        .identity(fragment)
                        .build());
            }
        }
        return findings;
    }

    /**
     * Whether the translation writes the source's block as code (a tab or admonition whose opening line broke, so
     * its indented content is a code block): no link there renders, whatever its syntax, and retyped-block
     * reports the block; advice to rewrite an intact link would be wrong.
     */
    private static boolean retypedIntoCode(BlockPair pair) {
        if (pair.relation() != BlockPair.Relation.RETYPED) return false;
        for (Block b : pair.translationParts()) if (b.kind() == BlockKind.CODE) return true;
        return false;
    }

    /**
     * Where {@code needle} stands as a whole target: followed by {@code )}, white space, a title quote or the
     * end, never as the start of a longer URL (a drifted link to {@code https://x.org/} is not broken).
     */
    private static int whole(String text, String needle) {
        return whole(text, needle, 0);
    }

    private static int whole(String text, String needle, int fromIndex) {
        for (int at = text.indexOf(needle, fromIndex); at >= 0; at = text.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (end == text.length() || ")\"' \t\n".indexOf(text.charAt(end)) >= 0) return at;
        }
        return -1;
    }

    /**
     * Where {@code (target} follows link text whose {@code ]} was lost ({@code [Unsubscribe(https://x.org)}):
     * the nearest bracket before it on its line is an opening one. Index of the {@code (}, or -1.
     */
    private static int afterUnclosedBracket(String text, String target) {
        String needle = "(" + target;
        for (int at = whole(text, needle); at >= 0; at = whole(text, needle, at + 1)) {
            for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
                char c = text.charAt(i);
                if (c == ']' || c == ')') break;
                if (c == '[') {
                    if (i + 1 < at) return at;
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the link text ending at {@code close} holds a link itself ({@code [a [b](x) c](y)}): renderers
     * disagree on nested links (Python-Markdown keeps the outer one), so such a place is left alone.
     */
    private static boolean aroundALink(String text, int close) {
        int depth = 0;
        for (int i = close - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                if (depth == 0) return text.substring(i, close).contains("](");
                depth--;
            }
        }
        return false;
    }

    /** Whether the translated block has a link or image to {@code target} that parsed. */
    private static boolean renders(BlockPair pair, String target) {
        for (Inline i : pair.translation().inlines()) {
            if ((i.kind() == InlineKind.LINK || i.kind() == InlineKind.IMAGE || i.kind() == InlineKind.AUTOLINK)
                    && target.equals(i.target())) {
                return true;
            }
        }
        return false;
    }
}
