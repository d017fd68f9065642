package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.report.TerminalText;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: subcommands are declared here, errors become one line on stderr and exit code 2. */
@Command(name = "lockstep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks translated Markdown documentation against its English source.")
public final class Main implements Runnable {
    /**
     * Every subcommand by name. Only the one being run is given to picocli, which would otherwise
     * reflect over all of them at start-up (a fifth of a pre-commit hook's time). Made on first use: the
     * command lines read without picocli need none of them (nine lambdas linked and classes loaded).
     */
    private static final class Commands {
        static final Map<String, Supplier<Object>> ALL = commands();
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("blocks", BlocksCommand::new);
        m.put("baseline", BaselineCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("fix", FixCommand::new);
        m.put("pre-commit", PreCommitCommand::new);
        m.put("install-hook", InstallHookCommand::new);
        m.put("init", InitCommand::new);
        return m;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bare {@code lockstep}: the help, which lists the commands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int tuned = TunedJvm.run(args);
        if (tuned >= 0) System.exit(tuned);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.out));
    }

    /** Runs a command line with the given writers; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** @param rawOut the stream {@code out} writes to in the default charset, or null */
    private static int run(String[] args, PrintWriter out, PrintWriter err, PrintStream rawOut) {
        IntSupplier quick;
        try {
            // Parsing can fail too (Path.of on a name the file system refuses): one line, never a trace.
            quick = quickParse(args, out, err, rawOut);
        } catch (RuntimeException e) {
            quick = () -> { throw e; };
        }
        if (quick != null) {
            int code;
            try {
                code = quick.getAsInt();
            } catch (RuntimeException | Error e) {
                err.println(oneLine(e));
                code = ExitCode.ERROR;
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> only = args.length > 0 ? Commands.ALL.get(args[0]) : null;
        if (only != null) {
            cli.addSubcommand(only.get());
        } else {
            Commands.ALL.values().forEach(c -> cli.addSubcommand(c.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("lockstep: " + usageProblem(e));
            err.flush();
            return ExitCode.ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(oneLine(e));
            err.flush();
            return ExitCode.ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli rethrows Errors; they still become one line, never a stack trace.
            err.println(oneLine(e));
            code = ExitCode.ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The run of a usual hook or check command line, parsed without picocli (QuickArgs), or null for
     * picocli to parse. Failures then end as picocli's execution exception handler ends them.
     */
    private static IntSupplier quickParse(String[] args, PrintWriter out, PrintWriter err, PrintStream rawOut) {
        if (args.length == 0) return null;
        List<String> rest = List.of(args).subList(1, args.length);
        if (args[0].equals("pre-commit")) {
            PreCommitCommand hook = PreCommitCommand.quickParse(rest);
            return hook == null ? null : () -> hook.run(out);
        }
        if (args[0].equals("check")) {
            CheckCommand check = CheckCommand.quickParse(rest);
            if (check == null) return null;
            check.rawOut = rawOut;
            return () -> check.run(out, err, List.of(args));
        }
        return null;
    }

    /** What any failure of a command prints: one line, whatever was thrown. */
    private static String oneLine(Throwable e) {
        if (e instanceof UserError u) return "lockstep: " + TerminalText.safe(shown(u));
        if (e instanceof OutOfMemoryError) {
            return "lockstep: out of memory: raise the heap (bin/lockstep: LOCKSTEP_JAVA_OPTS=-Xmx2g; java -jar: java -Xmx2g -jar …) or lower limits.maxFileBytes (see docs/limits.md)";
        }
        if (e instanceof InvalidPathException p) {
            return "lockstep: not a valid path '" + TerminalText.safe(p.getInput()) + "': " + TerminalText.safe(p.getReason());
        }
        if (e instanceof StackOverflowError) return "lockstep: input nested too deeply (see docs/limits.md)";
        return internalError(e);
    }

    /**
     * A user error as the user reads it: a file below the current folder by its path from there
     * ({@code .lockstep.yml:1}, {@code site/crowdin.yml:3}), as compilers name files; any other place as it is.
     */
    static String shown(UserError e) {
        String here = java.nio.file.Path.of("").toAbsolutePath() + java.io.File.separator;
        String where = e.where();
        return where.startsWith(here) && where.length() > here.length() && e.getMessage().startsWith(where)
                ? e.getMessage().substring(here.length()) : e.getMessage();
    }

    /** An unexpected failure is still one line, with enough to file a bug. */
    private static String internalError(Throwable e) {
        return "lockstep: internal error: " + TerminalText.safe(String.valueOf(e)) + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "");
    }

    /** picocli's message, or a plainer one where picocli speaks of argument indexes. */
    private static String usageProblem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            CommandLine command = e.getCommandLine();
            if (command.getParent() == null && !word.startsWith("-")) {
                return "unknown command '" + word + "' (commands: " + String.join(", ", Commands.ALL.keySet()) + ")";
            }
            return (command.getParent() == null ? "" : command.getCommandName() + ": ") + "unexpected argument '"
                    + word + "' (see `lockstep " + (command.getParent() == null ? "" : command.getCommandName() + " ")
                    + "--help`)";
        }
        return e.getMessage();
    }
}
