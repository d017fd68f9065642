package dev.lockstep.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which folder and file-name parts read as locales when no one declared the languages. */
class LayoutLanguagesTest {
    @Test
    void localesAsDocsSitesAndTranslationPlatformsWriteThemAreKnown() {
        List<String> locales = List.of("ja", "fil", "pt-BR", "pt_br", "zh-Hant", "zh_hans", "zh-Hant-TW", "yue-Hant",
                "es-419", "sr-Latn", "sr-Latn-RS", "nb-NO", "en-US",
                // Crowdin's own regions, and the variants and extended languages wikis and Weblate use.
                "sr-SP", "en-UK", "es-EM", "be-tarask", "ca-valencia", "ca-ES-valencia", "de-formal", "nl-informal",
                "de-1901", "zh-yue", "zh-min-nan");
        for (String code : locales) assertThat(LayoutLanguages.known(code)).as(code).isTrue();
    }

    @Test
    void folderNamesThatOnlyLookLikeTagsAreNot() {
        List<String> names = List.of("div-with-nested-details", "docs", "xx", "img", "en-with", "ja-12", "ca@valencia",
                "sr@latin", "blocks-and-asides", "zh-Abcd");
        for (String name : names) assertThat(LayoutLanguages.known(name)).as(name).isFalse();
    }
}
