package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a CI log shows: past {@link TextReporter#AUTO_SUMMARY_THRESHOLD} findings the text output lists
 * one line per page and rule (findings that fail the check stay one per line) while JSON keeps every
 * finding; {@code --summary}, {@code --quiet} and {@code --min-severity} change what is printed.
 */
class OutputNoiseTest {
    /** Pages with more untranslated blocks together than the threshold, and one broken link each. */
    private static final int PAGES = 4;
    private static final int BLOCKS = TextReporter.AUTO_SUMMARY_THRESHOLD / PAGES + 10;

    @TempDir
    Path repo;

    private record Run(int code, String out, String err) {
    }

    private Run lockstep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void manyUntranslatedBlocks() throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/de"));
        for (int p = 0; p < PAGES; p++) {
            StringBuilder source = new StringBuilder("# Page " + p + "\n\nRead the [guide](https://example.org/guide).\n");
            StringBuilder german = new StringBuilder("# Seite " + p + "\n\nLesen Sie die [](https://example.org/guide).\n");
            for (int b = 0; b < BLOCKS; b++) {
                String english = "\nParagraph number " + b + " of page " + p + " explains why the settings matter.\n";
                source.append(english);
                german.append(english);
            }
            Files.writeString(repo.resolve("docs/p" + p + ".md"), source, StandardCharsets.UTF_8);
            Files.writeString(repo.resolve("i18n/de/p" + p + ".md"), german, StandardCharsets.UTF_8);
        }
    }

    @Test
    void pastTheThresholdTextSummarizesPerPageAndRuleAndListsErrorsInFull() throws IOException {
        Run run = lockstep("check", repo.toString(), "--no-cache");
        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out().lines().filter(l -> l.contains(" warning untranslated-sentence: ")))
                .hasSize(PAGES)
                // One line says how many, where, and what they are: the first one's message, cut short.
                .allMatch(l -> l.contains(": " + BLOCKS + " findings of this rule in this page (lines ")
                        && l.contains("), the first: sentence is still in English (source docs/p"));
        assertThat(run.out().lines().filter(l -> l.contains(" error empty-link-text: ")))
                .hasSize(PAGES)
                .allMatch(l -> l.contains("the link to https://example.org/guide has no text"));
        assertThat(run.out()).contains("(" + PAGES * (BLOCKS + 1) + " findings: those at or above error are listed "
                + "one per line, the others one line per page and rule; every finding: --summary=never or --format json)");

        Path json = repo.resolve("report.json");
        assertThat(lockstep("check", repo.toString(), "--no-cache", "--format", "json", "-o", json.toString()).code())
                .isEqualTo(ExitCode.FINDINGS);
        JsonNode findings = new ObjectMapper().readTree(json.toFile()).get("findings");
        assertThat(findings).hasSize(PAGES * (BLOCKS + 1));
    }

    @Test
    void summaryNeverListsEveryFindingAndAlwaysSummarizesASmallRun() {
        Run full = lockstep("check", repo.toString(), "--no-cache", "--summary=never");
        assertThat(full.out().lines().filter(l -> l.contains(" warning untranslated-sentence: "))).hasSize(PAGES * BLOCKS);

        Run one = lockstep("check", repo.toString(), "--no-cache", "--summary=always", "--fail-on", "never",
                "--lang", "de");
        // With --fail-on never nothing fails the check: errors are summarized too (one each, so shown as is).
        assertThat(one.out().lines().filter(l -> l.startsWith("i18n/"))).hasSize(2 * PAGES);
        assertThat(one.out().lines().filter(l -> l.contains(": " + BLOCKS + " findings of this rule in this page (")))
                .hasSize(PAGES);
    }

    @Test
    void quietPrintsFindingsOnlyAndMinSeverityDropsTheRestFromOutputAndExitCode() {
        Run quiet = lockstep("check", repo.toString(), "--no-cache", "--quiet", "--min-severity", "error");
        assertThat(quiet.out().lines()).hasSize(PAGES).allMatch(l -> l.contains(" error empty-link-text: "));
        assertThat(quiet.code()).isEqualTo(ExitCode.FINDINGS);

        Run warnings = lockstep("check", repo.toString(), "--no-cache", "--min-severity", "error", "--fail-on", "warning");
        assertThat(warnings.out()).doesNotContain("untranslated-sentence").contains(PAGES + " errors, 0 warnings, 0 info.");
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        Run summary = lockstep("check", repo.toString(), "--summary=sometimes");
        assertThat(summary.code()).isEqualTo(ExitCode.ERROR);
        assertThat(summary.err()).isEqualTo("lockstep: --summary: unknown value 'sometimes' (expected auto, always or never)\n");
        Run severity = lockstep("check", repo.toString(), "--min-severity", "loud");
        assertThat(severity.code()).isEqualTo(ExitCode.ERROR);
        assertThat(severity.err()).startsWith("lockstep: --min-severity: unknown level 'loud'");
    }

    @Test
    void aPathTheFileSystemRefusesIsAOneLineErrorNamingIt() {
        Run check = lockstep("check", "docs\u0000fr");
        assertThat(check.code()).isEqualTo(ExitCode.ERROR);
        assertThat(check.err()).startsWith("lockstep: not a valid path 'docs").doesNotContain("internal error", "\tat ");
        assertThat(check.err().lines()).hasSize(1);
    }
}
