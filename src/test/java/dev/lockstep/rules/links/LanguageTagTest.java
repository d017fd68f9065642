package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a language may be written in a path, host or file name: tested by hand, the same as the pattern it replaced. */
class LanguageTagTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "pt-BR, pt, true", "pt-BR, pt-br, true", "pt-BR, PT_BR, true", "pt-BR, br, true", "pt-BR, es, false",
            "zh, zh-cn, true", "zh, zh-Hans, true", "zh, zh-hans-cn, true", "zh, zh-, false", "zh, zh-c, false",
            "zh, zh-abcdefghi, false", "zh, zhx, false", "de, de.md, false", "de, '', false",
    })
    void acceptsTheLanguageWithSubtagsOrItsRegion(String language, String written, boolean accepted) {
        assertThat(LinkTarget.LanguageTag.of(language).matches(written)).isEqualTo(accepted);
    }

    /** Every string of up to five characters over the letters, separators and digits a tag is made of. */
    @Test
    void answersAsThePatternItReplacedOnEveryShortString() {
        String alphabet = "zhHpTb-_1ƒK\u212A";
        for (String language : new String[] {"zh", "pt-BR", "pt_br", "zh-Hans-b", "h", "ƒ-K", ""}) {
            Pattern pattern = formerPattern(language);
            LinkTarget.LanguageTag tag = LinkTarget.LanguageTag.of(language);
            StringBuilder s = new StringBuilder();
            int[] digits = new int[6];
            for (int length = 0; length <= 5; length++) {
                java.util.Arrays.fill(digits, 0);
                while (true) {
                    s.setLength(0);
                    for (int i = 0; i < length; i++) s.append(alphabet.charAt(digits[i]));
                    String written = s.toString();
                    assertThat(tag.matches(written)).as("%s: %s", language, written)
                            .isEqualTo(pattern.matcher(written).matches());
                    int i = 0;
                    while (i < length && ++digits[i] == alphabet.length()) digits[i++] = 0;
                    if (i == length) break;
                }
            }
        }
    }

    /** The pattern {@code LinkTarget} compiled for every comparison before. */
    private static Pattern formerPattern(String language) {
        String lang = language.toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = lang.indexOf('-');
        String base = dash < 0 ? lang : lang.substring(0, dash);
        String region = dash < 0 ? null : lang.substring(dash + 1);
        String alternatives = Pattern.quote(base) + "(?:[-_][a-z0-9]{2,8})*" + (region == null ? "" : "|" + Pattern.quote(region));
        return Pattern.compile("(?i)(?:" + alternatives + ")");
    }
}
