package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** When {@code java -jar} starts a site command again in a JVM with the launcher's options, and how. */
class TunedJvmTest {
    private static final Supplier<List<String>> DEFAULTS = List::of;

    @Test
    void aSiteCommandOnTheJvmsDefaultsRunsInATunedJvm() {
        for (String command : List.of("check", "fix", "baseline")) {
            assertThat(TunedJvm.wanted(new String[] {command, "site"}, Map.of(), DEFAULTS)).as(command).isTrue();
        }
    }

    @Test
    void shortCommandsRunHereWithoutAskingTheJvm() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<List<String>> counting = () -> {
            asked.incrementAndGet();
            return List.of();
        };
        for (String[] args : List.of(new String[] {}, new String[] {"pre-commit", "a.md"}, new String[] {"rules"},
                new String[] {"blocks", "a.md"}, new String[] {"merge", "a.json"}, new String[] {"--version"})) {
            assertThat(TunedJvm.wanted(args, Map.of(), counting)).as(Arrays.toString(args)).isFalse();
        }
        assertThat(asked).hasValue(0);
    }

    @Test
    void anyJvmOptionOfTheUsersKeepsTheJvmTheyAskedFor() {
        String[] check = {"check", "site"};
        assertThat(TunedJvm.wanted(check, Map.of(), () -> List.of("-Xmx4g"))).isFalse();
        assertThat(TunedJvm.wanted(check, Map.of("JAVA_TOOL_OPTIONS", "-Xmx4g"), DEFAULTS)).isFalse();
        assertThat(TunedJvm.wanted(check, Map.of("JDK_JAVA_OPTIONS", "-XX:+UseZGC"), DEFAULTS)).isFalse();
        assertThat(TunedJvm.wanted(check, Map.of("_JAVA_OPTIONS", "-Xss4m"), DEFAULTS)).isFalse();
        // Set but empty is no option.
        assertThat(TunedJvm.wanted(check, Map.of("JAVA_TOOL_OPTIONS", " "), DEFAULTS)).isTrue();
    }

    @Test
    void theOptOutKeepsTheRunInThisJvm() {
        assertThat(TunedJvm.wanted(new String[] {"check"}, Map.of(TunedJvm.OPT_OUT, "1"), DEFAULTS)).isFalse();
    }

    @Test
    void theSecondJvmRunsMainWithTheSameArgumentsAndMarksItself() {
        List<String> command = TunedJvm.commandLine(Path.of("/opt/jdk"), "/x/lockstep.jar",
                new String[] {"check", "--format", "json", "a b"});
        List<String> expected = new ArrayList<>();
        expected.add(Path.of("/opt/jdk", "bin", "java").toString());
        expected.addAll(TunedJvm.OPTIONS);
        expected.addAll(List.of("-Dlockstep.jvm=tuned", "-cp", "/x/lockstep.jar", "dev.lockstep.cli.Main",
                "check", "--format", "json", "a b"));
        assertThat(command).isEqualTo(expected);
    }

    /** One list of options in two languages: the launcher's shell line and this class. */
    @Test
    void theOptionsAreTheLaunchersButTheClassDataArchive() throws IOException {
        String line = Files.readAllLines(Path.of("bin", "lockstep")).stream().filter(l -> l.startsWith("opts=\""))
                .findFirst().orElseThrow();
        List<String> launcher = new ArrayList<>(List.of(line.substring("opts=\"".length(), line.lastIndexOf('"')).split(" ")));
        assertThat(launcher).contains("-Xshare:auto", "-Dlockstep.jvm=launcher", "${LOCKSTEP_JAVA_OPTS:-}");
        launcher.removeAll(List.of("-Xshare:auto", "-Dlockstep.jvm=launcher", "${LOCKSTEP_JAVA_OPTS:-}"));
        assertThat(TunedJvm.OPTIONS).isEqualTo(launcher);
    }
}
