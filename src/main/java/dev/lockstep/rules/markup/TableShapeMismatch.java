package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Position;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags a translated table with another number of rows or columns than its source table. */
public final class TableShapeMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("table-shape-mismatch", Severity.ERROR,
            "A table has a different number of rows or columns than the source", """
            ## What it does
            Compares each translated table with its source table: the number of rows (header included)
            and the number of cells in each row.

            ## Why it matters
            A table row that lost a `|`, or gained one from a translated `|` inside a cell, shifts every
            following cell into the wrong column: the table then tells readers the wrong thing. A missing
            row is a missing item of a comparison.

            ## Example
            Source row: `| sys-net | *Your default network qube (pre-installed)* | *n/a* |`
            Translation row: `| sys-net | *デフォルトのネットワークキューブ* |` → `row 3 has 2 cells, the source's 3`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy has its source's rows and cells.
        for (BlockPair pair : page.compared().changed()) {
            if (!(pair.source().detail() instanceof BlockDetail.Table source)
                    || !(pair.translation().detail() instanceof BlockDetail.Table translation)) {
                continue;
            }
            List<List<Prose>> s = source.rows();
            List<List<Prose>> t = translation.rows();
            String sourceAt = page.source().path() + ":" + pair.source().line();
            if (s.size() != t.size()) {
                findings.add(page.report(SPEC, pair)
                        .message("the table has " + t.size() + (t.size() == 1 ? " row" : " rows") + ", the source table (" + sourceAt + ") "
                                + s.size() + ": " + (t.size() < s.size() ? "add" : "remove") + " "
                                + Math.abs(s.size() - t.size()) + " row" + (Math.abs(s.size() - t.size()) == 1 ? "" : "s"))
                        .detail("sourceRows", s.size())
                        .detail("translationRows", t.size())
                        .identity("rows")
                        .build());
                continue; // once rows are missing, comparing cells row by row reports the same problem again
            }
            for (int r = 0; r < s.size(); r++) {
                int sc = s.get(r).size();
                int tc = t.get(r).size();
                if (sc == tc) continue;
                int line = pair.translation().line() + r + (r > 0 ? 1 : 0); // the |---| line follows the header
                findings.add(page.report(SPEC, pair)
                        .at(new Position(line, 1))
                        .message("row " + (r + 1) + " of the table has " + tc + (tc == 1 ? " cell" : " cells") + ", the source's (" + sourceAt
                                + ") " + sc + ": check for a lost or an extra |")
                        .detail("row", r + 1)
                        .detail("sourceCells", sc)
                        .detail("translationCells", tc)
                        .identity("row " + r)
                        .build());
            }
        }
        return findings;
    }
}
