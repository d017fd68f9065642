package dev.lockstep.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.config.ConfigException;
import dev.lockstep.config.TranslationPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editor search URLs of the translation platforms, as strings: nothing is fetched. */
class PlatformLinksTest {
    @TempDir
    Path repo;

    @Test
    void crowdinSearchesTheProjectsEditorInCrowdinsLanguageCode() {
        TranslationPlatform crowdin = new TranslationPlatform("crowdin", "https://crowdin.com", "privacyguides", null,
                Map.of());
        assertThat(PlatformLinks.template(crowdin, "ja"))
                .isEqualTo("https://crowdin.com/editor/privacyguides/all/en-ja?filter=basic&value=0#q={query}");
        assertThat(PlatformLinks.template(crowdin, "pt-BR"))
                .isEqualTo("https://crowdin.com/editor/privacyguides/all/en-ptbr?filter=basic&value=0#q={query}");
        assertThat(PlatformLinks.template(crowdin, "zh"))
                .isEqualTo("https://crowdin.com/editor/privacyguides/all/en-zhcn?filter=basic&value=0#q={query}");
        assertThat(PlatformLinks.template(crowdin, "zh-TW"))
                .isEqualTo("https://crowdin.com/editor/privacyguides/all/en-zhtw?filter=basic&value=0#q={query}");
        TranslationPlatform mapped = new TranslationPlatform("crowdin", "https://acme.crowdin.com", "12", null,
                Map.of("es", "es-ES"));
        assertThat(PlatformLinks.template(mapped, "es"))
                .isEqualTo("https://acme.crowdin.com/editor/12/all/en-es-ES?filter=basic&value=0#q={query}");
        assertThat(PlatformLinks.label(crowdin)).isEqualTo("Crowdin");
    }

    @Test
    void weblateSearchesTheComponentsSourceStrings() {
        TranslationPlatform weblate = new TranslationPlatform("weblate", "https://hosted.weblate.org", "tor", "docs",
                Map.of());
        assertThat(PlatformLinks.template(weblate, "de"))
                .isEqualTo("https://hosted.weblate.org/translate/tor/docs/de/?q=source%3A%22{query}%22");
        assertThat(PlatformLinks.template(weblate, "pt-BR"))
                .isEqualTo("https://hosted.weblate.org/translate/tor/docs/pt_BR/?q=source%3A%22{query}%22");
        assertThat(PlatformLinks.template(weblate, "zh"))
                .isEqualTo("https://hosted.weblate.org/translate/tor/docs/zh_Hans/?q=source%3A%22{query}%22");
        assertThat(PlatformLinks.label(weblate)).isEqualTo("Weblate");
    }

    @Test
    void platformComesFromTheConfigOrFromCrowdinYml() throws IOException {
        assertThat(TranslationPlatform.find(repo, null)).isNull();

        Files.writeString(repo.resolve("crowdin.yml"), "project_id: \"509862\"\nfiles: []\n");
        assertThat(TranslationPlatform.find(repo, null)).as("a numeric id names no crowdin.com editor").isNull();
        Files.writeString(repo.resolve("crowdin.yml"), "project_id: \"42\"\nbase_url: https://acme.api.crowdin.com\n");
        assertThat(TranslationPlatform.find(repo, null))
                .isEqualTo(new TranslationPlatform("crowdin", "https://acme.crowdin.com", "42", null, Map.of()));
        Files.writeString(repo.resolve("crowdin.yml"), "project_identifier: privacyguides\n");
        assertThat(TranslationPlatform.find(repo, null))
                .isEqualTo(new TranslationPlatform("crowdin", "https://crowdin.com", "privacyguides", null, Map.of()));

        Files.writeString(repo.resolve(".lockstep.yml"), """
                source: docs
                translations: i18n/{lang}
                platform:
                  name: crowdin
                  url: https://crowdin.com/project/privacyguides
                  languages: {zh: zhtw}
                """);
        assertThat(TranslationPlatform.find(repo, null)).isEqualTo(
                new TranslationPlatform("crowdin", "https://crowdin.com", "privacyguides", null, Map.of("zh", "zhtw")));

        Files.writeString(repo.resolve(".lockstep.yml"), """
                source: docs
                translations: i18n/{lang}
                platform: {name: weblate, url: "https://weblate.example.org/", project: site, component: docs}
                """);
        assertThat(TranslationPlatform.find(repo, null)).isEqualTo(
                new TranslationPlatform("weblate", "https://weblate.example.org", "site", "docs", Map.of()));
    }

    @Test
    void aPlatformThatCouldNotFormASafeLinkIsAConfigError() throws IOException {
        assertThatThrownBy(() -> load("platform: {name: weblate, url: \"javascript:alert(1)\", project: a, component: b}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not an http(s) address");
        assertThatThrownBy(() -> load("platform: {name: crowdin, project: \"a/../b\"}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("is not a slug");
        assertThatThrownBy(() -> load("platform: {name: weblate, url: https://w.example.org, project: a}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("platform.component");
        assertThatThrownBy(() -> load("platform: {name: transifex, project: a}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown platform 'transifex'");
        assertThatThrownBy(() -> load("platform: {name: crowdin, project: a, colour: red}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'platform.colour'");
    }

    private void load(String platform) throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n" + platform + "\n");
        dev.lockstep.config.ConfigLoader.load(repo, null, dev.lockstep.config.ConfigLoader.Overrides.NONE);
    }
}
