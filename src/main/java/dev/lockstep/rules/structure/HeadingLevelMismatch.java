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
import java.util.ArrayList;
import java.util.List;

/** Flags a translated heading whose level differs from the source heading it translates. */
public final class HeadingLevelMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("heading-level-mismatch", Severity.ERROR,
            "A heading has another level than in the source", """
            ## What it does
            Compares the level (`#` count) of each translated heading with the aligned source heading.
            Not on a translation of another revision (`diverged-translation`): its outline is that
            revision's, and a heading one level off there is a section the source moved, which updating
            the page from the source fixes.

            ## Why it matters
            Heading levels build the page's table of contents and anchors; a `###` translated as `##`
            reorganizes the page for readers of that language only.

            ## Example
            Source: `### File Exchange`. Translation: `## ファイルの交換` → reported, expected level 3.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A translation of another revision (diverged-translation) has that revision's outline: its
        // headings are a level deeper or shallower because the source's sections moved, not by mistake.
        for (BlockPair p : page.pairs()) if (p.relation() == BlockPair.Relation.UNSURE) return findings;
        // A verbatim copy is a heading of its source's level.
        for (BlockPair pair : page.compared().changed()) {
            if (pair.source().kind() != BlockKind.HEADING) continue;
            int s = level(pair.source());
            int t = level(pair.translation());
            if (s == t) continue;
            findings.add(page.report(SPEC, pair)
                    .message("heading is level " + t + " (" + "#".repeat(t) + ") but the source heading at "
                            + page.source().path() + ":" + pair.source().line() + " is level " + s + " ("
                            + "#".repeat(s) + "): \"" + pair.source().summary(60) + "\"")
                    .detail("sourceLevel", s)
                    .detail("translationLevel", t)
                    .build());
        }
        return findings;
    }

    /** A heading's level; 0 for a block that is no heading. */
    private static int level(Block b) {
        return b.detail() instanceof BlockDetail.Heading h ? h.level() : 0;
    }
}
