package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PageListener;
import dev.lockstep.cli.Main;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lockstep runs on untrusted translation PRs: every hostile input ends in a finding or a one-line
 * error, never a stack trace, a hang or a file written where nobody asked (docs/limits.md).
 */
class HostileInputTest {
    private static final String SOURCE = "# Title\n\nFirst paragraph with a [link](https://example.org/a).\n\n"
            + "## Section\n\nSecond paragraph.\n";
    private static final String TRANSLATION = "# Titel\n\nErster Absatz mit einem [Link](https://example.org/a).\n\n"
            + "## Abschnitt\n\nZweiter Absatz.\n";

    @TempDir
    Path repo;

    private void layout() throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/de"));
    }

    private void pair(String name, String source, byte[] translation) throws IOException {
        layout();
        Files.writeString(repo.resolve("docs").resolve(name), source);
        Files.write(repo.resolve("i18n/de").resolve(name), translation);
    }

    private List<Finding> check() {
        return Fixtures.check(repo, rule -> true).findings();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    // Encoding

    @Test
    void invalidUtf8IsAFindingAtTheBadBytesLineAndColumnWithItsOffset() throws IOException {
        byte[] bytes = "# Titel\n\nAbsatz \u00e4".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3; // a lead byte …
        broken[bytes.length + 1] = (byte) 0x28; // … followed by no continuation byte
        pair("page.md", SOURCE, broken);
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unreadable-file");
            // The cause and what to do about it.
            assertThat(f.message()).isEqualTo("not valid UTF-8 (byte offset " + bytes.length + "): it was saved in "
                    + "another encoding; save it as UTF-8 without a byte order mark");
            // Line 3, after "Absatz ä": seven characters (eight bytes), so an editor opens it at the bad byte.
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo(9);
        });
    }

    @Test
    void aByteOrderMarkChangesNothing() throws IOException {
        pair("page.md", SOURCE, TRANSLATION.replace("Zweiter Absatz.\n", "").getBytes(StandardCharsets.UTF_8));
        List<String> plain = Fixtures.lines(Fixtures.check(repo, rule -> true)).lines().toList();
        byte[] text = TRANSLATION.replace("Zweiter Absatz.\n", "").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(repo.resolve("i18n/de/page.md"), withBom);
        assertThat(Fixtures.lines(Fixtures.check(repo, rule -> true)).lines().toList()).isEqualTo(plain).isNotEmpty();
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        String expected = Fixtures.lines(Fixtures.check(repo, rule -> true));
        Files.write(repo.resolve("i18n/de/page.md"), TRANSLATION.getBytes(StandardCharsets.UTF_16)); // BE with BOM
        assertThat(Fixtures.lines(Fixtures.check(repo, rule -> true))).isEqualTo(expected);
        byte[] le = TRANSLATION.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        Files.write(repo.resolve("i18n/de/page.md"), withBom);
        assertThat(Fixtures.lines(Fixtures.check(repo, rule -> true))).isEqualTo(expected);
    }

    @Test
    void crlfAndLoneCrKeepLineNumbersRight() throws IOException {
        String dropped = TRANSLATION.replace("## Abschnitt\n\nZweiter Absatz.\n", "## Abschnitt\n");
        pair("page.md", SOURCE, dropped.getBytes(StandardCharsets.UTF_8));
        String lf = Fixtures.lines(Fixtures.check(repo, rule -> true));
        assertThat(lf).contains("i18n/de/page.md:5:1: warning missing-block");
        Files.writeString(repo.resolve("i18n/de/page.md"), dropped.replace("\n", "\r\n"));
        assertThat(Fixtures.lines(Fixtures.check(repo, rule -> true))).isEqualTo(lf);
        Files.writeString(repo.resolve("i18n/de/page.md"), dropped.replace("\n", "\r"));
        assertThat(Fixtures.lines(Fixtures.check(repo, rule -> true))).isEqualTo(lf);
    }

    @Test
    void nulBytesAndBinaryFilesAreUnreadableFindings() throws IOException {
        pair("page.md", SOURCE, "# Titel\u0000\n".getBytes(StandardCharsets.UTF_8));
        pair("image.md", SOURCE, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        List<Finding> findings = check();
        assertThat(findings).extracting(Finding::file, Finding::rule, Finding::message, Finding::line, Finding::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("i18n/de/image.md", "unreadable-file",
                                "binary file (NUL byte at offset 8" + NOT_TEXT, 3, 1),
                        org.assertj.core.groups.Tuple.tuple("i18n/de/page.md", "unreadable-file",
                                "binary file (NUL byte at offset 7" + NOT_TEXT, 1, 8));
    }

    private static final String NOT_TEXT = "): a page must be text; save it as UTF-8, or if it is not a page, exclude it "
            + "(`exclude:` in .lockstep.yml)";

    @Test
    void aUtf16MarkInFrontOfUtf8TextIsAnUnreadableFindingThatSaysSo() throws IOException {
        byte[] utf8 = TRANSLATION.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf8, 0, marked, 2, utf8.length);
        pair("page.md", SOURCE, marked);
        assertThat(check()).extracting(Finding::rule, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unreadable-file", "a UTF-16 byte order mark in front of 8-bit text "
                        + "(UTF-8 or ASCII): read as UTF-16 it is garbage; save it as UTF-8 without the mark"));
    }

    // Size and shape

    @Test
    void anEmptyTranslationIsOneMissingRun() throws IOException {
        pair("page.md", SOURCE, new byte[0]);
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-block");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.details()).containsEntry("blocks", 4);
        });
    }

    @Test
    void aFiftyMegabyteFileIsSkippedWithoutReadingIt() throws IOException {
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        try (var file = new java.io.RandomAccessFile(repo.resolve("i18n/de/page.md").toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to the test machine's disk
        }
        assertThat(check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("skipped-file");
            assertThat(f.message()).isEqualTo("skipped: too large (50.0 MB > 10.0 MB limit, see limits.maxFileBytes)");
        });
    }

    @Test
    void aFiveMegabyteLineIsSkipped() throws IOException {
        pair("page.md", SOURCE, ("# Titel\n\n" + "wort ".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(check()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("skipped: line 3 has 5,000,000 characters (limit 20,000, limits.maxLineChars)"));
    }

    @Test
    void deepNestingIsSkippedNotARecursionCrash() throws IOException {
        pair("quotes.md", SOURCE, (">".repeat(10_000) + " tief\n").getBytes(StandardCharsets.UTF_8));
        pair("lists.md", SOURCE, ("- ".repeat(9_000) + "Punkt\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 200; i++) indented.append("  ".repeat(i)).append("- Punkt\n");
        pair("indented.md", SOURCE, indented.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(check()).extracting(Finding::file, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i18n/de/indented.md",
                        "skipped: line 51 is nested 51 levels deep (limit 50, limits.maxNesting)"),
                org.assertj.core.groups.Tuple.tuple("i18n/de/lists.md",
                        "skipped: line 1 is nested 9000 levels deep (limit 50, limits.maxNesting)"),
                org.assertj.core.groups.Tuple.tuple("i18n/de/quotes.md",
                        "skipped: line 1 is nested 10000 levels deep (limit 50, limits.maxNesting)"));
    }

    @Test
    void aHundredThousandLinksInOneParagraphAreSkipped() throws IOException {
        StringBuilder oneLine = new StringBuilder();
        StringBuilder manyLines = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            oneLine.append("[l").append(i).append("](https://e.org/").append(i).append(") ");
            manyLines.append("[l").append(i).append("](https://e.org/").append(i).append(")\n");
        }
        pair("one-line.md", SOURCE, oneLine.toString().getBytes(StandardCharsets.UTF_8));
        pair("many-lines.md", SOURCE, manyLines.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(check()).extracting(Finding::file, Finding::rule, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i18n/de/many-lines.md", "skipped-file",
                        "skipped: the block ending on line " + firstOverflowLine() + " has over 32,768 characters "
                                + "without a blank line (limits.maxBlockChars)"),
                org.assertj.core.groups.Tuple.tuple("i18n/de/one-line.md", "skipped-file",
                        String.format(java.util.Locale.ROOT, "skipped: line 1 has %,d characters (limit 20,000, "
                                + "limits.maxLineChars)", oneLine.length())));
    }

    /** The line on which the many-lines page's only block first exceeds 32,768 characters. */
    private static int firstOverflowLine() {
        int total = 0;
        for (int i = 0; ; i++) {
            total += ("[l" + i + "](https://e.org/" + i + ")\n").length();
            if (total > 32_768) return i + 1;
        }
    }

    @Test
    void aTableWithTenThousandColumnsIsSkippedAndAThousandAreChecked() throws IOException {
        String wide = "|" + "c|".repeat(10_000) + "\n|" + "-|".repeat(10_000) + "\n|" + "x|".repeat(10_000) + "\n";
        String thousand = "|" + "c|".repeat(1_000) + "\n|" + "-|".repeat(1_000) + "\n|" + "x|".repeat(1_000) + "\n";
        pair("wide.md", wide, wide.getBytes(StandardCharsets.UTF_8));
        pair("thousand.md", thousand, thousand.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = check();
        assertThat(findings).extracting(Finding::file, Finding::rule).contains(
                org.assertj.core.groups.Tuple.tuple("docs/wide.md", "skipped-file"));
        assertThat(findings).noneMatch(f -> f.file().contains("thousand"));
    }

    @Test
    void unclosedConstructsEndAtTheEndOfTheFile() throws IOException {
        String source = "# T\n\n<details class=\"note\" markdown>\n<summary>S</summary>\n\nBody.\n\n</details>\n\n"
                + "!!! note\n\n    Body.\n\n```sh\nls\n```\n";
        String broken = "# T\n\n<details class=\"note\" markdown>\n<summary>S</summary>\n\nInhalt.\n\n"
                + "!!! note\n\n```sh\nls\n";
        pair("page.md", source, broken.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = check();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.line()).isBetween(1, 11));
        assertThat(rules(findings)).doesNotContain("unreadable-file", "skipped-file");
    }

    // Front matter and config

    @Test
    void billionLaughsInFrontMatterIsAFindingNotAnExplosion() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        yaml.append("title: Titel\n---\n");
        pair("page.md", "---\ntitle: Title\n---\n" + SOURCE, (yaml + TRANSLATION).getBytes(StandardCharsets.UTF_8));
        assertThat(check()).extracting(Finding::rule).contains("invalid-front-matter");
    }

    @Test
    void unknownTagsAreInertDuplicateKeysAndDeepNestingAreFindings() throws IOException {
        String tagged = "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://127.0.0.1/x\"]]]]\n---\n" + TRANSLATION;
        pair("tag.md", SOURCE, tagged.getBytes(StandardCharsets.UTF_8));
        pair("dup.md", SOURCE, ("---\ntitle: A\ntitle: B\n---\n" + TRANSLATION).getBytes(StandardCharsets.UTF_8));
        pair("deep.md", SOURCE, ("---\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n" + TRANSLATION)
                .getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = check().stream().filter(f -> f.rule().equals("invalid-front-matter")).toList();
        assertThat(findings).extracting(Finding::file, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i18n/de/deep.md",
                        "invalid front matter: Nesting Depth exceeded max 50"),
                org.assertj.core.groups.Tuple.tuple("i18n/de/dup.md", "invalid front matter: duplicate key title"),
                // SnakeYAML 2 refuses global tags while composing: nothing is ever constructed from them.
                org.assertj.core.groups.Tuple.tuple("i18n/de/tag.md", "invalid front matter: Global tag is not allowed: "
                        + "tag:yaml.org,2002:javax.script.ScriptEngineManager"));
    }

    @Test
    void aHostileConfigIsAOneLineError() throws IOException {
        layout();
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n"
                + "glossary: &a [x, x, x, x, x, x, x, x, x, x]\nrules: {a: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a],"
                + " b: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}\n");
        Run r = cli("check", repo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("lockstep: ").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void oddCrowdinPatternsAreExplained() throws IOException {
        Files.writeString(repo.resolve("crowdin.yml"), "files:\n  - source: /../../etc/**/*.md\n"
                + "    translation: /i18n/%two_letters_code%/**/%original_file_name%\n  - source: /docs/*.md\n"
                + "    translation: /docs/%file_name%.md\n");
        Run r = cli("check", repo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lockstep: " + repo.resolve("crowdin.yml") + ":2: no 'files' entry maps a "
                + "Markdown source tree to translations: source '/../../etc/**/*.md' points outside the folder\n");
    }

    // Files

    @Test
    void aLayoutThatEscapesTheFolderIsRefused() throws IOException {
        layout();
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: ../../etc/{lang}\n");
        Files.writeString(repo.resolve("docs/page.md"), SOURCE);
        Run r = cli("check", repo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lockstep: " + repo.resolve(".lockstep.yml") + ":2: translations "
                + "'../../etc/{lang}/{path}' points outside " + repo + "\n");
    }

    @Test
    void symlinksAreNotFollowedOutsideOrInLoops(@TempDir Path outside) throws IOException {
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        Files.writeString(outside.resolve("secret.md"), "# Secret\n\nOutside the repository.\n");
        Files.createSymbolicLink(repo.resolve("docs/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(repo.resolve("i18n/de/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(repo.resolve("docs/loop"), repo.resolve("docs"));
        Files.createSymbolicLink(repo.resolve("i18n/de/out"), outside);
        CheckResult result = Fixtures.check(repo, rule -> true);
        assertThat(result.pairs()).extracting(p -> p.pair().translation()).containsExactly("i18n/de/page.md");
        assertThat(result.findings()).noneMatch(f -> f.file().contains("secret") || f.file().contains("loop"));
    }

    @Test
    void anUnreadableFileIsAFinding() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        repo.resolve("i18n/de/page.md").toFile().setReadable(false);
        assertThat(check()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("permission denied: let the user running lockstep read it"));
    }

    @Test
    void anUnreadableFolderBesideTheSiteIsNotTheSitesProblem(@TempDir Path parent) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path secret = Files.createDirectories(parent.resolve("secret"));
        Path site = parent.resolve("site");
        Files.createDirectories(site.resolve("docs"));
        Files.createDirectories(site.resolve("i18n/fr"));
        Files.writeString(site.resolve("docs/a.md"), SOURCE);
        Files.writeString(site.resolve("i18n/fr/a.md"), TRANSLATION);
        secret.toFile().setReadable(false);
        try {
            assertThat(ConfigLoader.locateSite(site).root()).isEqualTo(site);
        } finally {
            secret.toFile().setReadable(true);
        }
    }

    @Test
    void aFileThatDisappearsDuringTheRunIsAFinding() throws IOException {
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(repo.resolve("i18n/fr"));
        Files.writeString(repo.resolve("i18n/fr/page.md"), TRANSLATION);
        Config config = ConfigLoader.load(repo, null, ConfigLoader.Overrides.NONE);
        AtomicBoolean deleted = new AtomicBoolean();
        PageListener deleteTheNext = (page, findings) -> {
            if (deleted.compareAndSet(false, true)) {
                try {
                    Files.delete(repo.resolve("i18n/fr/page.md"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        CheckResult result = Lockstep.builder(repo).config(config).threads(1).listener(deleteTheNext).build().run();
        assertThat(result.findings()).extracting(Finding::file, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple("i18n/fr/page.md", "file disappeared while checking: check again"));
    }

    @Test
    void tenThousandLanguageFoldersAreHandled() throws IOException {
        // Every page required, so that each empty language folder is a missing-translation finding.
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n"
                + "rules:\n  missing-translation:\n    pages: [\"**\"]\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("docs/page.md"), SOURCE);
        for (int i = 0; i < 10_000; i++) {
            Files.createDirectories(repo.resolve("i18n").resolve("l" + (char) ('a' + i % 26) + "-x" + i));
        }
        CheckResult result = Fixtures.check(repo, rule -> true);
        assertThat(result.discovery().languages()).hasSize(10_000);
        // Missing pages count in the coverage tables, not as findings (missing-translation's pages option).
        assertThat(result.discovery().missing()).hasSize(10_000);
    }

    @Test
    void nonAsciiAndSpacedPathsWork() throws IOException {
        layout();
        Path dir = Files.createDirectories(repo.resolve("docs/über uns"));
        Files.writeString(dir.resolve("qubes übersicht.md"), SOURCE);
        Path translated = Files.createDirectories(repo.resolve("i18n/de/über uns"));
        Files.writeString(translated.resolve("qubes übersicht.md"), TRANSLATION.replace("Zweiter Absatz.\n", ""));
        Run r = cli("check", repo.toString(), "--no-cache", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"file\" : \"i18n/de/über uns/qubes übersicht.md\"");
    }

    // Output and determinism

    @Test
    void reportsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path qubes = Fixtures.ROOT.resolve("qubes");
        List<String> outputs = new ArrayList<>();
        for (String threads : new String[] {"1", "4", "1", "3"}) {
            for (String format : new String[] {"json", "sarif"}) {
                Path out = repo.resolve(format + threads + ".out");
                Run r = cli("check", qubes.toString(), "--no-cache", "--fail-on", "never", "--threads", threads,
                        "--format", format, "--output", out.toString());
                assertThat(r.code()).isZero();
                outputs.add(format + ":" + Files.readString(out));
            }
        }
        assertThat(outputs.subList(2, 8)).containsExactly(outputs.get(0), outputs.get(1), outputs.get(0),
                outputs.get(1), outputs.get(0), outputs.get(1));
    }

    @Test
    void nothingIsWrittenOutsideTheAskedOutputsWithNoCache() throws IOException {
        pair("page.md", SOURCE, TRANSLATION.getBytes(StandardCharsets.UTF_8));
        List<Path> before;
        try (var walk = Files.walk(repo)) {
            before = walk.sorted().toList();
        }
        Run r = cli("check", repo.toString(), "--no-cache");
        assertThat(r.code()).isZero();
        try (var walk = Files.walk(repo)) {
            assertThat(walk.sorted().toList()).isEqualTo(before);
        }
    }
}
