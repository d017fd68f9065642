package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.align.SentenceCuts;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags one source block that the translation writes as several blocks. */
public final class SplitBlock implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("split-block", Severity.INFO,
            "One source block is written as several blocks in the translation", """
            ## What it does
            Reports consecutive translated paragraphs that the alignment paired with one source
            paragraph (together they hold its links and code and fit its length; or, with no link to tell,
            an extra paragraph next to a pair whose source has as many sentences as the two together and a
            length that fits them clearly better than the one alone, or whose sentences, aligned by length,
            match the two paragraphs' far better than the one's alone). Instead of a shifted
            pairing and an extra block, the finding says which source paragraph was split. A paragraph or
            list item cut in the middle of a sentence is split too: a paired block and the paragraph right
            before or after it, the first stopping on a word with no sentence end and the second ending its
            sentence, when the source block ends a sentence and the two fit its length better than the one,
            or when the second ends with the `</p>` or `</li>` of the first's kind that nothing opens
            (Crowdin cutting a segment at its inline HTML: `… comme c'est le cas sur` then `l'App Store.</p>`);
            the message then says to join them.

            ## Why it matters
            Usually the source joined two paragraphs after the translation was made (or the translator
            split a long one): the page's structure differs from the source's, and the next translation
            update has to find where the text went. Info by default: the content is all there.

            ## Example
            Source: one paragraph "MPRs seek to solve a problem… For example, Apple's iCloud+ Private
            Relay…". Translation: the same text as two paragraphs → reported on the first.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() != BlockPair.Relation.SPLIT) continue;
            List<Block> parts = pair.translationParts();
            String lines = String.join(", ", parts.stream().map(b -> String.valueOf(b.line())).toList());
            Block last = parts.get(parts.size() - 1);
            boolean dashed = parts.size() == 2 && last.kind() == BlockKind.LIST_ITEM
                    && last.raw().stripLeading().startsWith("- ");
            findings.add(page.report(SPEC, pair)
                    .message(dashed
                            ? "the " + pair.source().kind().noun() + " at " + page.source().path() + ":"
                                    + pair.source().line() + " goes on here as a list item (line " + last.line()
                                    + "): a line that starts with \"- \" starts a list; keep the dash inside the line"
                            : SentenceCuts.cutsSentence(parts)
                            ? "the " + pair.source().kind().noun() + " at " + page.source().path() + ":"
                                    + pair.source().line() + " is cut here in the middle of a sentence into " + parts.size()
                                    + " blocks (lines " + lines + "): join them into one"
                            : "the " + pair.source().kind().noun() + " at " + page.source().path() + ":"
                                    + pair.source().line() + " is written here as " + parts.size() + " blocks (lines "
                                    + lines + "): the source joined them since, or the translation split it")
                    .detail("translationLines", parts.stream().map(Block::line).toList())
                    .build());
        }
        return findings;
    }
}
