package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-run with nothing changed replays the last run's output (issue 20), and any change to what the
 * output is made from makes it afresh: a page, the config, the command's options, the baseline.
 */
class ReportMemoTest {
    @TempDir
    Path repo;

    private record Run(int code, String out, String err) {
    }

    private Run check(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = repo.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/de"));
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.writeString(repo.resolve("docs/page.md"), "# Title\n\n## Section\n\nSee [the site](https://a.example).\n");
        Files.writeString(repo.resolve("i18n/de/page.md"),
                "# Titel\n\n### Abschnitt\n\nSiehe [die Seite](https://b.example).\n");
        // Stamps taken within two seconds of a run are not trusted; these files are older.
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
            }
        }
    }

    private Path memo() {
        return repo.resolve(".lockstep-cache").resolve(ReportMemo.FILE);
    }

    @Test
    void aRerunWithNothingChangedPrintsWritesAndExitsAsTheRunBefore() throws IOException {
        Path report = repo.resolve("report.json");
        Run first = check("--format", "json", "--output", report.toString());
        byte[] written = Files.readAllBytes(report);
        assertThat(first.code()).isEqualTo(1);
        // The second run sees nothing new and keeps the memo; the third replays it.
        check("--format", "json", "--output", report.toString());
        assertThat(memo()).exists();
        Files.delete(report);

        Run again = check("--format", "json", "--output", report.toString());

        assertThat(again).isEqualTo(first);
        assertThat(report).hasBinaryContent(written);
    }

    @Test
    void aChangedPageIsCheckedAfresh() throws IOException {
        Run first = check();
        check();
        assertThat(memo()).exists();
        Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\n## Abschnitt\n\nSiehe [die Seite](https://a.example).\n");

        Run again = check();

        assertThat(first.code()).isEqualTo(1);
        assertThat(again.code()).isZero();
        assertThat(again.out()).doesNotContain("heading-level-mismatch").doesNotContain("drifted-link");
    }

    @Test
    void otherOptionsOrAnotherConfigMakeTheirOwnOutput() throws IOException {
        check();
        Run text = check();
        assertThat(text.out()).contains("error heading-level-mismatch");

        assertThat(check("--fail-on", "never").code()).isZero();
        assertThat(check("--format", "junit").out()).startsWith("<?xml");
        assertThat(check("--format", "sarif").out()).startsWith("{");

        Files.writeString(repo.resolve(".lockstep.yml"),
                "source: docs\ntranslations: i18n/{lang}\nrules:\n  heading-level-mismatch: off\n");
        assertThat(check().out()).doesNotContain("heading-level-mismatch");
    }

    @Test
    void aChangedBaselineIsReadAgain() throws IOException {
        Path baseline = repo.resolve("baseline.json");
        assertThat(Main.run(new String[] {"baseline", "--output", baseline.toString(), repo.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        check("--baseline", baseline.toString());
        assertThat(check("--baseline", baseline.toString()).code()).isZero();

        // The heading finding's fingerprint no longer listed: it is new again.
        String heading = Files.readString(baseline).replaceAll("(?s)(\"heading-level-mismatch\" : \\[\\s*\")[0-9a-f]+",
                "$100000000000000000000");
        assertThat(heading).contains("00000000000000000000");
        Files.writeString(baseline, heading);

        assertThat(check("--baseline", baseline.toString()).code()).isEqualTo(1);
    }

    @Test
    void withoutTheCacheNothingIsKept() {
        check("--no-cache");
        check("--no-cache");

        assertThat(memo()).doesNotExist();
    }
}
