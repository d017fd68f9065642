package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar lockstep.jar} on the JVM's defaults runs a site command in a second JVM with the
 * launcher's options; what the user sees (stdout, stderr, the exit code) is what the same run in one
 * JVM gives.
 */
class TunedJvmIT {
    private static final String MARK = "(run in a second JVM with the launcher's options";

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run java(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("lockstep.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        // The test's own JVM may have been given options through these; the runs here must not be.
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", TunedJvm.OPT_OUT)) {
            pb.environment().remove(variable);
        }
        pb.environment().putAll(env);
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Run(code, out, Files.readString(err));
    }

    @Test
    void aCheckOnTheJvmsDefaultsRunsInTheTunedJvmWithTheSameOutcome() throws Exception {
        String[] args = {"check", "fixtures/qubes", "--no-history", "--no-cache", "--fail-on", "warning"};
        Run tuned = java(List.of(), Map.of(), args);
        Run same = java(List.of(), Map.of(TunedJvm.OPT_OUT, "1"), args);
        assertThat(tuned.code()).isEqualTo(ExitCode.FINDINGS).isEqualTo(same.code());
        assertThat(tuned.out()).contains("admonition-syntax-mismatch").isEqualTo(same.out());
        assertThat(tuned.err()).isEqualTo(same.err());
    }

    @Test
    void timingsSayWhichJvmRanTheCheck() throws Exception {
        String[] args = {"check", "fixtures/qubes", "--no-history", "--no-cache", "--fail-on", "never", "--timings"};
        assertThat(java(List.of(), Map.of(), args).err()).contains(MARK);
        assertThat(java(List.of(), Map.of(TunedJvm.OPT_OUT, "1"), args).err()).doesNotContain(MARK);
        assertThat(java(List.of("-Xmx512m"), Map.of(), args).err()).doesNotContain(MARK);
        assertThat(java(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xss2m"), args).err()).doesNotContain(MARK);
    }

    @Test
    void aBlankOptionVariableIsNoOptionAndItsNoticeComesOnce() throws Exception {
        String[] args = {"check", "fixtures/qubes", "--no-history", "--no-cache", "--fail-on", "never", "--timings"};
        Run tuned = java(List.of(), Map.of("JAVA_TOOL_OPTIONS", " "), args);
        assertThat(tuned.err()).contains(MARK);
        assertThat(tuned.err().lines().filter(l -> l.startsWith("Picked up JAVA_TOOL_OPTIONS"))).hasSize(1);
    }

    @Test
    void badInputIsStillOneLineAndExitTwo() throws Exception {
        Run run = java(List.of(), Map.of(), "check", tmp.resolve("missing").toString());
        assertThat(run.code()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("lockstep: ").contains("missing"));
        assertThat(run.out()).isEmpty();
    }
}
