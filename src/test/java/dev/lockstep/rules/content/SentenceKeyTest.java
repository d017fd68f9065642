package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

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
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(SentenceAnalysis.normalized(text.toString())).as(text.toString())
                    .isEqualTo(byDefinition(text.toString()));
        }
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
