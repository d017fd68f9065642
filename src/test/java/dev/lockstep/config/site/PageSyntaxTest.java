package dev.lockstep.config.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose files name no generator: the renderer is read from its pages' syntax, or not guessed. */
class PageSyntaxTest {
    @TempDir
    Path site;

    private void page(String path, String text) throws Exception {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** crowdin.yml alone (the translations repository of an mkdocs site), with a Japanese copy. */
    private Optional<SiteProfile> crowdinSite(String first, String second) throws Exception {
        Files.writeString(site.resolve("crowdin.yml"),
                "files:\n- source: \"/docs/**/*.*\"\n  translation: \"/i18n/%two_letters_code%/**/%file_name%.%file_extension%\"\n");
        page("docs/a.md", first);
        page("docs/guides/b.md", second);
        page("i18n/ja/a.md", "# ア\n");
        return Sites.detect(site);
    }

    @Test
    void pymdownxAdmonitionsOnTwoPagesMeanPythonMarkdown() throws Exception {
        SiteProfile p = crowdinSite("# A\n\n!!! note\n\n    Body.\n", "# B\n\n??? tip \"Why\"\n\n    Body.\n").orElseThrow();
        assertThat(p.renderer()).contains(Renderer.PYTHON_MARKDOWN);
        assertThat(p.generator()).isEqualTo("Crowdin for MkDocs");
        assertThat(p.summary()).contains("mkdocs syntax in 2 pages, e.g. docs/a.md");
    }

    @Test
    void contentTabsAndSnippetsAreMkDocsSyntaxToo() throws Exception {
        SiteProfile p = crowdinSite("=== \"Linux\"\n\n    Text.\n", "--8<-- \"includes/abbreviations.en.txt\"\n").orElseThrow();
        assertThat(p.renderer()).contains(Renderer.PYTHON_MARKDOWN);
    }

    @Test
    void markersAmongNonAsciiTextAreFound() throws Exception {
        SiteProfile p = crowdinSite("# Café — guía\n\n!!! note \"Überblick\"\n\n    Körper.\n",
                "日本語の文。\n\n=== \"Ünïcode\"\n\n    Text.\n").orElseThrow();
        assertThat(p.renderer()).contains(Renderer.PYTHON_MARKDOWN);
    }

    @Test
    void aFenceIndentedFourSpacesHidesNothingAndListItemsAreNoSyntax() throws Exception {
        SiteProfile p = crowdinSite("- item\n    ```\n!!! note\n\n    Body.\n",
                "--- \n* a\n-- b\n   --8<-- \"includes/x.md\"\n").orElseThrow();
        assertThat(p.renderer()).contains(Renderer.PYTHON_MARKDOWN);
    }

    @Test
    void onePageIsNotEnoughToGuess() throws Exception {
        SiteProfile p = crowdinSite("!!! note\n\n    Body.\n", "# B\n\nPlain text.\n").orElseThrow();
        assertThat(p.renderer()).isEmpty();
        assertThat(p.generator()).isEqualTo("Crowdin");
    }

    @Test
    void syntaxShownInsideFencedCodeIsNotTheSitesOwn() throws Exception {
        SiteProfile p = crowdinSite("```md\n!!! note\n```\n", "~~~~\n{{< note >}}\n=== \"Tab\"\n~~~~\n").orElseThrow();
        assertThat(p.renderer()).isEmpty();
    }

    @Test
    void twoFamiliesOnOneSiteLeaveTheRendererUnguessed() throws Exception {
        SiteProfile p = crowdinSite("!!! note\n\n    Body.\n\n{{< figure src=\"x.png\" >}}\n",
                "!!! warning\n\n    Body.\n").orElseThrow();
        assertThat(p.renderer()).isEmpty();
    }

    @Test
    void hugoShortcodesInLanguageFoldersMeanGoldmark() throws Exception {
        page("content/en/a.md", "# A\n\n{{< note >}}\nText.\n{{< /note >}}\n");
        page("content/en/b.md", "# B\n\nSee {{% param \"x\" %}}.\n");
        page("content/fr/a.md", "# A\n");
        SiteProfile p = Sites.detect(site).orElseThrow();
        assertThat(p.renderer()).contains(Renderer.GOLDMARK);
        assertThat(p.summary()).contains("Hugo shortcodes in 2 pages");
    }

    @Test
    void aGeneratorsOwnFileWinsOverThePagesSyntax() throws Exception {
        Files.writeString(site.resolve("mkdocs.yml"), "site_name: Site\n");
        SiteProfile p = crowdinSite("{{< note >}}\n", "{{< tip >}}\n").orElseThrow();
        assertThat(p.renderer()).contains(Renderer.PYTHON_MARKDOWN);
        assertThat(p.evidence()).containsExactly("crowdin.yml", "mkdocs.yml");
    }
}
