package dev.lockstep.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a whole-site command in a second JVM with the launcher's options when {@code java -jar} started
 * Lockstep on the JVM's defaults. On those defaults a cold whole-site check spends most of its CPU time
 * compiling (C2 recompiles a broad body of hot code once per process) and takes about twice the time it
 * takes through {@code bin/lockstep} (docs/performance.md, "Cold {@code java -jar}"). A jar cannot choose
 * its JVM's options, but it can start a JVM that has them, as build tools start a single-use daemon when
 * the client's JVM does not fit. The cost is one more JVM start, about a tenth of a second, so only the
 * commands that check a site do it; and whoever gave the JVM any option of their own gets the JVM they
 * asked for.
 */
final class TunedJvm {
    /**
     * The launcher's JVM options (bin/lockstep, {@code opts}) but the class-data archive, which the
     * launcher manages in its cache folder. {@code TunedJvmTest} keeps the two lists the same.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx1g",
            "-Xlog:disable", "-Xlog:all=error:stderr");

    /** The system property that tells the second JVM it is one ({@code --timings} says so). */
    private static final String MARK = "lockstep.jvm";

    /** The commands whose runs read a whole site; the others are short and would only pay the start. */
    private static final Set<String> SITE_COMMANDS = Set.of("check", "fix", "baseline");

    /** Set to any value, Lockstep runs in the JVM it was started in. */
    static final String OPT_OUT = "LOCKSTEP_SAME_JVM";

    /** Environment variables through which the JVM takes options that {@code java}'s command line does not show. */
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private TunedJvm() {
    }

    /**
     * Whether a command line should run in a tuned JVM: a site command, no opt-out, and a JVM on its
     * defaults (no options on its command line or in the environment).
     *
     * @param jvmArguments the JVM's own arguments, asked only when the rest holds (it loads the management classes)
     */
    static boolean wanted(String[] args, Map<String, String> env, java.util.function.Supplier<List<String>> jvmArguments) {
        if (args.length == 0 || !SITE_COMMANDS.contains(args[0])) return false;
        if (env.containsKey(OPT_OUT)) return false;
        for (String variable : JVM_OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) return false;
        }
        return jvmArguments.get().isEmpty();
    }

    /** The second JVM's command line: this JVM's {@code java}, the options, this class path, Main and the arguments. */
    static List<String> commandLine(Path javaHome, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(OPTIONS);
        command.add("-D" + MARK + "=tuned");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** A line for {@code --timings} when this JVM is the second one, or null. */
    static String timingsLine() {
        return "tuned".equals(System.getProperty(MARK))
                ? "  (run in a second JVM with the launcher's options: the jar was started on the JVM's defaults)" : null;
    }

    /**
     * Runs the command line in a tuned JVM and returns its exit code, or -1 when it runs here: not
     * wanted, a class path that is not one jar, or no {@code java} that starts next to this one.
     */
    static int run(String[] args) {
        // The second JVM itself, or bin/lockstep's (which marks its JVM so that no management classes load to ask).
        if (System.getProperty(MARK) != null) return -1;
        if (!wanted(args, System.getenv(), () -> ManagementFactory.getRuntimeMXBean().getInputArguments())) return -1;
        Path javaHome = Path.of(System.getProperty("java.home"));
        String classPath = System.getProperty("java.class.path", "");
        try {
            // java -jar: the class path is the jar. Anything else (an IDE, a build tool) runs here.
            if (classPath.isEmpty() || !Files.isRegularFile(Path.of(classPath))) return -1;
        } catch (RuntimeException notAPath) {
            return -1;
        }
        ProcessBuilder builder = new ProcessBuilder(commandLine(javaHome, classPath, args)).inheritIO();
        // A blank option variable is no option, but the JVM would print its notice a second time.
        for (String variable : JVM_OPTION_VARIABLES) {
            String value = builder.environment().get(variable);
            if (value != null && value.isBlank()) builder.environment().remove(variable);
        }
        // Stopped from outside (Ctrl-C, SIGTERM: a CI job cancelled), this JVM stops the one it started and waits
        // for it to end. Registered before the start, so that no signal falls between the two.
        AtomicReference<Process> started = new AtomicReference<>();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started.get()), "lockstep-stop-child"));
        } catch (IllegalStateException shuttingDown) {
            return -1;
        }
        Process child;
        try {
            child = builder.start();
            started.set(child);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Only an exit ends the wait: the child owns the run now.
            }
        }
    }

    private static void stop(Process child) {
        if (child == null || !child.isAlive()) return;
        child.destroy();
        try {
            child.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
