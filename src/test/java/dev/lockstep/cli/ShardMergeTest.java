package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.history.SourceRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A site checked as N shards and merged reports exactly what one whole run reports: the same bytes of
 * JSON, SARIF, JUnit, GitHub and text, the same HTML apart from the time it was made, the same exit
 * code; for N = 1 to 4, on the fixture sites and on a generated site with history, missing and orphaned
 * translations, fixable findings and findings that occur twice in one file.
 */
class ShardMergeTest {
    private static final List<String> FORMATS = List.of("json", "sarif", "junit", "github", "text", "html");

    @TempDir
    static Path generatedRoot;

    static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = GeneratedSite.write(generatedRoot.resolve("site"), 40);
    }

    static Stream<Path> sites() throws IOException {
        List<Path> sites = new ArrayList<>();
        sites.add(Fixtures.ROOT.resolve("qubes"));
        try (Stream<Path> dirs = Files.list(Fixtures.ROOT.resolve("layouts"))) {
            dirs.filter(Files::isDirectory).sorted().forEach(sites::add);
        }
        sites.add(generated);
        return sites.stream();
    }

    @ParameterizedTest
    @MethodSource("sites")
    void shardsMergedEqualOneWholeRun(Path site, @TempDir Path tmp) throws IOException {
        Path whole = Files.createDirectories(tmp.resolve("whole"));
        int wholeCode = CheckCommandTest.run(withReports(whole, "check", "-C", site.toString(), "--no-cache",
                "--fail-on", "warning")).code();
        assertThat(wholeCode).isBetween(0, 1);
        for (int n = 1; n <= 4; n++) {
            List<String> merge = new ArrayList<>(List.of("merge"));
            for (int k = 1; k <= n; k++) {
                Path shard = tmp.resolve("shard-" + k + "-of-" + n + ".json");
                CheckCommandTest.Run r = CheckCommandTest.run("check", "-C", site.toString(), "--no-cache",
                        "--shard", k + "/" + n, "--shard-pages", "--format", "json", "-o", shard.toString(), "-q");
                assertThat(r.code()).as("shard %d/%d: %s", k, n, r.err()).isBetween(0, 1);
                merge.add(shard.toString());
            }
            Path merged = Files.createDirectories(tmp.resolve("merged-" + n));
            merge.addAll(List.of("--fail-on", "warning"));
            CheckCommandTest.Run r = CheckCommandTest.run(withReports(merged, merge.toArray(String[]::new)));
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).as("exit code of %d shards merged", n).isEqualTo(wholeCode);
            for (String format : FORMATS) {
                assertThat(read(merged, format)).as("%s of %d shards merged", format, n)
                        .isEqualTo(read(whole, format));
            }
        }
    }

    /** The generated site has every kind of data a merge must carry, so that the test above can fail. */
    @org.junit.jupiter.api.Test
    void theGeneratedSiteHasWhatAMergeMustCarry(@TempDir Path tmp) throws IOException {
        Path whole = Files.createDirectories(tmp.resolve("whole"));
        CheckCommandTest.run(withReports(whole, "check", "-C", generated.toString(), "--no-cache"));
        String json = read(whole, "json");
        assertThat(json).contains("\"rule\" : \"stale-translation\"", "\"rule\" : \"orphaned-translation\"",
                "\"rule\" : \"untranslated-sentence\"", "\"rule\" : \"drifted-link\"",
                "\"rule\" : \"spaced-link-syntax\"", "\"sourceChange\" : {").containsPattern("\"fingerprint\" : \"[0-9a-f]+:2\"");
        assertThat(read(whole, "sarif")).contains("\"fixes\"");
        assertThat(read(whole, "text")).contains("Pages translated (missing pages by section)");
        assertThat(read(whole, "html")).contains("\"commit\":\"");
    }

    /** The command with its console report in text and every format also written to {@code dir}. */
    private static String[] withReports(Path dir, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("-o", dir.resolve("report.txt").toString()));
        for (String f : FORMATS) args.addAll(List.of("--report", f + "=" + dir.resolve("report." + f)));
        return args.toArray(String[]::new);
    }

    /** A report; the HTML one without the moment it was made, the one thing two runs may not share. */
    private static String read(Path dir, String format) throws IOException {
        String text = Files.readString(dir.resolve("report." + format), StandardCharsets.UTF_8);
        if (format.equals("text")) assertThat(text).isEqualTo(Files.readString(dir.resolve("report.txt")));
        return format.equals("html") ? text.replaceFirst("\"generated\":\"[^\"]+\"", "\"generated\":\"…\"") : text;
    }

    /**
     * A docs repository of {@code pages} source pages in three languages and four sections, in git with
     * a second commit that changes some sources (stale translations); translations that copy English,
     * drift a link, drop a paragraph, break a link's syntax (a fixable finding) or repeat one problem
     * twice; some missing, some orphaned.
     */
    static final class GeneratedSite {
        private static final List<String> LANGUAGES = List.of("de", "fr", "ja");
        private static final List<String> SECTIONS = List.of("", "guide/", "reference/", "reference/deep/");

        static Path write(Path root, int pages) throws IOException {
            Files.createDirectories(root);
            Files.writeString(root.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nlanguages: ["
                    + String.join(", ", LANGUAGES) + "]\n");
            for (int i = 0; i < pages; i++) {
                String path = SECTIONS.get(i % SECTIONS.size()) + "page-" + i + ".md";
                write(root.resolve("docs/" + path), source(i));
                for (String lang : LANGUAGES) {
                    if ((i + lang.length()) % 7 == 0) continue; // missing
                    write(root.resolve("i18n/" + lang + "/" + path), translation(i, lang));
                }
            }
            for (String lang : LANGUAGES) write(root.resolve("i18n/" + lang + "/guide/removed-page.md"),
                    "# Entfernt\n\nNiemand übersetzt mich.\n");
            SourceRepos.git(root, "init", "-q");
            SourceRepos.git(root, "add", ".");
            SourceRepos.git(root, "commit", "-q", "-m", "Pages");
            for (int i = 0; i < pages; i += 6) {
                Path page = root.resolve("docs/" + SECTIONS.get(i % SECTIONS.size()) + "page-" + i + ".md");
                Files.writeString(page, Files.readString(page) + "\nA paragraph added later.\n");
            }
            SourceRepos.git(root, "commit", "-q", "-am", "More text");
            return root;
        }

        private static String source(int i) {
            return "# Page " + i + "\n\nThis page explains topic " + i + " in detail. See [the guide](https://example.com/"
                    + i + ") and `code-" + i + "`.\n\n## Details\n\nThe second paragraph has more to say about it.\n\n"
                    + "- first item\n- second item\n\nThe last paragraph closes the page.\n";
        }

        private static String translation(int i, String lang) {
            String link = i % 5 == 2 ? "https://example.org/" + i : "https://example.com/" + i;
            String first = i % 5 == 4 ? "This page explains topic " + i + " in detail. See [the guide](" + link
                    + ") and `code-" + i + "`." : "Übersetzt " + lang + " Seite " + i + ". Siehe [den Leitfaden]"
                    + (i % 5 == 3 ? " (" : "(") + link + ") und `code-" + i + "`."
                    + (i % 5 == 3 ? " Noch einmal [den Leitfaden] (" + link + ")." : "");
            String second = i % 5 == 1 ? "" : "Der zweite Absatz sagt mehr darüber.\n\n";
            String last = i % 8 == 0 ? "The last paragraph closes the page.\n\nThe last paragraph closes the page.\n"
                    : "Der letzte Absatz schließt die Seite.\n";
            return "# Seite " + i + "\n\n" + first + "\n\n## Einzelheiten\n\n" + second
                    + "- erster Punkt\n- zweiter Punkt\n\n" + last;
        }

        private static void write(Path file, String text) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
