package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.RandomText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SignatureLatinWordsTest {
    @Test
    void keepsEveryLatinWordInTextOfAnotherScript() {
        assertThat(Signature.latinWords("使用 JavaScript 和 Node.js 运行 C++ 或 C# 代码", true))
                .containsExactlyInAnyOrder("javascript", "node.js", "c++", "c#");
    }

    @Test
    void keepsOnlyNamesInLatinText() {
        // Not the capitalized first word, nor a one-letter word; CamelCase and acronyms anywhere.
        assertThat(Signature.latinWords("Open the Tor Browser, then macOS or VPN-settings. I am a x", false))
                .containsExactlyInAnyOrder("tor", "browser", "macos", "vpn-settings");
    }

    @Test
    void findsWhatTheRegexFinds() {
        String alphabet = "aZb9+#.-. -x日Ç_Y";
        Random random = new Random(20);
        for (int n = 0; n < 5000; n++) {
            String text = RandomText.of(random, alphabet, 24);
            for (boolean all : new boolean[] {true, false}) {
                assertThat(Signature.latinWords(text, all)).as("%s, all=%s", text, all)
                        .isEqualTo(byRegex(text, all));
            }
        }
    }

    @Test
    void countsTheLengthOfTheWordsItFinds() {
        String alphabet = "aZb9+#.-. -x日Ç_YzA";
        Random random = new Random(30);
        for (int n = 0; n < 5000; n++) {
            String text = RandomText.of(random, alphabet, 60);
            int length = Signature.latinWords(text, true).stream().mapToInt(String::length).sum();
            for (int limit : new int[] {0, length - 1, length, length + 1, text.length() / 2}) {
                assertThat(Signature.latinWordsLonger(text, limit)).as("%s, limit %d", text, limit)
                        .isEqualTo(length > limit);
            }
        }
    }

    @Test
    void countsEachWordOnceWhateverItsCase() {
        // "tor" three times, "vpn" twice: 3 + 3 characters.
        assertThat(Signature.latinWordsLonger("Tor、TOR と tor、VPN / vpn", 6)).isFalse();
        assertThat(Signature.latinWordsLonger("Tor、TOR と tor、VPN / vpn", 5)).isTrue();
    }

    private static Set<String> byRegex(String text, boolean all) {
        Set<String> out = new HashSet<>();
        Matcher m = Signature.LATIN_WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2) continue;
            if (all || m.start() > 0 && Character.isUpperCase(w.charAt(0))
                    || w.chars().filter(Character::isUpperCase).count() > 1) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
