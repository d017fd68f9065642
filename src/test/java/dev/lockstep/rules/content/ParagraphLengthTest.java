package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.Whitespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * shortened-paragraph measures a paragraph text by text, without joining them: held to {@link
 * Whitespace#strippedCollapsedLength} of the joined {@link Block#proseText}.
 */
class ParagraphLengthTest {
    @Test
    void everyFixtureBlockMeasuresAsItsJoinedProse() throws IOException {
        MarkdownParser parser = new MarkdownParser();
        int blocks = 0;
        for (Path f : Fixtures.pages()) {
            for (Block b : parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).blocks()) {
                assertThat(ParagraphPairs.length(b)).as("%s:%d", f, b.line())
                        .isEqualTo(Whitespace.strippedCollapsedLength(b.proseText()));
                blocks++;
            }
        }
        assertThat(blocks).isGreaterThan(5000);
    }

    @Test
    void randomTextsMeasureAsTheirJoinedProse() {
        // White space the strip reads and the collapse does not (no-break, em, line separator, U+001C), the
        // collapse's own, letters; empty and blank texts among them.
        String alphabet = "ab  \t\n\r\u000B\f\u00A0\u2003\u2028\u001C\u3000é日";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            List<Prose> texts = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (int t = random.nextInt(4); t >= 0; t--) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                texts.add(new Prose(s.toString(), new int[0], null));
                joined.append(s).append('\n');
            }
            assertThat(ParagraphPairs.length(texts)).as("%s", texts)
                    .isEqualTo(Whitespace.strippedCollapsedLength(joined.toString()));
        }
    }
}
