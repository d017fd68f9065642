package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared-words excuse passes over a sentence that has none of the wanted words' letters without splitting it into
 * words: held to the split on random sentences, and its premise on every code point.
 */
class SharedWordsLettersTest {
    @Test
    void onlyAsciiAndTheKelvinSignHaveAnAsciiLowerCase() {
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            boolean ascii = lower.chars().allMatch(c -> c < 0x80);
            assertThat(ascii).as("U+%04X", cp).isEqualTo(cp == 0x212A);
        }
        assertThat("\u212A".toLowerCase(Locale.ROOT)).isEqualTo("k");
    }

    @Test
    void aSentenceWithoutTheLettersWritesNoneOfTheWords() {
        String alphabet = "aekKnIİ \u212A-'.ДомЖ日本語한국 ";
        Words splitter = new Words(List.of());
        Random random = new Random(37);
        int writes = 0;
        for (int n = 0; n < 20000; n++) {
            String sentence = random(alphabet, random, 12);
            Set<String> wanted = new HashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) wanted.add(random("aekni", random, 3) + "e");
            boolean[] letters = new boolean[0x80];
            for (String w : wanted) for (char c : w.toCharArray()) letters[c] = true;
            boolean writes1 = splitter.of(sentence).stream().anyMatch(w -> wanted.contains(w.toLowerCase(Locale.ROOT)));
            if (writes1) {
                writes++;
                assertThat(SentenceAnalysis.mayWrite(sentence, letters)).as(sentence + " " + wanted).isTrue();
            }
        }
        assertThat(writes).isGreaterThan(100);
        boolean[] k = new boolean[0x80];
        k['k'] = true;
        k['e'] = true;
        assertThat(SentenceAnalysis.mayWrite("Дом \u212Ae", k)).isTrue();
        assertThat(SentenceAnalysis.mayWrite("Дом 日本語", k)).isFalse();
    }

    private static String random(String alphabet, Random random, int most) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(most); k > 0; k--) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }
}
