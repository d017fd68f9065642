package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignNamesTest {
    private final ForeignNames names = new ForeignNames(
            "Infrastructure as Code lets teams describe servers in files. Cloud providers run them.");

    @Test
    void capitalizedWordsTheSourcePageNeverWritesAreFound() {
        // The sentence's first word is a candidate too: only names that translations in other scripts also
        // write count in the end (outdated-paragraph), and no Japanese paragraph writes "Proveedores".
        assertThat(names.of("Proveedores como AWS, GCP, Azure y DigitalOcean alquilan servidores."))
                .containsExactly("Proveedores", "AWS", "GCP", "Azure", "DigitalOcean");
    }

    @Test
    void wordsTheSourceWritesInAnyCaseAreNotNames() {
        assertThat(names.of("Die Cloud und ihre Servers")).containsExactly("Die");
    }

    @Test
    void aNameTheSourceWritesInflectedIsWritten() {
        ForeignNames macs = new ForeignNames("Older Intel-based Macs and Hackintoshes lack these features.");
        assertThat(macs.of("Los Mac basados en Intel y los Hackintosh")).containsExactly("Los");
    }

    @Test
    void anAcronymOfTheSourcesWordsIsAGlossNotAName() {
        assertThat(names.of("una Infrastructure as Code (IaC) describe servidores.")).isEmpty();
    }

    @Test
    void lettersOutsideAsciiAreNotTakenForNamesInLatinLetters() {
        assertThat(names.of("Über ÄÖ")).isEmpty();
    }

    @Test
    void aParagraphMostlyInAnotherScriptIsOtherScript() {
        assertThat(ForeignNames.otherScript("AWS、GCP、Azure などのクラウドプロバイダー")).isTrue();
        assertThat(ForeignNames.otherScript("Proveedores como AWS")).isFalse();
        assertThat(ForeignNames.otherScript("123")).isFalse();
    }
}
