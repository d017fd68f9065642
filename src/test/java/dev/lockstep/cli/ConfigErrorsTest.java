package dev.lockstep.cli;

import static dev.lockstep.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input as a new user writes it: each kind of mistake is one line on stderr that names the file and
 * line it is in ({@code lockstep: FILE:LINE: problem}), or the option that gave the value
 * ({@code lockstep: --option: problem}), and exit code 2. The site itself is fine: one page and its
 * Japanese translation.
 */
class ConfigErrorsTest {
    @TempDir
    Path site;

    @BeforeEach
    void aSiteWithOneTranslatedPage() throws IOException {
        Files.createDirectories(site.resolve("docs"));
        Files.createDirectories(site.resolve("i18n/ja"));
        Files.writeString(site.resolve("docs/index.md"), "# Hello\n\nText.\n");
        Files.writeString(site.resolve("i18n/ja/index.md"), "# こんにちは\n\nテキスト。\n");
    }

    // .lockstep.yml

    @Test
    void translationsWithoutLangNamesTheFileAndTheKeysLine() throws IOException {
        assertError(checkWith("source: docs\ntranslations: i18n\n"),
                config() + ":2: translations: 'i18n' must contain {lang} (e.g. i18n/{lang})");
        assertError(checkWith("translations: i18n\nsource: docs\n"),
                config() + ":1: translations: 'i18n' must contain {lang} (e.g. i18n/{lang})");
    }

    @Test
    void translationsWithoutLangInALayoutsEntryNamesThatEntrysLine() throws IOException {
        assertError(checkWith("layouts:\n  - source: docs\n    translations: i18n/{lang}\n"
                + "  - source: docs\n    translations: l10n/{path}\n"),
                config() + ":5: translations: 'l10n/{path}' must contain {lang}");
    }

    @Test
    void aNumberForLanguagesIsNamedAsOne() throws IOException {
        assertError(checkWith("source: docs\ntranslations: i18n/{lang}\nlanguages: 3\n"),
                config() + ":3: languages: '3' is a number, not a language code (e.g. languages: [ja, pt-BR])");
    }

    @Test
    void aListWhereOneValueBelongsNamesTheType() throws IOException {
        assertError(checkWith("source: docs\ntranslations: [a]\n"),
                config() + ":2: translations must be a single value, not a list");
    }

