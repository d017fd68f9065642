package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

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
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003é日";
        java.util.Random random = new java.util.Random(20);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
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
}
