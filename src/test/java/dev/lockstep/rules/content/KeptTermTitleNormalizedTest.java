package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A kept title and the translation's prose are compared as their runs of letters and numbers, lower case. */
class KeptTermTitleNormalizedTest {
    @Test
    void theRunsOfLettersAndNumbersAsTheRegexLeftThem() {
        List<String> texts = List.of("Self-Healing.", "  Function as a Service (FaaS) ", "Größe², Ⅻ and ½ — «citée»",
                "日本語の Self-Healing テキスト。", "İstanbul 𝐀𝐁c", "…", "", "e\u0301t\u00e9 caf\u00e9\u0301");
        for (String text : texts) {
            String regex = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            assertThat(KeptTermTitle.normalized(text)).as(text).isEqualTo(regex);
        }
        assertThat(KeptTermTitle.normalized("Self-Healing.")).isEqualTo("self healing");
    }
}
