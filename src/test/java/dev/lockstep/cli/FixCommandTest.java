package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lockstep fix`: what it changes, what it refuses, and how it says so. */
class FixCommandTest {
    private static final Path QUBES = Path.of("fixtures", "qubes");
    private static final String JA = "i18n/ja/os/qubes-overview.md";

    private static Path copyOfSeeds(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(QUBES)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(QUBES.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dir;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);
        String before = read(dir.resolve(JA));

        Run r = CheckCommandTest.run("fix", "--dry-run", dir.toString());

        assertThat(r.out()).startsWith("--- a/" + JA + "\n+++ b/" + JA + "\n@@ ")
                .contains("-Qubes uses [compartmentalization](https://qubes-os.org/intro)")
                .contains("+Qubes uses [compartmentalization](https://www.qubes-os.org/intro/)");
        assertThat(r.err()).startsWith("Would fix ");
        assertThat(read(dir.resolve(JA))).isEqualTo(before);
    }

    @Test
    void fixRewritesTheTranslationsAndASecondRunFindsNothingToFix(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);

        Run first = CheckCommandTest.run("fix", dir.toString(), "--fail-on", "never");
        Run second = CheckCommandTest.run("fix", "--dry-run", dir.toString(), "--fail-on", "never");

        assertThat(first.code()).isZero();
        assertThat(first.out()).matches("(?s)Fixed \\d+ findings in 3 files\\.\\n");
        assertThat(read(dir.resolve(JA))).contains("(https://www.qubes-os.org/intro/)")
                .contains("??? \"Qubes do not have their own filesystems.\"\n\n    You can");
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).isEqualTo("Would fix 0 findings in 0 files.\n");
    }

    @Test
    void ruleOptionTakesOnlyThatRulesFixes(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);

        CheckCommandTest.run("fix", dir.toString(), "--rule", "drifted-link", "--fail-on", "never");

        assertThat(read(dir.resolve(JA))).contains("(https://www.qubes-os.org/intro/)")
                .contains("<summary>Qubes do not have their own filesystems.</summary>");
    }

    @Test
    void aPathFixesOnlyThatTranslation(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);
        String ru = read(dir.resolve("i18n/ru/os/qubes-overview.md"));

        Run r = CheckCommandTest.run("fix", dir.resolve(JA).toString(), "--fail-on", "never");

        assertThat(r.out()).startsWith("Fixed ").contains(" in 1 file.");
        assertThat(read(dir.resolve(JA))).contains("(https://www.qubes-os.org/intro/)");
        assertThat(read(dir.resolve("i18n/ru/os/qubes-overview.md"))).isEqualTo(ru);
    }

    @Test
    void unknownOrUnfixableRulesAreUsageErrors(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);

        Run unknown = CheckCommandTest.run("fix", dir.toString(), "--rule", "no-such-rule");
        Run prose = CheckCommandTest.run("fix", dir.toString(), "--rule", "untranslated-sentence");

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("lockstep: --rule: unknown rule 'no-such-rule' (see `lockstep rules`)\n");
        assertThat(prose.code()).isEqualTo(2);
        assertThat(prose.err()).startsWith("lockstep: --rule: untranslated-sentence has no automatic fix (fixable: ")
                .contains("drifted-link");
    }

    @Test
    void exitCodeFollowsWhatIsLeftAfterFixing(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);
        // The seeds keep an empty link text (an error no fix can write: it needs words).
        assertThat(CheckCommandTest.run("fix", dir.toString()).code()).isEqualTo(1);
        assertThat(CheckCommandTest.run("fix", dir.toString(), "--fail-on", "never").code()).isZero();
    }

    @Test
    void translationsFromAPlatformGetTheListOfChangesToMakeThere(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);
        Files.writeString(dir.resolve("crowdin.yml"), "files:\n  - source: /docs/**/*.md\n"
                + "    translation: /i18n/%two_letters_code%/**/%original_file_name%\n");

        Run r = CheckCommandTest.run("fix", dir.toString(), "--fail-on", "never");

        assertThat(r.out()).contains("These translations come from Crowdin: its next export overwrites the files")
                .contains("  ja\t" + JA + ":11\tdrifted-link\thttps://qubes-os.org/intro → https://www.qubes-os.org/intro/");
    }

    @Test
    void lineEndingsAndByteOrderMarkAreKept(@TempDir Path dir) throws IOException {
        copyOfSeeds(dir);
        Path ja = dir.resolve(JA);
        Files.writeString(ja, "\uFEFF" + read(ja).replace("\n", "\r\n"), StandardCharsets.UTF_8);

        CheckCommandTest.run("fix", dir.toString(), "--rule", "drifted-link", "--fail-on", "never");

        String fixed = read(ja);
        assertThat(fixed).startsWith("\uFEFF").contains("(https://www.qubes-os.org/intro/)");
        assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
    }
}
