package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.NearMisses;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * overgrown-link-text removes icon shortcodes from link texts by hand (the rule's own cases are in
 * fixtures/rules/overgrown-link-text/): pinned to its pattern's {@code replaceAll} on icons and their near misses.
 */
class OvergrownLinkTextTest {

    @Test
    void iconsAreRemovedAsThePatternRemovesThem() {
        String[] forms = {":material-toolbox:", "a :fontawesome-brands-github: b", ":a-b::c-d:", ":x-1_Z:", "::ab-c:d-e:"};
        String alphabet = ":-_aZ9 é";
        Random random = new Random(40);
        int removed = 0;
        for (int round = 0; round < 300_000; round++) {
            String text = NearMisses.of(forms, alphabet, random);
            String expected = OvergrownLinkText.ICON.matcher(text).replaceAll("");
            assertThat(OvergrownLinkText.withoutIcons(text)).as(text).isEqualTo(expected);
            if (!expected.equals(text)) removed++;
        }
        assertThat(removed).isGreaterThan(100_000);
        assertThat(OvergrownLinkText.withoutIcons("Docs :material-arrow-right:")).isEqualTo("Docs ");
    }
}
