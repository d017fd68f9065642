package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags a source block that has no counterpart in the translation. */
public final class MissingBlock implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("missing-block", Severity.WARNING,
            "A block of the source has no counterpart in the translation", """
            ## What it does
            Reports each block of the English source (paragraph, heading, list item, table, admonition,
            image…) that the alignment could not pair with any block of the translation. When a whole
            container is missing (an admonition or a block quote), only the container is reported.

            ## Why it matters
            Readers of the translation miss that content. Usually the source gained a paragraph after the
            translation was made, or a translator dropped a block by accident.

            ## Example
            Source:
            ```markdown
            ## Why Should I use Qubes?

            Qubes OS is useful if your threat model requires strong security.

            Qubes OS utilizes dom0 Xen VM for controlling other qubes.
            ```
            Translation (second paragraph missing):
            ```markdown
            ## Qubesを使うべき理由

            脅威モデルが強力なセキュリティを必要とする場合、Qubes OSは有用です。
            ```
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return report(page, SPEC, BlockPair.Status.MISSING);
    }

    /** Shared by missing-block and extra-block: one finding per unpaired block, containers once. */
    static List<Finding> report(AlignedPage page, RuleSpec spec, BlockPair.Status status) {
        List<Finding> findings = new ArrayList<>();
        int suppressBelow = Integer.MAX_VALUE;
        for (BlockPair pair : page.pairs()) {
            Block block = status == BlockPair.Status.MISSING ? pair.source() : pair.translation();
            if (block == null) continue;
            if (block.depth() > suppressBelow && pair.status() == status) continue;
            suppressBelow = Integer.MAX_VALUE;
            if (pair.status() != status) continue;
            suppressBelow = block.depth();
            findings.add(status == BlockPair.Status.MISSING ? missing(page, spec, pair) : extra(page, spec, pair));
        }
        return findings;
    }

    private static Finding missing(AlignedPage page, RuleSpec spec, BlockPair pair) {
        Block source = pair.source();
        Block heading = page.source().headingAbove(source);
        String where = heading == null ? "at the top of the page" : "under heading \"" + heading.summary(60) + "\"";
        return page.report(spec, pair)
                .message("the translation lacks the " + source.kind().label() + " at " + page.source().path() + ":"
                        + source.line() + " " + where + quote(source))
                .detail("blockKind", source.kind().label())
                .detail("sourceText", source.summary(200))
                .detail("heading", heading == null ? null : heading.summary(200))
                .build();
    }

    private static Finding extra(AlignedPage page, RuleSpec spec, BlockPair pair) {
        Block translation = pair.translation();
        Block heading = page.translation().headingAbove(translation);
        String where = heading == null ? "at the top of the page" : "under heading \"" + heading.summary(60) + "\"";
        return page.report(spec, pair)
                .message("this " + translation.kind().label() + " " + where
                        + " has no counterpart in the source " + page.source().path() + quote(translation))
                .detail("blockKind", translation.kind().label())
                .detail("translationText", translation.summary(200))
                .detail("heading", heading == null ? null : heading.summary(200))
                .build();
    }

    private static String quote(Block block) {
        String text = block.summary(60);
        return text.isEmpty() ? "" : ": \"" + text + "\"";
    }
}
