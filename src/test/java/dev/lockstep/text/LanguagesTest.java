package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void thePrimarySubtagIsTheCodeUpToItsFirstSeparatorInLowerCase() {
        assertThat(Languages.primary("pt-BR")).isEqualTo("pt");
        assertThat(Languages.primary("pt_BR")).isEqualTo("pt");
        assertThat(Languages.primary("ZH-Hans-CN")).isEqualTo("zh");
        assertThat(Languages.primary("de")).isEqualTo("de");
        assertThat(Languages.primary("")).isEmpty();
    }
}
