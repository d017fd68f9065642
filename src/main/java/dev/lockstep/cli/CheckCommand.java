package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.check.PageReviewer;
import dev.lockstep.check.ResultCache;
import dev.lockstep.check.Timings;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.net.LinkInventory;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import dev.lockstep.trust.CacheTrust;
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

    @picocli.CommandLine.Mixin
    RepoOptions repo;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, sarif, github, junit or html")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-cache", description = "Do not read or write the result cache (see --cache-dir)")
    boolean noCache;

    @Option(names = "--timings", description = "Print per-stage times on stderr (and in JSON stats.timings)")
    boolean showTimings;

    @picocli.CommandLine.Mixin
    CiOptions ci;

    @picocli.CommandLine.Mixin
    OnlineOptions online = new OnlineOptions();

    @Option(names = "--source-repo", paramLabel = "PATH", description = "Git repository holding the source pages "
            + "at the same relative paths, for their history (default: DIR's repository when DIR is its top folder)")
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
        Reports.validate("--format", format);
        boolean html = format.equals("html") || ci.reportTargets().containsValue("html");
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        Config config = repo.config(root);
        Timings timings = showTimings ? Timings.on() : Timings.OFF;
        long started = timings.start();
        long t0 = timings.start();
        DiscoveryResult discovery = ci.discover(root, config);
        timings.stop("discover", t0);
        List<Rule> rules = RuleRegistry.pageRules(new RuleOptions(config.glossary(), config.ruleOptions()));
        // Listeners see page content as pages are checked: online checks collect links, the HTML report
        // keeps each page compressed. Either turns cache hits off (the cache keeps no page content).
        LinkInventory links = online.enabled() ? new LinkInventory() : null;
        PageCollector pages = html ? new PageCollector() : null;
        // The key that seals cache files lives outside the repository (docs/limits.md, "Threat model").
        CacheTrust trust = noCache && !online.enabled() ? CacheTrust.NONE
                : CacheTrust.fromKeyFile(CacheTrust.defaultKeyFile(System.getenv()));
        CheckResult result;
        try (HistoryReviewer history = history(root, discovery)) {
            ResultCache cache = noCache ? ResultCache.DISABLED
                    : ResultCache.open(online.cacheFolder(root), runKey(config, rules, history == null ? "no history"
                    : "history of " + (sourceRepo == null ? root : sourceRepo.toAbsolutePath().normalize())
                    + ", " + historyLimit + " revisions"), trust);
            Checker checker = new Checker(root, config, rules, threads,
                    history == null ? PageReviewer.NONE : history, timings, cache);
            result = checker.run(discovery, PageListener.all(links, pages));
            cache.save();
        }
        if (links != null) {
            long t2 = timings.start();
            result = online.toCheck(root, Version.get(), trust).apply(result, links, config,
                    OnlineOptions.progress(spec.commandLine().getErr()));
            timings.stop("online", t2);
        }
        java.io.StringWriter notes = new java.io.StringWriter();
        result = ci.gate(result, new java.io.PrintWriter(notes));

        long t1 = timings.start();
        Reports.Context context = new Reports.Context(root, config, pages);
        String report = Reports.render(format, result, context);
        ci.write(result, context, format);
        timings.stop("report", t1);
        timings.stop("total", started);
        if (timings.enabled()) {
            if (format.equals("json")) report = JsonReporter.withTimings(report, timings.millis());
            spec.commandLine().getErr().print(timings.render());
        }
        boolean consoleIsText = output != null || format.equals("text") || format.equals("github");
        if (output != null) {
            Outputs.write(output, report);
            if (!format.equals("text")) spec.commandLine().getOut().println(TextReporter.summary(result));
        } else {
            spec.commandLine().getOut().print(report);
        }
        // Notes never go into a machine-readable stdout.
        (consoleIsText ? spec.commandLine().getOut() : spec.commandLine().getErr()).print(notes);
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** What makes cached results reusable: this exact build of Lockstep, this config, these rules. */
    private static String runKey(Config config, List<Rule> rules, String history) {
        StringBuilder key = new StringBuilder(Version.build()).append('\n').append(config).append('\n')
                .append(history).append('\n');
        for (Rule r : rules) key.append(r.spec().id()).append(',');
        return key.toString();
    }

    /**
     * The source's history, when asked for with --source-repo or when DIR is the top of a git work tree.
     * Not for a DIR deeper inside a repository: that repository's history may be of something else
     * entirely (a tool's own test fixtures), so a docs site in a subfolder names it with --source-repo.
     */
    private HistoryReviewer history(Path root, DiscoveryResult discovery) {
        if (noHistory) return null;
        if (sourceRepo == null && !Files.exists(root.resolve(".git"))) return null;
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

    static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }
}
