package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.text.Whitespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** shortened-paragraph measures a paragraph text by text: as long as its prose joined, collapsed and stripped. */
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
        // ASCII white space the collapse reads, white space only the strip reads (em space), one neither reads.
        String alphabet = "ab \t\n\r\u2003\u00A0é";
        java.util.Random random = new java.util.Random(35);
        MarkdownParser parser = new MarkdownParser();
        Block cell = parser.parse("x.md", "| a | b | c |\n|---|---|---|\n| x | y | z |\n").blocks().get(0);
        for (int n = 0; n < 20_000; n++) {
            java.util.List<dev.lockstep.parse.Prose> texts = new java.util.ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(8); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                texts.add(new dev.lockstep.parse.Prose(s.toString(), new int[0], null));
            }
            Block b = new Block(cell.index(), cell.kind(), cell.start(), cell.endLine(), cell.depth(), cell.raw(), texts,
                    cell.inlines(), cell.detail());
            assertThat(ParagraphPairs.length(b)).as(texts.toString())
                    .isEqualTo(Whitespace.strippedCollapsedLength(b.proseText()));
        }
    }
}
