package dev.lockstep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockstep.parse.Document;

/**
 * Arbitrary bytes → front matter + Markdown → blocks. Regression mode replays
 * {@code src/test/resources/dev/lockstep/fuzz/ParseFuzzTestInputs/parse/}; JAZZER_FUZZ=1 fuzzes
 * (docs/fuzzing.md).
 */
class ParseFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] bytes) {
        String text = FuzzInput.text(bytes, 0, bytes.length);
        Document doc = FuzzInput.parse("docs/page.md", text);
        if (doc == null) return;
        FuzzInput.check("docs/page.md".equals(doc.path()), "path " + doc.path());
        FuzzInput.assertWellFormed(doc, text);
    }
}
