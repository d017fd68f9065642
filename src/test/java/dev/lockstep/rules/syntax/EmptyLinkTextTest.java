package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick look for an empty link lets through every text the rule's pattern finds one in. */
class EmptyLinkTextTest {
    private static final String ALPHABET = "[]() x!\\\n\t";

    @Test
    void everyTextWithAnEmptyLinkPassesTheQuickLook() {
        StringBuilder text = new StringBuilder();
        int[] digits = new int[6];
        for (long n = 0; n < Math.pow(ALPHABET.length(), digits.length); n++) {
            long rest = n;
            text.setLength(0);
            for (int i = 0; i < digits.length; i++) {
                text.append(ALPHABET.charAt((int) (rest % ALPHABET.length())));
                rest /= ALPHABET.length();
            }
            String s = text.toString();
            if (EmptyLinkText.EMPTY.matcher(s).find()) {
                assertThat(EmptyLinkText.mayHoldEmptyLink(s)).as("%s", s).isTrue();
            }
        }
    }

    @Test
    void aTextWithoutOneIsPassedOver() {
        assertThat(EmptyLinkText.mayHoldEmptyLink("see [the guide](/guide/) and [ ](x)")).isTrue();
        assertThat(EmptyLinkText.mayHoldEmptyLink("see [the guide](/guide/)")).isFalse();
        assertThat(EmptyLinkText.mayHoldEmptyLink("no links here")).isFalse();
    }
}
