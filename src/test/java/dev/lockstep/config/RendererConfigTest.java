package dev.lockstep.config;

import dev.lockstep.parse.Renderer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererConfigTest {
    @TempDir
    Path dir;

    private Config load(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("i18n/ja"));
        Files.writeString(dir.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n" + yaml);
        return ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
    }

    @Test
    void rendererIsCommonMarkUnlessTheConfigSaysOtherwise() throws Exception {
        assertThat(load("").renderer()).isEqualTo(Renderer.COMMONMARK);
        assertThat(load("renderer: python-markdown\n").renderer()).isEqualTo(Renderer.PYTHON_MARKDOWN);
        assertThat(load("generator: mkdocs\n").renderer()).isEqualTo(Renderer.PYTHON_MARKDOWN);
        assertThat(load("generator: hugo\n").renderer()).isEqualTo(Renderer.GOLDMARK);
        assertThat(load("generator: docusaurus\n").renderer()).isEqualTo(Renderer.MDX);
        assertThat(load("generator: Astro Starlight\n").renderer()).isEqualTo(Renderer.COMMONMARK);
        // An explicit renderer wins over the generator's default.
        assertThat(load("generator: mkdocs\nrenderer: commonmark\n").renderer()).isEqualTo(Renderer.COMMONMARK);
    }

    @Test
    void anUnknownRendererIsAConfigErrorWithItsLine() {
        assertThatThrownBy(() -> load("renderer: kramdown\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining(".lockstep.yml:3").hasMessageContaining("unknown renderer 'kramdown'");
    }

    /** A Crowdin site built with mkdocs (crowdin.yml and mkdocs.yml side by side), and a .lockstep.yml of rules only. */
    private Config rulesOnly(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("i18n/ja"));
        Files.writeString(dir.resolve("docs/index.md"), "# Home\n");
        Files.writeString(dir.resolve("i18n/ja/index.md"), "# ホーム\n");
        Files.writeString(dir.resolve("crowdin.yml"),
                "files:\n- source: \"/docs/**/*.*\"\n  translation: \"/i18n/%two_letters_code%/**/%file_name%.%file_extension%\"\n");
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Site\n");
        Files.writeString(dir.resolve(".lockstep.yml"), "rules:\n  extra-block: info\n" + yaml);
        return ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
    }

    @Test
    void aConfigOfRulesOnlyKeepsTheRendererTheSitesFilesImply() throws Exception {
        assertThat(rulesOnly("").renderer()).isEqualTo(Renderer.PYTHON_MARKDOWN);
        assertThat(rulesOnly("renderer: commonmark\n").renderer()).isEqualTo(Renderer.COMMONMARK);
        assertThat(rulesOnly("generator: hugo\n").renderer()).isEqualTo(Renderer.GOLDMARK);
    }
}
