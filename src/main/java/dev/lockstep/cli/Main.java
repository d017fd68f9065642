package dev.lockstep.cli;

import dev.lockstep.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: subcommands are declared here, errors become one line on stderr and exit code 2. */
@Command(name = "lockstep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks translated Markdown documentation against its English source.",
        subcommands = {CheckCommand.class, RulesCommand.class, BlocksCommand.class, BaselineCommand.class,
                PreCommitCommand.class, InstallHookCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try `lockstep check`");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given writers; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("lockstep: " + e.getMessage());
            err.flush();
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                err.println("lockstep: " + e.getMessage());
            } else {
                // An unexpected failure is still one line, with enough to file a bug.
                err.println("lockstep: internal error: " + e + (e.getStackTrace().length > 0
                        ? " at " + e.getStackTrace()[0] : ""));
            }
            err.flush();
            return ExitCode.ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("lockstep: out of memory: raise -Xmx or lower limits.maxFileBytes (see docs/limits.md)");
            code = ExitCode.ERROR;
        } catch (RuntimeException | Error e) {
            // picocli rethrows Errors; they still become one line, never a stack trace.
            err.println("lockstep: internal error: " + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
            code = ExitCode.ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }
}
