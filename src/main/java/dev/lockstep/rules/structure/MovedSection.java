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

/** Flags a translated section that stands at another place than in the source. */
public final class MovedSection implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("moved-section", Severity.WARNING,
            "A section stands at another place in the translation than in the source", """
            ## What it does
            Sections pair by content (explicit id, link targets, code spans) before they pair by
            position. A section that pairs with a source section out of the order of all the others is
            reported once, on its heading, with where it stands in the source. Its blocks are still
            compared with the source section's blocks, not with whatever sits at its position.

            ## Why it matters
            The source reordered its sections after the translation was made. Readers of the
            translation get another order (and, when sections are numbered or refer to "the section
            above", wrong text); pairing by position would instead tell the translator to replace one
            tool's links with another's.

            ## Example
            Source: `### Cryptomator`, then `### VeraCrypt`. Translation: VeraCrypt first → reported on
            the VeraCrypt heading: "move it after …".

            An admonition (an aside, a note) that stands in another section, or at the top of the page,
            in the translation is reported the same way when it is the page's only one of its type or
            shares its links and code with the source's, instead of as a missing and an extra block.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        BlockDetail.Heading previousMoved = null;
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() == BlockPair.Relation.MOVED && pair.source().kind() == BlockKind.ADMONITION) {
                findings.add(movedAside(page, pair));
                continue;
            }
            if (pair.source() == null || !(pair.source().detail() instanceof BlockDetail.Heading heading)) continue;
            if (pair.relation() != BlockPair.Relation.MOVED) {
                previousMoved = null;
                continue;
            }
            // A moved section's subsections move with it: one finding for the run.
            boolean continuesRun = previousMoved != null && previousMoved.level() < heading.level();
            if (!continuesRun) previousMoved = heading;
            if (continuesRun) continue;
            Block before = page.source().headingAbove(pair.source());
            String where = before == null ? "at the top of the page" : "after the section \"" + before.summary(60)
                    + "\" (" + page.source().path() + ":" + before.line() + ")";
            findings.add(page.report(SPEC, pair)
                    .message("this section is at another place in the source (" + page.source().path() + ":"
                            + pair.source().line() + "): move it " + where + ": \"" + pair.source().summary(60) + "\"")
                    .detail("sourceLine", pair.source().line())
                    .detail("after", before == null ? null : before.summary(200))
                    .build());
        }
        return findings;
    }

    /** An aside the translation has in another section (or the source moved): one finding on it. */
    private static Finding movedAside(AlignedPage page, BlockPair pair) {
        Block heading = page.source().headingAbove(pair.source());
        String where = heading == null ? "to the top of the page" : "under the heading \"" + heading.summary(60)
                + "\" (" + page.source().path() + ":" + heading.line() + ")";
        return page.report(SPEC, pair)
                .message("this " + pair.source().kind().noun() + " is at another place in the source ("
                        + page.source().path() + ":" + pair.source().line() + "): move it " + where + ": \""
                        + pair.source().summary(60) + "\"")
                .detail("sourceLine", pair.source().line())
                .detail("after", heading == null ? null : heading.summary(200))
                .build();
    }
}
