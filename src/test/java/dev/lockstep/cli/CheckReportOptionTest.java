package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --report FORMAT=FILE}: extra reports next to the main output. */
class CheckReportOptionTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesEveryRequestedReportAndKeepsTextOnStdout() throws IOException {
        Path html = tmp.resolve("report.html");
        Path json = tmp.resolve("report.json");
        int code = run("check", "fixtures/qubes", "--fail-on", "never", "--report", "html=" + html, "--report",
                "json=" + json);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("admonition-syntax-mismatch", "Checked 4 pairs");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("id=\"lockstep-summary\"");
        assertThat(Files.readString(json)).contains("\"schemaVersion\" : 1");
    }

    @Test
    void htmlFormatToAFilePrintsTheSummary() throws IOException {
        Path html = tmp.resolve("report.html");
        assertThat(run("check", "fixtures/qubes", "--fail-on", "never", "--format", "html", "--output", html.toString()))
                .isZero();
        assertThat(out.toString().strip())
                .isEqualTo("Checked 4 pairs (1 source page, 4 languages): 6 errors, 123 warnings, 0 info.");
        assertThat(Files.readString(html)).contains("Content-Security-Policy");
    }

    @Test
    void aMalformedReportOptionIsAUsageError() {
        assertThat(run("check", "fixtures/qubes", "--report", "pdf=x.pdf")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "lockstep: --report: unknown format 'pdf' (expected text, json, sarif, github, junit, html)");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }
}
