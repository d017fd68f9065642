package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.RandomText;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Prose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * missing-sentence's length model reads sentence lengths measured where the sentences stand: they must be the
 * lengths of the sentences {@link ProseSentences#texts} cuts out, and a paragraph's joined length their sum
 * with a space between each two; the count measured with them is {@link ProseSentences#count}'s.
 */
class ProseSentencesLengthsTest {

    @Test
    void everyFixtureBlockMeasuresAsItsSentencesCutOut() throws IOException {
        MarkdownParser parser = new MarkdownParser();
        int blocks = 0;
        for (Path f : Fixtures.pages()) {
            for (Block b : parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).blocks()) {
                assertMeasuredAlike(b.texts(), f + ":" + b.line());
                blocks++;
            }
        }
        assertThat(blocks).isGreaterThan(5000);
    }

    @Test
    void randomProseMeasuresAsItsSentencesCutOut() {
        // Sentence ends, the full stops only ProseSentences splits at, white space String.strip and the collapse
        // read differently (no-break, em and ideographic spaces), letters.
        String alphabet = "ab. ?!\t\n\u00A0\u2003\u3000\u0964\u06d4\u061f\u09f7é日。";
        Random random = new Random(35);
        for (int n = 0; n < 20_000; n++) {
            List<Prose> texts = new ArrayList<>();
            for (int t = random.nextInt(3); t >= 0; t--) {
                String s = RandomText.of(random, alphabet, 40);
                texts.add(prose(s));
            }
            assertMeasuredAlike(texts, texts.toString());
        }
    }

    private static void assertMeasuredAlike(List<Prose> texts, String where) {
        List<String> sentences = ProseSentences.texts(texts);
        double[] expected = SentenceAlignment.Model.lengths(sentences);
        double[] measured = ProseSentences.measure(texts, Sentences::spans).lengths();
        assertThat(measured).as(where).containsExactly(expected);
        assertThat(SentenceAlignment.Model.joinedLength(measured)).as(where)
                .isEqualTo((double) SentenceAlignment.length(String.join(" ", sentences)));
        // The group facts take their count from the same measure: every piece, blank ones included.
        assertThat(ProseSentences.measure(texts, Sentences::spans).count()).as(where)
                .isEqualTo(ProseSentences.count(texts));
    }

    private static Prose prose(String text) {
        return new Prose(text, new int[0], null);
    }
}
