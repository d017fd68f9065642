package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.NearMisses;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * fullwidth-markdown-syntax searches a block with each pattern only where a character test finds what the pattern
 * needs (the rule's own cases are in fixtures/rules/fullwidth-markdown-syntax/): the test must hold wherever the
 * pattern matches.
 */
class FullwidthMarkdownSyntaxTest {

    @Test
    void aTextThePreTestsPassOverHasNoMatch() {
        String[] forms = {"［文本］（a.md）", "[a] (b.md)", "见！［图］（x.png）", "！！！ note", "  ？？？ tip", "[a]\n（b）"};
        String alphabet = "[]()［］（）！？ \n\ta.";
        Random random = new Random(40);
        int links = 0, images = 0, admonitions = 0;
        for (int round = 0; round < 300_000; round++) {
            String text = NearMisses.of(forms, alphabet, random);
            if (FullwidthMarkdownSyntax.LINK.matcher(text).find()) {
                links++;
                assertThat(FullwidthMarkdownSyntax.mayHoldLink(text)).as(text).isTrue();
            }
            if (FullwidthMarkdownSyntax.IMAGE.matcher(text).find()) {
                images++;
                assertThat(FullwidthMarkdownSyntax.mayHoldImage(text)).as(text).isTrue();
            }
            if (FullwidthMarkdownSyntax.ADMONITION.matcher(text).find()) {
                admonitions++;
                assertThat(text.contains("！！！") || text.contains("？？？")).as(text).isTrue();
            }
        }
        assertThat(links).isGreaterThan(10_000);
        assertThat(images).isGreaterThan(10_000);
        assertThat(admonitions).isGreaterThan(10_000);
        assertThat(FullwidthMarkdownSyntax.mayHoldLink("这是（注释）和！感叹")).isFalse();
    }
}
