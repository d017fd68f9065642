package dev.lockstep.cli;

import dev.lockstep.check.Baseline;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.discover.Discovery;
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
        Severity threshold = failOn.equals("never") ? null : CheckCommand.parseLevel(failOn);
        Path root = RepoOptions.root(dir);
        Config config = repo.config(root);
        List<String> relative = staged ? Git.at(root, "--staged").staged() : insideRoot(root);
        PrintWriter out = spec.commandLine().getOut();
        if (relative.isEmpty()) return ExitCode.OK;
        // One file rarely needs a second thread; starting none keeps the hook fast.
        CheckResult result = RepoOptions.check(root, config, new Discovery(root).discover(config, relative), 1);
        if (baseline != null) {
            Baseline.Comparison c = Baseline.read(baseline).compare(result);
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
