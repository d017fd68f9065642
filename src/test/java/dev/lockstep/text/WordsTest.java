package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.RandomText;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private final Words words = new Words(List.of("Privacy Guides", "Whonix Gateway"));

    @Test
    void leavesOutCodeUrlsPathsIdentifiersKeysAndNumbers() {
        assertThat(words.of("Press Ctrl+Shift+C to run \uFFFC in sys-net with NetVM 4.2 from https://x.org/a or ../b.md"))
                .containsExactly("Press", "to", "run", "in", "with", "from", "or");
        assertThat(words.of("Use VPN and DNS (folders).")).containsExactly("Use", "and", "folders");
    }

    @Test
    void leavesOutGlossaryTermsWhateverTheirCase() {
        assertThat(words.of("privacy guides uses your Whonix Gateway")).containsExactly("uses", "your");
    }

    @Test
    void separatesUnspacedScriptsFromLatinWords() {
        assertThat(words.of("DNS over TLSはDNS通信を暗号化します")).containsExactly("over", "は", "通信を暗号化します");
    }

    @Test
    void namesAloneHaveNothingToTranslate() {
        assertThat(words.isTranslatable(words.of("Qubes OS"))).isFalse();
        assertThat(words.isTranslatable(words.of("Tor Browser"))).isFalse();
        assertThat(words.isTranslatable(words.of("Open Technology Fund"))).isFalse();
        assertThat(words.isTranslatable(words.of("`sys-whonix`, 1.1.1.1, Ctrl+V"))).isFalse();
        assertThat(words.isTranslatable(words.of("Privacy Guides"))).isFalse();
        assertThat(words.isTranslatable(words.of("Signal"))).isFalse();
        assertThat(words.isTranslatable(words.of("Element"))).isFalse();
    }

    @Test
    void proseHasSomethingToTranslate() {
        assertThat(words.isTranslatable(words.of("Colored border"))).isTrue();
        assertThat(words.isTranslatable(words.of("Additional Resources"))).isTrue();
        assertThat(words.isTranslatable(words.of("Your Whonix Gateway VM"))).isTrue();
        assertThat(words.isTranslatable(words.of("Inter-VM Interactions"))).isTrue();
        assertThat(words.isTranslatable(words.of("Qubesの概要"))).isTrue();
        assertThat(words.isTranslatable(words.of("Обзор Qubes"))).isTrue();
    }

    @Test
    void takesAPlainWordAsTheLongWayWould() {
        // The shortcut in front of isVerbatim: every token it takes is a word the long way too (letters only, not verbatim).
        // ASCII, accented and other scripts' letters of each case, a title-case letter, marks, a surrogate pair's halves.
        String alphabet = "aAzZq-.'1é@/_ÉßДдЖ日\u093E\u0301\u01C5\uFFFC\uD835\uDC00ªٱ";
        java.util.Random random = new java.util.Random(22);
        int plain = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder token = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = token.toString();
            if (!Words.isPlainWord(t)) continue;
            plain++;
            assertThat(Words.isVerbatim(t)).as(t).isFalse();
            assertThat(t.chars().allMatch(Character::isLetter)).as(t).isTrue();
        }
        assertThat(plain).isGreaterThan(1000);
        // And the other way: every letters-only token the long way keeps whole with no capital after its first letter.
        for (int n = 0; n < 20000; n++) {
            StringBuilder token = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = token.toString();
            boolean capitalInside = t.chars().skip(1).anyMatch(Character::isUpperCase);
            if (t.chars().allMatch(Character::isLetter) && !capitalInside) assertThat(Words.isPlainWord(t)).as(t).isTrue();
        }
        assertThat(Words.isPlainWord("für")).isTrue();
        assertThat(Words.isPlainWord("Обзор")).isTrue();
        assertThat(Words.isPlainWord("ОбЗор")).isFalse();
        assertThat(Words.isPlainWord("Encryption")).isTrue();
        assertThat(Words.isPlainWord("NetVM")).isFalse();
    }

    @Test
    void codeLikeTitleAnsweredByItsFirstCharacterAsByTheSplit() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        java.util.regex.Pattern token = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._:/-]*");
        java.util.regex.Pattern notAWord = java.util.regex.Pattern.compile(".*[-.:0-9].*");
        String alphabet = "aAz09.-:/_ \t\u00A0\u2003\nÉдtop";
        java.util.Random random = new java.util.Random(40);
        int codeLike = 0;
        for (int n = 0; n < 50000; n++) {
            String title = RandomText.of(random, alphabet, 12);
            // The definition, as it was written before the first-character test.
            String[] tokens = spaces.split(title.strip());
            boolean expected = tokens.length != 0 && tokens.length <= 4 && !tokens[0].isEmpty();
            for (String t : tokens) expected &= token.matcher(t).matches() && !Words.hasFunctionWord(List.of(t));
            expected &= tokens.length > 1 || notAWord.matcher(tokens[0]).matches();
            if (expected) codeLike++;
            assertThat(Words.isCodeLikeTitle(title)).as("[" + title + "]").isEqualTo(expected);
        }
        assertThat(codeLike).isGreaterThan(500);
    }
}
