package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.content.UntranslatedSentence;
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
}
