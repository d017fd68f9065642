package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract: 0 clean, 1 findings at or above --fail-on, 2 usage/config/I/O error (one line). */
class CheckCommandTest {
    private static final Path QUBES = Path.of("fixtures", "qubes");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A dropped paragraph is a warning: below the default fail level (error), above --fail-on warning. */
    private static final Path WARNING_ONLY = Path.of("fixtures", "rules", "missing-block", "dropped-paragraph");

    @Test
    void exitsZeroWhenNothingReachesTheFailLevel() {
        Run r = run("check", WARNING_ONLY.toString(), "--no-cache");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("warning missing-block").contains("Checked 1 pair");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void exitsOneWhenFindingsReachTheFailLevel() {
        assertThat(run("check", WARNING_ONLY.toString(), "--no-cache", "--fail-on", "warning").code()).isEqualTo(1);
        assertThat(run("check", QUBES.toString(), "--no-cache").code()).isEqualTo(1); // the seeds have errors
    }

    @Test
    void failOnNeverNeverFails() {
        assertThat(run("check", QUBES.toString(), "--no-cache", "--fail-on", "never").code()).isZero();
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Run r = run("check", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("lockstep: ").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void badFailLevelIsAnError() {
        Run r = run("check", QUBES.toString(), "--fail-on", "sometimes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lockstep: --fail-on: unknown level 'sometimes' (expected error, warning, info or never)\n");
    }

    @Test
    void missingFolderIsAnError(@TempDir Path tmp) {
        Run r = run("check", tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("lockstep: ").contains("nope").endsWith("no such file or folder\n");
    }

    @Test
    void configErrorNamesFileLineAndKey(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nsourse: x\n");
        Run r = run("check", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(".lockstep.yml:3: unknown key 'sourse'");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void configWithWrongTypeNamesTheKey(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nlanguages: {ja: 1}\n");
        Run r = run("check", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(".lockstep.yml:3: languages must be a list of strings");
    }

    @Test
    void noLayoutAtAllIsExplained(@TempDir Path tmp) {
        Run r = run("check", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no layout");
    }

    @Test
    void jsonReportIsWrittenAtomicallyToOutput(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report.json");
        Run r = run("check", QUBES.toString(), "--no-cache", "--fail-on", "never", "--format", "json", "--output",
                report.toString());
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("files")).hasSize(4);
        JsonNode first = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("rule").asText().equals("admonition-syntax-mismatch")) {
                first = f;
                break;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("rule").asText()).isEqualTo("admonition-syntax-mismatch");
        assertThat(first.get("file").asText()).isEqualTo("i18n/ja/os/qubes-overview.md");
        assertThat(first.get("source").get("line").asInt()).isEqualTo(12);
        assertThat(first.get("details").get("sourceSyntax").asText()).isEqualTo("mkdocs");
        assertThat(first.get("details").get("translationSyntax").asText()).isEqualTo("html-details");
        assertThat(first.get("fingerprint").asText()).matches("[0-9a-f]{20}");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(report); // no temp file left behind
        }
    }

    @Test
    void outputIntoMissingFolderIsAnError(@TempDir Path tmp) {
        Run r = run("check", QUBES.toString(), "--format", "json", "--output", tmp.resolve("no/such/r.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("output folder does not exist\n");
    }

    @Test
    void rulesListsAndExplains() {
        Run list = run("rules");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("missing-block").contains("admonition-syntax-mismatch");
        Run explain = run("rules", "explain", "admonition-syntax-mismatch");
        assertThat(explain.out()).startsWith("# admonition-syntax-mismatch").contains("## What it does");
        Run unknown = run("rules", "explain", "no-such-rule");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("lockstep: rules explain: unknown rule 'no-such-rule' (see `lockstep rules`)\n");
    }

    @Test
    void unknownCommandsAndStrayArgumentsAreNamedPlainly() {
        Run command = run("frobnicate");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).startsWith("lockstep: unknown command 'frobnicate' (commands: check, rules");
        Run stray = run("check", QUBES.toString(), "extra");
        assertThat(stray.code()).isEqualTo(2);
        assertThat(stray.err()).isEqualTo("lockstep: check: unexpected argument 'extra' (see `lockstep check --help`)\n");
    }
}
