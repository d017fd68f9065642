package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.Fixtures;
import dev.lockstep.RandomText;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.content.UntranslatedSentence;
import dev.lockstep.text.Whitespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An identity digested once and handed to many findings identifies them as the identity itself would. */
class FindingIdentityTest {
    private static Finding.Builder builder() {
        return Finding.builder(UntranslatedSentence.SPEC, "i18n/de/page.md", "de", "docs/page.md")
                .at(new Position(3, 1)).message("sentence is still in English");
    }

    @Test
    void aDigestedIdentityIsTheIdentityOfItsPart() {
        for (String part : new String[] {"Privacy Guides logo", "", "Grüße, \u00e9t\u00e9 \u65e5\u672c\u8a9e"}) {
            Finding plain = builder().identity(part).build();
            Finding digested = builder().digestedIdentity(Finding.Builder.identityDigest(part)).build();
            assertThat(digested).isEqualTo(plain);
        }
        assertThat(builder().identity("a").build().identity()).isNotEqualTo(builder().identity("b").build().identity());
    }

    @Test
    void aDigestedIdentityTakesNoOtherIdentity() {
        assertThatThrownBy(() -> builder().identity("a").digestedIdentity(Finding.Builder.identityDigest("a")).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder().key("a").digestedIdentity(Finding.Builder.identityDigest("a")).build())
                .isInstanceOf(IllegalStateException.class);
    }

    /** Fingerprints are kept in users' baselines: a source block's digest is its stripped, collapsed text's. */
    @Test
    void theCollapsedDigestIsTheDigestOfTheCollapsedText() throws IOException {
        MarkdownParser parser = new MarkdownParser();
        int blocks = 0;
        for (Path f : Fixtures.pages()) {
            for (Block b : parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).blocks()) {
                assertDigestedAlike(b.raw());
                blocks++;
            }
        }
        assertThat(blocks).isGreaterThan(5000);
        // The collapse's white space and String.strip's other white space, one to four UTF-8 bytes, a
        // supplementary character's halves alone and in order.
        String alphabet = "a. \t\n\u000B\f\r\u00A0\u2003\u3000\u2028\u001Cé日€\uD83D\uDE00\u007F\u0080\u07FF\u0800\uFFFF";
        Random random = new Random(36);
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(random, alphabet, 30);
            assertDigestedAlike(s);
        }
        assertDigestedAlike("");
        assertDigestedAlike("\uD83D\uDE00 smile\n\n");
    }

    private static void assertDigestedAlike(String text) {
        assertThat(Finding.Builder.collapsedIdentityDigest(text)).as(text)
                .isEqualTo(Finding.Builder.identityDigest(Whitespace.collapse(text).strip()));
    }
}
