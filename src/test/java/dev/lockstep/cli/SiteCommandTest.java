package dev.lockstep.cli;

import static dev.lockstep.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.cli.CheckCommandTest.Run;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero config and no false green: a bare check says in one stderr line what it recognized; a run that
 * would check nothing, an unknown language and a missing source folder are exit 2 with one line; PATH
 * may be a page, a translation or a sub-folder; `init` writes the recognized layout as a config that
 * finds the same pairs.
 */
class SiteCommandTest {
    private static final Path HUGO = Path.of("fixtures", "layouts", "hugo");
    private static final Path FOLDERS = Path.of("fixtures", "layouts", "language-folders");

    @Test
    void bareCheckSaysWhatItRecognizedOnOneStderrLine() {
        Run r = run("check", HUGO.toString(), "--no-cache", "--fail-on", "never");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.err()).isEqualTo("lockstep: Hugo (config.toml): content/en -> content/{lang}/{path}; "
                + "languages fr, pt-br (no .lockstep.yml; `lockstep init` writes one)\n");
        assertThat(r.out()).contains("Checked 2 pairs (2 source pages, 2 languages)");
    }

    @Test
    void aCheckFromInsideTheSiteSaysWhichSiteItFound() {
        Run r = run("check", HUGO.resolve("content/fr").toString(), "--no-cache", "--fail-on", "never");
        assertThat(r.err()).isEqualTo("lockstep: site " + HUGO.toAbsolutePath() + ": Hugo (config.toml): content/en -> "
                + "content/{lang}/{path}; languages fr, pt-br (no .lockstep.yml; `lockstep init` writes one)\n");
    }

    @Test
    void aPageOrATranslationChecksOnlyItsPairs() {
        Run page = run("check", FOLDERS.resolve("docs/index.md").toString(), "--no-cache", "--fail-on", "never");
        assertThat(page.out()).contains("Checked 2 pairs (1 source page, 2 languages)");
        Run translation = run("check", FOLDERS.resolve("i18n/fr/guide/setup.md").toString(), "--no-cache",
                "--fail-on", "never");
        assertThat(translation.out()).contains("Checked 1 pair (1 source page, 1 language)");
        Run folder = run("check", FOLDERS.resolve("i18n/ja").toString(), "--no-cache", "--fail-on", "never");
        assertThat(folder.out()).contains("Checked 1 pair (1 source page, 1 language)")
                .contains("orphaned-translation");
    }

    @Test
    void aPathAfterMinusCIsReadFromThatFolderAsGitReadsIt() {
        // As `git -C DIR` and `make -C DIR`: PATH is relative to DIR, and an absolute PATH stays as it is.
        Run page = run("check", "-C", FOLDERS.toString(), "docs/index.md", "--no-cache", "--fail-on", "never");
        assertThat(page.code()).isEqualTo(0);
        assertThat(page.out()).contains("Checked 2 pairs (1 source page, 2 languages)");
        Run absolute = run("check", "-C", FOLDERS.resolve("docs").toString(),
                FOLDERS.resolve("i18n/fr/guide/setup.md").toAbsolutePath().toString(), "--no-cache", "--fail-on", "never");
        assertThat(absolute.out()).contains("Checked 1 pair (1 source page, 1 language)");
        Run none = run("check", "-C", FOLDERS.toString(), "docs/no-such-page.md", "--no-cache");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains(FOLDERS.resolve("docs/no-such-page.md") + ": no such file or folder")
                .contains("a PATH after -C DIR is read from DIR");
        // The folder given twice, as it once had to be: the message says how PATH is read.
        Run twice = run("check", "-C", FOLDERS.toString(), FOLDERS.toString(), "--no-cache");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("a PATH after -C DIR is read from DIR, as git -C reads it");
    }

    @Test
    void theConfigIsFoundFromASubFolder() {
        assertThat(ConfigLoader.locateSite(HUGO.resolve("content/fr")).root()).isEqualTo(HUGO.toAbsolutePath());
        assertThat(ConfigLoader.locateSite(HUGO.resolve("content/fr/_index.md")).root()).isEqualTo(HUGO.toAbsolutePath());
    }

    @Test
    void anUnknownLanguageIsAnError() {
        Run r = run("check", HUGO.toString(), "--no-cache", "--lang", "xx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("lockstep: --lang: unknown language 'xx' (this site has fr, pt-br)\n");
    }

    @Test
    void aMissingSourceFolderIsAnError(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.createDirectories(tmp.resolve("i18n/ja"));
        Files.writeString(tmp.resolve(".lockstep.yml"), "source: doc\ntranslations: i18n/{lang}\n");
        Run r = run("check", tmp.toString(), "--no-cache");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lockstep: " + tmp.resolve(".lockstep.yml") + ":1: source folder 'doc' does not "
                + "exist in " + tmp + "\n");
    }

    @Test
    void noPairIsAnErrorNotAGreenRun(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("i18n/ja"));
        Files.writeString(tmp.resolve("i18n/ja/other.md"), "# 他\n");
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/page.md"), "# Page\n");
        Files.writeString(tmp.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Run r = run("check", tmp.toString(), "--no-cache");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lockstep: .lockstep.yml: checked nothing: none of the 1 source pages has a "
                + "translation in ja (expected e.g. i18n/ja/page.md)\n");
    }

    @Test
    void anEmptyConfigFileIsNamedAsSettingNoLayoutNotAsMissing(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.createDirectories(tmp.resolve("i18n/fr"));
        Files.writeString(tmp.resolve("docs/page.md"), "# Page\n");
        Files.writeString(tmp.resolve("i18n/fr/page.md"), "# Page\n");
        Files.writeString(tmp.resolve(".lockstep.yml"), "");
        Run r = run("check", tmp.toString(), "--no-cache", "--fail-on", "never");
        assertThat(r.err()).endsWith("languages fr (.lockstep.yml sets no layout)\n").doesNotContain("no .lockstep.yml");
    }

    @Test
    void initWhereNoLayoutIsRecognizedSaysHowToWriteOne(@TempDir Path tmp) {
        Run r = run("init", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("write .lockstep.yml by hand").doesNotContain("`lockstep init`").hasLineCount(1);
    }

    @Test
    void aSiteWithoutTranslationsIsExplained(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/page.md"), "# Page\n");
        Run r = run("check", tmp.toString(), "--no-cache");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("lockstep: " + tmp + ": no layout: ").doesNotContain("\n\n").hasLineCount(1);
    }

    @Test
    void initWritesTheRecognizedLayoutAndItFindsTheSamePairs(@TempDir Path tmp) throws IOException {
        copy(Path.of("fixtures", "layouts", "starlight"), tmp);
        Config detected = ConfigLoader.load(tmp, null, ConfigLoader.Overrides.NONE);
        Run r = run("init", tmp.toString());
        assertThat(r.code()).isEqualTo(0);
        String yml = Files.readString(tmp.resolve(".lockstep.yml"));
        assertThat(yml).startsWith("# Lockstep's settings, written by `lockstep init` from what Astro Starlight "
                + "declares (astro.config.mjs, locales.json).")
                .contains("  - source: \"src/content/docs\"\n    translations: \"src/content/docs/{lang}/{path}\"\n")
                .contains("languages: [\"fr\", \"zh-cn\"]");
        Config written = ConfigLoader.load(tmp, null, ConfigLoader.Overrides.NONE);
        assertThat(written.layouts()).isEqualTo(detected.layouts());
        assertThat(written.renderer()).isEqualTo(detected.renderer());
        assertThat(new Discovery(tmp).discover(written)).isEqualTo(new Discovery(tmp).discover(detected));

        Run again = run("init", tmp.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).endsWith("already exists: edit it, or remove it to start again\n");
    }

    @Test
    void initWritesTheRendererOfTheGeneratorBesideTheTranslationPlatform(@TempDir Path tmp) throws IOException {
        copy(Path.of("fixtures", "layouts", "crowdin-mkdocs"), tmp);
        Files.delete(tmp.resolve("expected.txt"));
        Config detected = ConfigLoader.load(tmp, null, ConfigLoader.Overrides.NONE);
        assertThat(run("init", tmp.toString()).code()).isEqualTo(0);
        assertThat(Files.readString(tmp.resolve(".lockstep.yml"))).contains("\nrenderer: \"python-markdown\"\n");
        Config written = ConfigLoader.load(tmp, null, ConfigLoader.Overrides.NONE);
        assertThat(written.renderer()).isEqualTo(detected.renderer()).isEqualTo(dev.lockstep.parse.Renderer.PYTHON_MARKDOWN);
        assertThat(written.layouts()).isEqualTo(detected.layouts());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /**
     * Folder names that only look like long language tags ({@code div-with-nested-details}: Divehi, a script and two
     * variants) are no language folders: a tree of examples is not a site with a language of that name.
     */
    @Test
    void examplesFoldersAreNotReadAsLanguages(@TempDir Path tmp) throws IOException {
        for (String page : new String[] {"titles/plain/docs/page.md", "syntax/div-with-nested-details/docs/page.md",
                "syntax/same-syntax/docs/page.md"}) {
            Files.createDirectories(tmp.resolve(page).getParent());
            Files.writeString(tmp.resolve(page), "# Page\n\nA sentence.\n");
        }
        Run r = run("check", tmp.toString(), "--no-cache", "--no-history");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("div-with-nested-details").contains("no language folders found");
    }

    @Test
    void languageFoldersWithAScriptOrARegionAreRecognized(@TempDir Path tmp) throws IOException {
        for (String page : new String[] {"docs/page.md", "i18n/zh-Hant/page.md", "i18n/pt_BR/page.md", "i18n/es-419/page.md",
                "i18n/sr-Latn-RS/page.md"}) {
            Files.createDirectories(tmp.resolve(page).getParent());
            Files.writeString(tmp.resolve(page), "# Page\n");
        }
        Run r = run("check", tmp.toString(), "--no-cache", "--no-history", "--fail-on", "never");
        assertThat(r.err()).contains("languages es-419, pt_BR, sr-Latn-RS, zh-Hant");
    }
}
