package dev.lockstep.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pair's written-out equals and hashCode give what a record's generated ones give. */
class PairTest {
    /** A record of the same components, with the generated methods. */
    private record Generated(String source, String translation, String language) {
    }

    @Test
    void equalsAndHashCodeAreTheRecordsOwn() {
        Pair p = new Pair("docs/a.md", "i18n/fr/a.md", "fr");

        assertThat(p).isEqualTo(new Pair("docs/a.md", "i18n/fr/a.md", "fr"))
                .isNotEqualTo(new Pair("docs/a.md", "i18n/fr/a.md", "de"))
                .isNotEqualTo(new Pair("docs/b.md", "i18n/fr/a.md", "fr"))
                .isNotEqualTo(new Pair("docs/a.md", "i18n/fr/b.md", "fr"))
                .isNotEqualTo(null);
        assertThat(p.hashCode()).isEqualTo(new Generated("docs/a.md", "i18n/fr/a.md", "fr").hashCode());
        assertThat(new Pair(null, null, "fr").hashCode()).isEqualTo(new Generated(null, null, "fr").hashCode());
        assertThat(new Pair(null, null, null)).isEqualTo(new Pair(null, null, null));
    }
}
