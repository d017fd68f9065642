package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Timings;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.discover.Discovery;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.Severity;
import dev.lockstep.trust.CacheTrust;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every translated page of the docs repository at DIR against its source.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Docs repository, or a page, "
            + "translation or folder in it to check only that (default: the whole site, as -C DIR; the config is "
            + "searched upward from it)")
    Path dir;

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
    OutputOptions outputOptions = new OutputOptions();

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
        Path path = dir;
        Path start = repo.folder(dir);
        Severity threshold = failOn.equals("never") ? null : parseLevel(failOn);
        OutputFormat format = OutputFormat.parse("--format", this.format);
        online.validate();
        ci.validate();
        TextReporter.Options textOptions = outputOptions.text(threshold);
        boolean html = format == OutputFormat.HTML || ci.reportTargets().containsValue(OutputFormat.HTML);
        Path root = repo.locate(start);
        Config config = repo.config(root, spec.commandLine().getErr());
        List<String> scope = path == null ? null : RepoOptions.scope(root, path);
        Timings timings = showTimings ? Timings.on() : Timings.OFF;
        long started = timings.start();
        // The HTML report keeps each page compressed as it is checked, which turns cache hits off (the
        // cache keeps no page content); so do online checks, which collect the pages' links.
        PageCollector pages = html ? new PageCollector() : null;
        // The key that seals cache files lives outside the repository (docs/limits.md, "Threat model").
        CacheTrust trust = noCache && !online.enabled() ? CacheTrust.NONE
                : CacheTrust.fromKeyFile(CacheTrust.defaultKeyFile(System.getenv()));
        Lockstep.Builder run = Lockstep.builder(root).config(config).only(RepoOptions.narrow(scope, ci.changedFiles(root))).threads(threads)
                .listener(pages).timings(timings)
                .progress(ProgressBar.forTerminal(spec.commandLine().getErr(), outputOptions.quiet));
        if (!noHistory) run.history(new Lockstep.History(sourceRepo, start.toString(), historyLimit));
        if (!noCache) run.cache(online.cacheFolder(root), Version.build(), trust);
        if (online.enabled()) {
            run.runReviewer(online.toCheck(root, Version.get(), trust,
                    OnlineOptions.progress(spec.commandLine().getErr())));
        }
        CheckResult result = run.build().run();
        if (!ci.changedOnly()) Discovery.requirePairs(result.discovery(), config, scope == null ? null : path.toString());
        java.io.StringWriter notes = new java.io.StringWriter();
        result = outputOptions.filter(ci.gate(result, new java.io.PrintWriter(notes)));

        long t1 = timings.start();
        Reports.Context context = new Reports.Context(root, config, pages, textOptions, repo.configFile);
        boolean addTimings = timings.enabled() && format == OutputFormat.JSON;
        // JSON and HTML are written as they are made (a large run's findings do not fit in memory twice);
        // text is small (summarized past a thousand findings).
        String report = addTimings || format == OutputFormat.TEXT ? Reports.render(format, result, context) : null;
        ci.write(result, context, format);
        if (report == null) {
            if (output != null) {
                Outputs.writeStreamed(output, Reports.streamed(format, result, context));
            } else {
                try {
                    Reports.streamed(format, result, context).writeTo(spec.commandLine().getOut());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        timings.stop("report", t1);
        timings.stop("total", started);
        if (timings.enabled()) {
            if (addTimings) report = JsonReporter.withTimings(report, timings.millis());
            spec.commandLine().getErr().print(timings.render());
        }
        boolean consoleIsText = output != null || format.forPeople();
        if (output != null) {
            if (report != null) Outputs.write(output, report);
            if (format != OutputFormat.TEXT && !outputOptions.quiet) {
                spec.commandLine().getOut().println(TextReporter.summary(result));
            }
        } else if (report != null) {
            spec.commandLine().getOut().print(format == OutputFormat.TEXT && Terminal.colour() ? Terminal.paint(report) : report);
        }
        // Notes never go into a machine-readable stdout.
        if (!outputOptions.quiet) (consoleIsText ? spec.commandLine().getOut() : spec.commandLine().getErr()).print(notes);
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }
}
