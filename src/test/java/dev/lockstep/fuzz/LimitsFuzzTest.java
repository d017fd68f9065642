package dev.lockstep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockstep.check.ShapeLimits;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.BitSet;

/**
 * The shape limiter's line model against the parser's blocks: every line the limiter exempts as code is
 * inside a code block the parser found, and every row it leaves out of a block's size is inside a
 * table the parser found. Otherwise a page could slip text past the limits that the parser then reads
 * as a paragraph (issue 21). Regression mode replays
 * {@code src/test/resources/dev/lockstep/fuzz/LimitsFuzzTestInputs/limits/}; JAZZER_FUZZ=1 fuzzes.
 */
class LimitsFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void limits(byte[] bytes) {
        String text = FuzzInput.text(bytes, 0, bytes.length);
        Document doc = FuzzInput.parse("docs/page.md", text);
        if (doc == null) return;
        ShapeLimits.Lines model = ShapeLimits.model(text);
        BitSet code = lines(doc, BlockKind.CODE);
        BitSet tables = lines(doc, BlockKind.TABLE);
        BitSet looseCode = (BitSet) model.code().clone();
        looseCode.andNot(code);
        FuzzInput.check(looseCode.isEmpty(), "the limiter takes lines " + looseCode + " for code, the parser does not");
        BitSet looseRows = (BitSet) model.tableRows().clone();
        looseRows.andNot(tables);
        FuzzInput.check(looseRows.isEmpty(), "the limiter takes lines " + looseRows + " for table rows, the parser does not");
    }

    private static BitSet lines(Document doc, BlockKind kind) {
        BitSet out = new BitSet();
        for (Block b : doc.blocks()) {
            if (b.kind() == kind) out.set(b.line(), b.endLine() + 1);
        }
        return out;
    }
}
