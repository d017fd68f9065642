package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every translated page of the docs repository at DIR against its source.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

    @picocli.CommandLine.Mixin
    RepoOptions repo;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif, github or junit")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Mixin
    CiOptions ci;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = failOn.equals("never") ? null : parseLevel(failOn);
        Reports.validate("--format", format);
        ci.reportTargets();
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        Config config = repo.config(root);
        DiscoveryResult discovery = ci.discover(root, config);
        Checker checker = new Checker(root, config,
                RuleRegistry.pageRules(new RuleOptions(config.glossary(), config.ruleOptions())), threads);
        java.io.StringWriter notes = new java.io.StringWriter();
        CheckResult result = ci.gate(checker.run(discovery, PageListener.NONE), new java.io.PrintWriter(notes));

        String report = Reports.render(format, result, root);
        boolean consoleIsText = output != null || format.equals("text") || format.equals("github");
        if (output != null) {
            Outputs.write(output, report);
            if (!format.equals("text")) spec.commandLine().getOut().println(TextReporter.summary(result));
        } else {
            spec.commandLine().getOut().print(report);
        }
        ci.write(result, root, format);
        // Notes never go into a machine-readable stdout.
        (consoleIsText ? spec.commandLine().getOut() : spec.commandLine().getErr()).print(notes);
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }
}
