package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lorem ipsum filler ({@link LoremIpsum#isFiller}), held to its definition over runs of letters. */
class LoremIpsumTest {
    @Test
    void knowsFillerFromEnglish() {
        assertThat(LoremIpsum.isFiller("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")).isTrue();
        assertThat(LoremIpsum.isFiller("Email is insecure by default.")).isFalse();
        // Latin words that are English too do not make filler alone.
        assertThat(LoremIpsum.isFiller("a in id est et")).isFalse();
        assertThat(LoremIpsum.isFiller("Lorem ipsum.")).isFalse();
        assertThat(LoremIpsum.isFiller("LOREM IPSUM DOLOR")).isTrue();
        assertThat(LoremIpsum.isFiller("Loremé ipsum dolor")).isFalse();
    }

    @Test
    void decidesAsTheDefinitionDoesOnRandomSentences() {
        String[] pieces = {"lorem", "Ipsum", "dolor", "sit", "amet", "consectetur", "in", "a", "et", "the", "default",
                "Email", "ÉTÉ", "日本", "\u212A", "é", "LOREM", "\uD835\uDC00x", "x\uD835\uDC00", "42", " ", ", ", ".", "-", "'", "\u0301"};
        Random random = new Random(23);
        int filler = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                // Mostly filler words, so that both answers come up often.
                String piece = random.nextInt(3) > 0 ? pieces[random.nextInt(6)] : pieces[random.nextInt(pieces.length)];
                text.append(piece).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String s = text.toString();
            boolean expected = byDefinition(s);
            if (expected) filler++;
            assertThat(LoremIpsum.isFiller(s)).as(s).isEqualTo(expected);
        }
        assertThat(filler).isGreaterThan(1000);
    }

    /** Runs of {@code \p{L}} as words: three or more, four in five of them filler words, half of them longer than three letters. */
    private static boolean byDefinition(String sentence) {
        int words = 0;
        int filler = 0;
        int longFiller = 0;
        Matcher m = Pattern.compile("\\p{L}+").matcher(sentence);
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (LoremIpsum.WORDS.contains(w)) {
                filler++;
                if (w.length() > 3) longFiller++;
            }
        }
        return words >= 3 && filler * 5 >= words * 4 && longFiller * 2 >= words;
    }
}
