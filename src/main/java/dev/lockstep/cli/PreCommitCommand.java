package dev.lockstep.cli;

import dev.lockstep.check.Baseline;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.discover.Git;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The pre-commit hook: checks only the pages being committed (a translated page against its source, a
 * source page against all its translations). Never goes online.
 */
@Command(name = "pre-commit", mixinStandardHelpOptions = true,
        description = "Check the given (or the staged) files: each translated page against its source, each source "
                + "page against all its translations.")
final class PreCommitCommand implements Callable<Integer> {
    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

    @Mixin
    RepoOptions repo;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files being committed (paths relative to the "
            + "current folder); pre-commit passes them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--staged", description = "Check what `git diff --cached` lists instead of FILE arguments")
    boolean staged;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in this baseline")
    Path baseline;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /**
     * The hook's usual command lines (the options below, then file names) parsed without picocli, whose
     * start-up (reflection over classes too old for the class-data archive) is a third of a hook run.
     * Returns null for anything else (help, version, unknown options, missing values), which picocli
     * then handles; PreCommitQuickParseTest holds both parsers to the same result.
     *
     * @param args the arguments after {@code pre-commit}
     */
    static PreCommitCommand quickParse(List<String> args) {
        PreCommitCommand c = new PreCommitCommand();
        c.repo = new RepoOptions();
        c.failOn = "error";
        boolean filesOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (filesOnly || !arg.startsWith("-") || arg.equals("-")) {
                c.files.add(Path.of(arg));
                continue;
            }
            if (arg.equals("--")) {
                filesOnly = true;
                continue;
            }
            if (arg.equals("--staged")) {
                c.staged = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return null;
            }
            switch (name) {
                case "-C", "--dir" -> c.dir = Path.of(value);
                case "--config" -> c.repo.configFile = Path.of(value);
                case "--source" -> c.repo.source = value;
                case "--translations" -> c.repo.translations = value;
                case "--lang" -> c.repo.languages = List.of(value.split(","));
                case "--fail-on" -> c.failOn = value;
                case "--baseline" -> c.baseline = Path.of(value);
                default -> {
                    return null;
                }
            }
        }
        return c;
    }

    int run(PrintWriter out) {
        Severity threshold = failOn.equals("never") ? null : CheckCommand.parseLevel(failOn);
        Path root = RepoOptions.root(dir);
        // A bad baseline fails before any work.
        Baseline known = baseline == null ? null : Baseline.read(baseline);
        Config config = repo.config(root);
        List<String> relative = staged ? Git.at(root, "--staged").staged() : insideRoot(root);
        if (relative.isEmpty()) return ExitCode.OK;
        // One file rarely needs a second thread; starting none keeps the hook fast.
        CheckResult result = RepoOptions.check(root, config, relative, 1);
        if (baseline != null) {
            Baseline.Comparison c = known.compare(result);
            result = c.result();
        }
        if (!result.findings().isEmpty()) out.print(TextReporter.render(result));
        out.flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** FILE arguments as paths below the checked folder; others (outside it) concern another tool. */
    private List<String> insideRoot(Path root) {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            Path absolute = f.toAbsolutePath().normalize();
            if (absolute.startsWith(root) && !absolute.equals(root)) {
                out.add(root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
            }
        }
        return out;
    }
}
