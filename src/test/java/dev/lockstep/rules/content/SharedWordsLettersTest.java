package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.RandomText;
import dev.lockstep.text.AsciiWords;
import dev.lockstep.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared-words excuse passes over a sentence that has no run of ASCII letters that is a wanted word not found yet
 * ({@link AsciiWords}) without splitting it into words: held to the split on random sentences, and its premise (only
 * ASCII and the Kelvin sign have an ASCII lower case) on every code point.
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
    void aSentenceWithoutARunThatIsAWantedWordWritesNoneOfThem() {
        String alphabet = "aekKnIİ \u212A-'.ДомЖ日本語한국 ";
        Words splitter = new Words(List.of());
        Random random = new Random(37);
        int writes = 0;
        for (int n = 0; n < 20000; n++) {
            String sentence = random(alphabet, random, 12);
            Set<String> wanted = new HashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) wanted.add(random("aekni", random, 3) + "e");
            Set<String> found = new HashSet<>();
            for (String w : wanted) if (random.nextInt(4) == 0) found.add(w);
            boolean adds = splitter.of(sentence).stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> wanted.contains(w) && !found.contains(w));
            boolean passes = new AsciiWords(wanted.stream().filter(w -> !found.contains(w)).toList()).count(sentence, 1) > 0;
            if (adds) {
                writes++;
                assertThat(passes).as(sentence + " " + wanted + " " + found).isTrue();
            }
        }
        assertThat(writes).isGreaterThan(100);
        assertThat(new AsciiWords(Set.of("ke")).count("Дом \u212Ae", 1)).isOne();
        assertThat(new AsciiWords(Set.of("ke")).count("Дом 日本語", 1)).isZero();
    }

    private static String random(String alphabet, Random random, int most) {
        return RandomText.of(random, alphabet, most);
    }
}
