package dev.lockstep.cli;

import dev.lockstep.check.Baseline;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write today's findings to a baseline file, so that `check --baseline FILE` fails only on new ones.")
final class BaselineCommand implements Callable<Integer> {
    static final String DEFAULT_FILE = ".lockstep-baseline.json";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Docs repository, as -C DIR (default: .)")
    Path dir;

    @Mixin
    RepoOptions repo;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it (default: DIR/"
            + DEFAULT_FILE + ")")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        dir = repo.folder(dir);
        ConfigLoader.Located site = repo.locate(dir);
        Path root = site.root();
        Config config = repo.config(site, dir, spec.commandLine().getErr());
        CheckResult result = RepoOptions.check(root, config, null, threads);
        Discovery.requirePairs(result.discovery(), config, null);
        Path target = output != null ? output : root.resolve(DEFAULT_FILE);
        Outputs.write(target, Baseline.of(result).toJson());
        int n = result.findings().size();
        spec.commandLine().getOut().println("Wrote " + n + (n == 1 ? " finding" : " findings") + " to " + target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
