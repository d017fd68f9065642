package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.check.PageReviewer;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every translated page of the docs repository at DIR against its source.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.lockstep.yml, "
            + "else DIR/crowdin.yml)")
    Path configFile;

    @Option(names = "--source", paramLabel = "FOLDER", description = "Folder of the English pages, e.g. docs")
    String source;

    @Option(names = "--translations", paramLabel = "PATTERN",
            description = "Where each language's copy lives, e.g. i18n/{lang}")
    String translations;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Only these languages (e.g. ja,zh)")
    List<String> languages;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--source-repo", paramLabel = "PATH", description = "Git repository holding the source pages "
            + "at the same relative paths, for their history (default: DIR's own repository, if any)")
    Path sourceRepo;

    @Option(names = "--no-history", description = "Do not read the source's git history")
    boolean noHistory;

    @Option(names = "--history-limit", paramLabel = "N",
            description = "Revisions read per source page, newest first (default: 50)")
    int historyLimit = HistoryReviewer.DEFAULT_LIMIT;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = failOn.equals("never") ? null : parseLevel(failOn);
        if (!format.equals("text") && !format.equals("json")) {
            throw new ConfigException("--format", "unknown format '" + format + "' (expected text or json)");
        }
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        Config config = ConfigLoader.load(root, configFile,
                new ConfigLoader.Overrides(source, translations, languages));
        DiscoveryResult discovery = new Discovery(root).discover(config);
        CheckResult result;
        try (HistoryReviewer history = history(root, discovery)) {
            Checker checker = new Checker(root, config,
                    RuleRegistry.pageRules(new RuleOptions(config.glossary(), config.ruleOptions())), threads,
                    history == null ? PageReviewer.NONE : history);
            result = checker.run(discovery, PageListener.NONE);
        }

        String report = format.equals("json") ? JsonReporter.render(result, Version.get()) : TextReporter.render(result);
        if (output != null) {
            Outputs.write(output, report);
            if (format.equals("json")) spec.commandLine().getOut().println(TextReporter.summary(result));
        } else {
            spec.commandLine().getOut().print(report);
        }
        spec.commandLine().getOut().flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The source history reviewer, or null when history is off or there is no repository. */
    private HistoryReviewer history(Path root, DiscoveryResult discovery) {
        if (noHistory) return null;
        if (sourceRepo != null && !Files.isDirectory(sourceRepo)) {
            throw new ConfigException(sourceRepo.toString(), "not a folder");
        }
        List<String> sources = discovery.pairs().stream().map(Pair::source).distinct().toList();
        try {
            Optional<HistoryReviewer> reviewer = HistoryReviewer.open(root,
                    sourceRepo == null ? root : sourceRepo.toAbsolutePath().normalize(), sources, historyLimit);
            if (reviewer.isEmpty() && sourceRepo != null) {
                throw new ConfigException(sourceRepo.toString(), "not a git repository (or git is not installed)");
            }
            return reviewer.orElse(null);
        } catch (IOException e) {
            throw new ConfigException(sourceRepo == null ? dir.toString() : sourceRepo.toString(),
                    "cannot read the git history: " + e.getMessage());
        }
    }

    private static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }
}
