package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.NearMisses;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * spaced-link-syntax searches a block with its patterns only where a character test finds what each pattern needs
 * (the rule's own cases are in fixtures/rules/spaced-link-syntax/): the test must hold wherever a pattern matches.
 */
class SpacedLinkSyntaxTest {

    @Test
    void aTextThePreTestPassesOverHasNoMatch() {
        // Spaced links and images and their near misses: a written form with up to three characters changed.
        String[] forms = {"[a] (a.md)", "[a]\n (a.md)", "a ! [b](c.png) d", "\\[a] (b/c)", "[a]  \t\n\t(#x)", "![a] (b.md)"};
        String alphabet = "[]()! \t\n\\a./#";
        Random random = new Random(40);
        int links = 0, images = 0;
        for (int round = 0; round < 300_000; round++) {
            String text = NearMisses.of(forms, alphabet, random);
            if (SpacedLinkSyntax.LINK_SPACE.matcher(text).find()) {
                links++;
                assertThat(SpacedLinkSyntax.mayBeSpacedLink(text)).as(text).isTrue();
            }
            if (SpacedLinkSyntax.IMAGE_SPACE.matcher(text).find()) {
                images++;
                assertThat(SpacedLinkSyntax.mayBeSpacedImage(text)).as(text).isTrue();
            }
        }
        assertThat(links).isGreaterThan(10_000);
        assertThat(images).isGreaterThan(10_000);
    }

    @Test
    void thePreTestsPassOverCommonTextsWithoutASpacedLink() {
        assertThat(SpacedLinkSyntax.mayBeSpacedLink("- [x] done (see [a](b.md))")).isFalse();
        assertThat(SpacedLinkSyntax.mayBeSpacedLink("[a] \n (b.md)")).isTrue();
        assertThat(SpacedLinkSyntax.mayBeSpacedLink("[a]\n\n(b.md)")).isFalse();
        assertThat(SpacedLinkSyntax.mayBeSpacedImage("¡Hola! [Envía](x.md)")).isTrue();
        assertThat(SpacedLinkSyntax.mayBeSpacedImage("¡Hola! Envía [esto](x.md)")).isFalse();
    }
}
