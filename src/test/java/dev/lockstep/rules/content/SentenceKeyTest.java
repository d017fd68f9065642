package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.RandomText;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sentence comparison key ({@link SentenceAnalysis#normalized}), held to its plain definition. */
class SentenceKeyTest {
    @Test
    void ignoresCaseSpacingQuoteStyleAndBackslashes() {
        assertThat(SentenceAnalysis.normalized("  \\Our   Mission’s \u00A0“Goal”\n"))
                .isEqualTo("our mission's \"goal\"");
    }

    @Test
    void composesDecomposedLetters() {
        assertThat(SentenceAnalysis.normalized("Cafe\u0301 E\u0301TE\u0301")).isEqualTo("café été");
    }

    @Test
    void makesWhatTheDefinitionMakes() {
        // ASCII, Latin-1, spacing of every kind, curly quotes, combining marks, other scripts, a surrogate pair.
        String alphabet = "aZ \t\n\u000B\u001C\\'’‘“”\u00A0\u2003ÇÉßİ\u0301\u0327e日本Ωσ\uD83D\uDE00\u1E9E";
        Random random = new Random(20);
        for (int n = 0; n < 20000; n++) {
            String text = RandomText.of(random, alphabet, 16);
            assertThat(SentenceAnalysis.normalized(text)).as(text)
                    .isEqualTo(byDefinition(text));
        }
    }

    @Test
    void prefixHashIsTheHashOfTheKeysFirstCharacters() {
        // Texts longer than the prefix, so the cut falls beside spaces, backslashes, marks and surrogate pairs.
        String alphabet = "aZ \t\n\\'’“\u00A0\u2003ÇÉßİ\u0301\u0327eeee日本Ωσ\uD83D\uDE00";
        Random random = new Random(21);
        int known = 0;
        for (int n = 0; n < 20000; n++) {
            String text = RandomText.of(random, alphabet, 40);
            long hash = SentenceAnalysis.keyPrefixHash(text);
            if (hash < 0) continue;
            known++;
            String key = byDefinition(text);
            String prefix = key.substring(0, Math.min(SentenceAnalysis.PREFIX, key.length()));
            assertThat(hash).as(text).isEqualTo(prefix.hashCode() & 0xFFFFFFFFL)
                    .isEqualTo(SentenceAnalysis.keyPrefix(key));
        }
        assertThat(known).isGreaterThan(1000);
    }

    @Test
    void theIndexMayHaveEverySentenceWhoseKeyItHas() {
        String source = """
                # Café   Privacy

                Use an end-to-end encrypted messenger for \\sensitive conversations. Cafe\u0301 “quotes” here!

                - Keep your KEYS offline. Back them up twice.
                """;
        SentenceAnalysis.SourceIndex index = SentenceAnalysis.index(new dev.lockstep.parse.MarkdownParser()
                .parse("docs/a.md", source));
        for (String same : java.util.List.of("café privacy",
                "USE AN END-TO-END ENCRYPTED MESSENGER FOR sensitive conversations.",
                "Café \"quotes\" here!", "keep  your keys\noffline.", "Back them up twice.")) {
            assertThat(index.mayHave(same)).as(same).isTrue();
        }
        assertThat(index.mayHave("Utilisez une messagerie chiffrée de bout en bout.")).isFalse();
        assertThat(index.mayHave("Keep your passwords offline.")).isFalse();
        // Other scripts are told apart as well (text in NFC), a text that is not in NFC is not.
        assertThat(index.mayHave("Используйте зашифрованный мессенджер.")).isFalse();
        assertThat(index.mayHave("エンドツーエンド暗号化メッセンジャーを使いましょう。")).isFalse();
        assertThat(SentenceAnalysis.keyPrefixHash("Cafe\u0301 au lait")).isEqualTo(-1);
    }

    /** NFC, then white space runs to one space (none at the start), no backslashes, straight quotes, lower case. */
    private static String byDefinition(String sentence) {
        String s = Normalizer.normalize(sentence, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (c == '\\') continue;
            if (space) out.append(' ');
            space = false;
            out.append(switch (c) {
                case '’', '‘' -> '\'';
                case '“', '”' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }
}
