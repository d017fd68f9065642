package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lockstep with the built jar: the first run creates the class-data archive, later runs use it,
 * and a missing, stale or corrupt archive changes nothing on stdout (JSON must stay parseable).
 */
class LauncherIT {
    @TempDir
    Path cache;

    private record Run(int code, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bin/lockstep"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LOCKSTEP_CACHE", cache.toString());
        pb.environment().put("LOCKSTEP_JAR", System.getProperty("lockstep.jar"));
        Path err = Files.createTempFile(cache, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Run(code, out, Files.readString(err));
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void archiveIsCreatedOnceAndNeverChangesTheOutput() throws Exception {
        String[] args = {"check", "fixtures/qubes", "--fail-on", "never", "--format", "json"};
        Run first = launch(args);
        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("{\n");
        assertThat(archives()).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith("-check.jsa"));

        Run cached = launch(args);
        assertThat(cached.out()).isEqualTo(first.out());
        assertThat(cached.err()).isEmpty();

        Files.writeString(archives().get(0), "not an archive");
        Run corrupt = launch(args);
        assertThat(corrupt.code()).isZero();
        assertThat(corrupt.out()).isEqualTo(first.out());
    }

    @Test
    void aNewBuildsArchiveReplacesThoseOfEarlierBuildsOfTheSameJarOnly() throws Exception {
        String[] args = {"check", "fixtures/qubes", "--fail-on", "never"};
        launch(args);
        String current = archives().get(0).getFileName().toString();
        // lockstep-SIZE-MTIME-PATHSUM-COMMAND.jsa: an earlier build of this jar, another jar, another command.
        String[] parts = current.split("-", 5);
        Path earlierBuild = Files.writeString(cache.resolve("lockstep-1-2-" + parts[3] + "-check.jsa"), "old");
        Path otherJar = Files.writeString(cache.resolve("lockstep-1-2-999-check.jsa"), "other");
        Path otherCommand = Files.writeString(cache.resolve("lockstep-1-2-" + parts[3] + "-blocks.jsa"), "other");
        Files.delete(cache.resolve(current));

        launch(args);
        assertThat(archives()).extracting(a -> a.getFileName().toString())
                .containsExactlyInAnyOrder(current, otherJar.getFileName().toString(), otherCommand.getFileName().toString());
        assertThat(earlierBuild).doesNotExist();
    }

    @Test
    void preCommitThroughTheLauncherReportsFindingsAndExitCode() throws Exception {
        Run run = launch("pre-commit", "--dir", "fixtures/qubes", "--fail-on", "warning",
                "fixtures/qubes/i18n/ja/os/qubes-overview.md");
        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("i18n/ja/os/qubes-overview.md:13:1: warning admonition-syntax-mismatch")
                .contains("lockstep: failed: ").contains(" in the staged pages (--fail-on warning)");
    }

    /**
     * A re-run with nothing changed replays the output memo: through the launcher its stdout is written as
     * the stored bytes (not decoded and encoded again), which must be the bytes of the run that made it,
     * non-ASCII text included.
     */
    @Test
    void aRerunWithNothingChangedWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Path from = Path.of("fixtures", "qubes");
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = site.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                    // Stamps of files changed in the last two seconds are not kept (docs/performance.md).
                    Files.setLastModifiedTime(to, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
                }
            }
        }
        String[] args = {"check", site.toString(), "--no-history"};
        List<byte[]> outs = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(List.of("bin/lockstep", args[0], args[1], args[2]));
            pb.environment().put("LOCKSTEP_CACHE", cache.toString());
            pb.environment().put("LOCKSTEP_JAR", System.getProperty("lockstep.jar"));
            pb.environment().put("XDG_CACHE_HOME", tmp.resolve("home-cache").toString());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            outs.add(p.getInputStream().readAllBytes());
            codes.add(p.waitFor());
            // The second run finds every page stamped and keeps its output; the third replays it.
            if (i == 1) assertThat(site.resolve(".lockstep-cache").resolve(ReportMemo.FILE)).isRegularFile();
        }
        String text = new String(outs.get(0), StandardCharsets.UTF_8);
        assertThat(text).contains("i18n/ja/os/qubes-overview.md:13:1: warning");
        assertThat(text.chars()).anyMatch(c -> c > 127);
        assertThat(outs.get(1)).isEqualTo(outs.get(0));
        assertThat(outs.get(2)).isEqualTo(outs.get(0));
        assertThat(codes).containsOnly(ExitCode.FINDINGS);
    }

    @Test
    void onATerminalFindingsAreColouredAndNeverInAPipe() throws Exception {
        // `script` gives the launcher a pseudo-terminal for stdout and stderr, as an interactive shell would.
        String command = "bin/lockstep check fixtures/qubes --no-cache --fail-on never";
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("LOCKSTEP_CACHE", cache.toString());
        pb.environment().put("LOCKSTEP_JAR", System.getProperty("lockstep.jar"));
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        Process p = pb.start();
        p.getOutputStream().close();
        String terminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(terminal).contains("\u001b[1mi18n/ja/os/qubes-overview.md:13:1:\u001b[0m \u001b[33mwarning\u001b[0m");

        Run piped = launch("check", "fixtures/qubes", "--no-cache", "--fail-on", "never");
        assertThat(piped.out()).contains("i18n/ja/os/qubes-overview.md:13:1: warning").doesNotContain("\u001b");
        assertThat(piped.err()).doesNotContain("\u001b").doesNotContain("checking [");
    }
}