    @Test
    void aKeyWithNoValueSaysWhatToWrite() throws IOException {
        assertError(checkWith("source:\ntranslations: i18n/{lang}\n"),
                config() + ":1: source has no value (e.g. source: docs, or source: . for the top folder)");
        assertError(checkWith("source: docs\ntranslations:\n"),
                config() + ":2: translations has no value (e.g. translations: i18n/{lang})");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        Files.write(config(), "source: docs\ntranslations: i18n/{lang}\nglossary: [caf\u00e9]\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertError(check(), config() + ":3: not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void anUnknownKeyListsTheKnownOnes() throws IOException {
        assertError(checkWith("source: docs\ntranslations: i18n/{lang}\ncolour: red\n"),
                config() + ":3: unknown key 'colour' (expected one of exclude, generator, glossary, languages, "
                        + "layouts, limits, pages, platform, renderer, rules, source, translations)");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineTheParserStoppedAt() throws IOException {
        assertError(checkWith("source: docs\ntranslations: i18n/{lang}\nrules: [\n"),
                config() + ":4: expected the node content, but found '<stream end>'");
    }

    @Test
    void bothLayoutsAndSourceNamesTheLayoutsKey() throws IOException {
        assertError(checkWith("source: docs\ntranslations: i18n/{lang}\nlayouts:\n  - source: docs\n"
                + "    translations: i18n/{lang}\n"),
                config() + ":3: give either 'layouts' or 'source' and 'translations', not both");
    }

    @Test
    void aMissingSourceFolderNamesTheSourceLine() throws IOException {
        assertError(checkWith("translations: i18n/{lang}\nsource: doc\n"),
                config() + ":2: source folder 'doc' does not exist in " + site);
    }

    @Test
    void aPathLeavingTheFolderNamesItsKeysLine() throws IOException {
        assertError(checkWith("source: ../docs\ntranslations: i18n/{lang}\n"),
                config() + ":1: source '../docs' points outside " + site);
        assertError(checkWith("source: docs\ntranslations: ../{lang}\n"),
                config() + ":2: translations '../{lang}/{path}' points outside " + site);
    }

    @Test
    void aPatternThatMatchesNoFolderNamesTheTranslationsLine() throws IOException {
        assertError(checkWith("source: docs\ntranslations: l10n/{lang}\n"),
                config() + ":2: no translations: nothing matches l10n/{lang}/{path}; name the languages with "
                        + "`languages:` in .lockstep.yml");
    }

    @Test
    void anEmptyConfigWhereNothingShowsTheLayoutSaysWhatToAdd() throws IOException {
        Files.delete(site.resolve("i18n/ja/index.md"));
        Files.delete(site.resolve("i18n/ja"));
        assertError(checkWith(""), config() + ": sets no layout and no site config declares translations "
                + "(crowdin.yml, mkdocs.yml, astro.config.*, docusaurus.config.*, hugo.toml) nor are there language "
                + "folders; add source and translations (e.g. source: docs, translations: i18n/{lang}) or pass "
                + "--source and --translations");
    }

    @Test
    void aFileBelowTheCurrentFolderIsNamedFromThere() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path below = Files.createTempDirectory(here.resolve("target"), "config-errors");
        try {
            Files.writeString(below.resolve(".lockstep.yml"), "translations: i18n\nsource: docs\n");
            Run r = run("check", below.toString(), "--no-cache", "--no-history");
            assertThat(r.err()).isEqualTo("lockstep: " + here.relativize(below).resolve(".lockstep.yml")
                    + ":1: translations: 'i18n' must contain {lang} (e.g. i18n/{lang})\n");
            assertThat(r.code()).isEqualTo(2);
        } finally {
            Files.delete(below.resolve(".lockstep.yml"));
            Files.delete(below);
        }
    }

    // --config

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = site.resolve("other.yml");
        assertError(check("--config", missing.toString()), missing + ": config file not found");
    }

    @Test
    void aFolderGivenAsTheConfigFileIsNamedAsAFolder() {
        assertError(check("--config", site.resolve("docs").toString()), site.resolve("docs")
                + ": a folder, not a config file");
    }

    // -C

    @Test
    void aFileGivenAsTheFolderIsNamedAsAFile() {
        Path page = site.resolve("docs/index.md");
        assertError(run("check", "-C", page.toString(), "--no-cache", "--no-history"),
                "-C: '" + page + "' is a file, not a folder (a page to check goes after the command: check PATH)");
    }

    @Test
    void anotherConfigFileIsNamedWithItsLine() throws IOException {
        Path other = Files.writeString(site.resolve("other.yml"), "source: docs\ntranslations: i18n\n");
        assertError(check("--config", other.toString()), other + ":2: translations: 'i18n' must contain {lang} "
                + "(e.g. i18n/{lang})");
    }

    // crowdin.yml

    @Test
    void aCrowdinTranslationWithoutALanguagePlaceholderNamesItsLine() throws IOException {
        Path crowdin = crowdin("files:\n  - source: /docs/**/*.md\n"
                + "    translation: /i18n/%original_file_name%\n");
        assertError(check(), crowdin + ":3: no 'files' entry maps a Markdown source tree to translations: "
                + "translation '/i18n/%original_file_name%' names no language (%two_letters_code%, %locale%, …)");
    }

    @Test
    void aCrowdinSourceThatIsNoTreeNamesItsLine() throws IOException {
        Path crowdin = crowdin("files:\n  - source: /docs/*.md\n"
                + "    translation: /i18n/%two_letters_code%/%original_file_name%\n");
        assertError(check(), crowdin + ":2: no 'files' entry maps a Markdown source tree to translations: "
                + "source '/docs/*.md' is not a tree of pages (no /**/)");
    }

    @Test
    void crowdinFilesThatAreNotAListNameTheirLine() throws IOException {
        Path crowdin = crowdin("project_id: 1\nfiles: docs\n");
        assertError(check(), crowdin + ":2: 'files' must be a list");
    }

    // Options

    @Test
    void translationsFromTheCommandLineNameTheOption() {
        assertError(check("--source", "docs", "--translations", "i18n"),
                "--translations: 'i18n' must contain {lang} (e.g. i18n/{lang})");
        assertError(check("--source", "docs", "--translations", "l10n/{lang}"),
                "--translations: no translations: nothing matches l10n/{lang}/{path}; name the languages with "
                        + "`languages:` in .lockstep.yml");
    }

    @Test
    void aSourceFromTheCommandLineNamesTheOption() {
        assertError(check("--source", "doc", "--translations", "i18n/{lang}"),
                "--source: source folder 'doc' does not exist in " + site);
    }

    @Test
    void oneLayoutFlagWithoutTheOtherNamesTheMissingOne() throws IOException {
        Files.delete(site.resolve("i18n/ja/index.md"));
        Files.delete(site.resolve("i18n/ja"));
        assertError(check("--source", "docs"), "--source: needs --translations too (no .lockstep.yml or site config "
                + "says where the translations are)");
    }

    @Test
    void aShardOutOfRangeNamesTheOption() throws IOException {
        config("source: docs\ntranslations: i18n/{lang}\n");
        assertError(check("--shard", "3/2"), "--shard: '3/2' must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
    }

    @Test
    void anUnknownLanguageNamesTheOptionAndTheKnownOnes() throws IOException {
        config("source: docs\ntranslations: i18n/{lang}\n");
        assertError(check("--lang", "xx"), "--lang: unknown language 'xx' (this site has ja)");
    }

    @Test
    void anEmptyLanguageCodeNamesTheOption() throws IOException {
        config("source: docs\ntranslations: i18n/{lang}\n");
        assertError(check("--lang", "ja,,fr"), "--lang: an empty language code (e.g. --lang ja,fr)");
    }

    @Test
    void fewerThanOneThreadNamesTheOption() throws IOException {
        config("source: docs\ntranslations: i18n/{lang}\n");
        assertError(check("--threads", "0"), "--threads: must be at least 1 (got 0)");
    }

    @Test
    void aFolderGivenAsTheOutputFileIsNamedAsAFolder() throws IOException {
        config("source: docs\ntranslations: i18n/{lang}\n");
        assertError(check("-o", site.resolve("docs").toString()), site.resolve("docs")
                + ": a folder, not a file to write to");
    }

    private Path crowdin(String yaml) throws IOException {
        return Files.writeString(site.resolve("crowdin.yml"), yaml);
    }

    private Path config() {
        return site.resolve(".lockstep.yml");
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(config(), yaml);
    }

    private Run checkWith(String yaml) throws IOException {
        config(yaml);
        return check();
    }

    private Run check(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = site.toString();
        args[2] = "--no-cache";
        args[3] = "--no-history";
        System.arraycopy(options, 0, args, 4, options.length);
        return run(args);
    }

    private static void assertError(Run run, String expected) {
        assertThat(run.err()).isEqualTo("lockstep: " + expected + "\n");
        assertThat(run.code()).isEqualTo(2);
    }
}
