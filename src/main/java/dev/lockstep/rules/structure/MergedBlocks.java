package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.links.AbsorbedList;
import java.util.ArrayList;
import java.util.List;

/** Flags one translated block that holds several blocks of the source. */
public final class MergedBlocks implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("merged-blocks", Severity.WARNING,
            "One translated block holds several blocks of the source", """
            ## What it does
            Reports a translated paragraph that the alignment paired with two or more consecutive source
            paragraphs (their links, code and length together fit it; or, with no link to tell, a source
            paragraph left out next to a pair whose translation has as many sentences as the two together
            and a length that fits them clearly better than the one alone, or whose sentences, aligned by
            length, match the two paragraphs' far better than the one's alone, the translation's sentences
            breaking where the first paragraph ends), and a translated footnote
            definition line that also defines other footnotes (`[^1]: … [^2]: …`, as Crowdin exports
            definitions it merged). Instead of one missing block and a shifted pairing, the finding says
            which source blocks were joined. A bulleted list that interrupts a source paragraph (no blank
            line before it, so CommonMark renders a paragraph and a list) and that the translation writes
            into that paragraph as running text, with all the list's links, is reported once on the
            paragraph, not as missing items and extra links; so is a list right after a source paragraph
            (a blank line between allowed) whose items the translated paragraph numbers inline, "(1) …
            (2) …", its parenthesised numbers being exactly 1 to the number of items (two at least) and the
            source paragraph having none.

            An HTML block that only continues the paragraph before it (multi-line MathML in the source,
            one line in the translation) is not reported: the page renders the same.

            ## Why it matters
            Merged paragraphs render as one wall of text; merged footnote definitions render as one
            footnote whose text contains the others' markers, and the other footnotes lose their text.

            ## Example
            Source `[^1]: Forward secrecy…` and `[^2]: Future secrecy…` on two lines; translation
            `[^1]: La confidentialité persistante… [^2]: La confidentialité future…` on one →
            `split them: one definition per line, as in the source`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() != BlockPair.Relation.MERGED) continue;
            List<Block> parts = pair.sourceParts();
            long prose = parts.stream().filter(b -> b.kind() != BlockKind.HTML).count();
            if (prose < 2) continue;
            String lines = String.join(", ", parts.stream().map(b -> String.valueOf(b.line())).toList());
            boolean footnotes = parts.get(0).kind() == BlockKind.FOOTNOTE;
            String message = footnotes
                    ? "this line defines " + parts.size() + " footnotes ("
                    + String.join(", ", parts.stream().map(b -> "[^" + label(b) + "]").toList())
                    + "): split them, one definition per line, as in the source " + page.source().path()
                    + " (lines " + lines + ")"
                    : "this " + pair.translation().kind().noun() + " holds " + parts.size() + " "
                    + parts.get(0).kind().nouns() + " of the source " + page.source().path() + " (lines " + lines
                    + "): write them as separate blocks, as the source does";
            findings.add(page.report(SPEC, pair)
                    .message(message)
                    .detail("sourceLines", parts.stream().map(Block::line).toList())
                    .build());
        }
        AbsorbedList absorbed = AbsorbedList.of(page);
        for (BlockPair pair : page.pairs()) {
            if (!pair.matched()) continue;
            List<Block> items = absorbed.of(pair.source());
            if (items.isEmpty()) continue;
            long count = items.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM && b.depth() == items.get(0).depth()).count();
            int last = items.get(items.size() - 1).endLine();
            findings.add(page.report(SPEC, pair)
                    .message("this paragraph also holds the " + count + " list items that follow the source's paragraph "
                            + page.source().path() + " (lines " + items.get(0).line() + "-" + last
                            + ") as running text: write them as a list, as the source does")
                    .detail("sourceLines", items.stream().map(Block::line).toList())
                    .build());
        }
        return findings;
    }

    /** A footnote definition's label as the parser read it. */
    private static String label(Block b) {
        return b.detail() instanceof BlockDetail.Footnote note ? note.label() : null;
    }
}
