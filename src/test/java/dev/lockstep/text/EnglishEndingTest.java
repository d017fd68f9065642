package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.RandomText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English endings are read by hand where a regex was matched: they must answer as the regex does. */
class EnglishEndingTest {
    private static final Pattern ENDING = Pattern.compile(
            ".{3,}(?:tions?|sions?|ments?|ness|ities|ity|ing|ings|ally|ional|al|ed|ies|ces|ures?)");
    private static final Pattern STRONG = Pattern.compile(".{4,}(?:tions?|sions?|ments?|ness|ities|ity|ings)");

    @Test
    void namedEndings() {
        assertThat(Words.ENGLISH_ENDING.of("settings")).isTrue();
        assertThat(Words.ENGLISH_ENDING.of("sing")).isFalse();
        assertThat(Words.STRONG_ENGLISH_ENDING.of("interactions")).isTrue();
        assertThat(Words.STRONG_ENGLISH_ENDING.of("element")).isFalse();
        assertThat(Words.STRONG_ENGLISH_ENDING.of("ment")).isFalse();
    }

    @Test
    void everyFixtureWordAnswersAsTheRegex() throws IOException {
        int words = 0;
        int endings = 0;
        for (Path f : Fixtures.pages()) {
            for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}\\p{N}]+")) {
                String lower = w.toLowerCase(Locale.ROOT);
                assertAlike(lower);
                words++;
                if (ENDING.matcher(lower).matches()) endings++;
            }
        }
        assertThat(words).isGreaterThan(10_000);
        assertThat(endings).isGreaterThan(1_000);
    }

    @Test
    void randomWordsAnswerAsTheRegex() {
        // The endings' letters, the line terminators `.` does not match, a supplementary letter and its halves.
        String alphabet = "tionsmeyrcaligdu\n\r\u0085\u2028\u2029é\uD835\uDC00";
        Random random = new Random(36);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder(RandomText.of(random, alphabet, 12));
            // Most random strings end in no ending: give half of them one.
            if (random.nextBoolean()) s.append(new String[] {"tions", "ing", "al", "ures", "ity", "ness"}[random.nextInt(6)]);
            assertAlike(s.toString());
        }
    }

    private static void assertAlike(String word) {
        assertThat(Words.ENGLISH_ENDING.of(word)).as(word).isEqualTo(ENDING.matcher(word).matches());
        assertThat(Words.STRONG_ENGLISH_ENDING.of(word)).as(word).isEqualTo(STRONG.matcher(word).matches());
    }
}
