package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which brackets of a text have no partner (the rule's own cases are in fixtures/rules/unpaired-bracket/). */
class UnpairedBracketTest {

    private static List<String> unpaired(String text) {
        return UnpairedBracket.unpaired(text).stream().map(u -> u.character() + "@" + u.index()).toList();
    }

    @Test
    void aStrayOrMissingBracketIsUnpaired() {
        assertThat(unpaired("triển khai liên tục )")).containsExactly(")@20");
        assertThat(unpaired("se cambia (a menudo mediante")).containsExactly("(@10");
        assertThat(unpaired("[[compilaciones] x")).containsExactly("[@0");
        assertThat(unpaired("設定「プライバシー")).containsExactly("「@2");
    }

    @Test
    void bracketsPairAcrossSentencesAndWidths() {
        assertThat(unpaired("(sie ist kostenlos. Sie ist quelloffen)")).isEmpty();
        assertThat(unpaired("設定（詳細) と [a] {b}")).isEmpty();
        assertThat(unpaired("按键写在［方括号］中，【注】『书』")).isEmpty();
        // Each pair is matched on its own: crossing pairs are no stray bracket.
        assertThat(unpaired("( [ ) ]")).isEmpty();
    }

    @Test
    void listMarkersEmoticonsAndRangesAreNotBrackets() {
        assertThat(unpaired("Schritte: 1) öffnen, 2) wählen, b) prüfen, iv) fertig")).isEmpty();
        assertThat(unpaired("1) erst")).isEmpty();
        assertThat(unpaired("Viel Spaß :) und ;-( und =]")).isEmpty();
        assertThat(unpaired("ein Wert in [0, 1) oder (0,5; 1]")).isEmpty();
        // A word before the bracket is no list marker.
        assertThat(unpaired("unter Windows)")).containsExactly(")@13");
    }

    @Test
    void urlsAreNotProse() {
        assertThat(unpaired("https://en.wikipedia.org/wiki/Rooting_(Android) lesen")).isEmpty();
        assertThat(unpaired("(siehe https://example.org/a)")).isEmpty();
        assertThat(unpaired("https://example.org/a_(b")).isEmpty();
        // A URL ends where CJK text begins, which writes no space after it.
        assertThat(unpaired("エントリポイント(例: www.example-url.com)を公開し")).isEmpty();
    }

    @Test
    void aBracketIsOneOfTheBracketsTheRuleNamesAndNothingElse() {
        String brackets = "([{【「『（［｛)]}】」』）］｝";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(UnpairedBracket.isBracket(c)).as("U+%04X", (int) c).isEqualTo(brackets.indexOf(c) >= 0);
            assertThat(UnpairedBracket.hasBracket("ab" + c + "é")).as("U+%04X in a text", (int) c)
                    .isEqualTo(brackets.indexOf(c) >= 0);
        }
        assertThat(UnpairedBracket.hasBracket("")).isFalse();
    }

    @Test
    void aBalancedTextHasNoBracketUnpairedAsWritten() {
        // The shortcut: a text balanced() calls so is one whose brackets match() pairs all as written.
        String alphabet = "([{【「『（［｛)]}】」』）］｝ a1:;-.\n";
        java.util.Random random = new java.util.Random(40);
        int balanced = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            List<UnpairedBracket.Unpaired> asWritten = UnpairedBracket.match(text, text.toCharArray());
            if (UnpairedBracket.balanced(text)) {
                balanced++;
                assertThat(asWritten).as(text).isEmpty();
                assertThat(UnpairedBracket.unpaired(text)).as(text).isEmpty();
            }
        }
        assertThat(balanced).isGreaterThan(10_000);
        assertThat(UnpairedBracket.balanced("a (b [c) d] 「e」")).isTrue();
        assertThat(UnpairedBracket.balanced("1) a")).isFalse();
        assertThat(UnpairedBracket.balanced(")(")).isFalse();
    }
}
