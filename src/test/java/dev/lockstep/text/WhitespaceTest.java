package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.RandomText;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void collapsesEachRunOfWhiteSpaceToOneSpace() {
        assertThat(Whitespace.collapse("a  b\t\tc\r\n d\u000Be\ff")).isEqualTo("a b c d e f");
        assertThat(Whitespace.collapse("  leading and trailing \n")).isEqualTo(" leading and trailing ");
    }

    @Test
    void leavesTextWithoutWhiteSpaceAndNonAsciiSpacesAsTheyAre() {
        assertThat(Whitespace.collapse("")).isEqualTo("");
        assertThat(Whitespace.collapse("one")).isEqualTo("one");
        // A no-break space and an ideographic space are not \s: the regex this replaces kept them too.
        assertThat(Whitespace.collapse("a\u00A0\u00A0b\u3000c")).isEqualTo("a\u00A0\u00A0b\u3000c");
    }

    @Test
    void givesWhatTheRegexGave() {
        for (String s : new String[] {"x \t\n\u000B\f\ry", "\n\n", " a ", "é  ü\u2003 z", "日本 語\n\n文"}) {
            assertThat(Whitespace.collapse(s)).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void givesWhatTheRegexGivesOnRandomText() {
        java.util.Random random = new java.util.Random(20);
        for (int n = 0; n < 5000; n++) {
            String s = randomText(random, 12);
            assertThat(Whitespace.collapse(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void measuresTheCollapsedAndStrippedText() {
        for (String s : new String[] {"", "  ", "a", " a  b\t\n c ", "\u3000 a\u2003\u2003b \u3000", "\u00A0a\u00A0",
                "\n\u2003\n", "日本 語\n\n文 ", "x \t\n\u000B\f\ry"}) {
            assertThat(Whitespace.strippedCollapsedLength(s)).as(s).isEqualTo(Whitespace.collapse(s).strip().length());
        }
    }

    @Test
    void findsThePrefixThatCollapsesToALength() {
        assertThat(Whitespace.collapsingTo("ab  \t cd", 4)).isEqualTo(7);
        assertThat(Whitespace.collapsingTo("ab cd", 9)).isEqualTo(5);
        java.util.Random random = new java.util.Random(21);
        for (int n = 0; n < 5000; n++) {
            String s = randomText(random, 16);
            int length = random.nextInt(12);
            String whole = Whitespace.collapse(s);
            // The prefix collapses to the first characters of the whole's collapse: as many as asked, or all.
            assertThat(Whitespace.collapse(s.substring(0, Whitespace.collapsingTo(s, length)))).as(s + " " + length)
                    .isEqualTo(whole.length() < length ? whole : whole.substring(0, length));
        }
    }

    /** Up to {@code max - 1} characters of words, ASCII white space and two spaces {@code \s} does not match. */
    private static String randomText(java.util.Random random, int max) {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003é日";
        return RandomText.of(random, alphabet, max);
    }
}
