package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Timings;
import dev.lockstep.config.Config;
import dev.lockstep.discover.Discovery;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.site.Sites;
import dev.lockstep.discover.Git;
import dev.lockstep.discover.Shard;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.report.SiteFacts;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.Severity;
import dev.lockstep.shard.ShardFile;
import dev.lockstep.trust.CacheTrust;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every translated page of the docs repository at DIR against its source.")
final class CheckCommand implements Callable<Integer> {
    private static final Set<String> CONFIG_FILES = Set.of(ConfigLoader.FILE_NAME, "crowdin.yml", "crowdin.yaml");

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Docs repository, or a page, "
            + "translation or folder in it to check only that, read from -C DIR when given (default: the whole site, "
            + "as -C DIR; the config is searched upward from it)")
    Path dir;

    @picocli.CommandLine.Mixin
    RepoOptions repo;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-cache", description = "Do not read or write the result cache (see --cache-dir)")
    boolean noCache;

    @Option(names = "--timings", description = "Print per-stage times on stderr (and in JSON stats.timings)")
    boolean showTimings;

    @picocli.CommandLine.Mixin
    CiOptions ci;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Check only pages changed since the git revision REV (a changed source brings all its "
                    + "translations)")
    String changedSince;

    @Option(names = "--shard", paramLabel = "K/N", description = "Check only the K-th of N parts of the site, split "
            + "by source page, and write a result `lockstep merge` puts together (docs/ci.md)")
    String shardOption;

    @Option(names = "--shard-pages", description = "With --shard: keep the checked pages in the JSON result, "
            + "for `lockstep merge --format html`")
    boolean shardPages;

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

    /**
     * The byte stream under the standard output writer, which encodes in the default charset; null when
     * unknown (tests, picocli's path). A replayed output goes to it directly.
     */
    PrintStream rawOut;

    @Override
    public Integer call() {
        picocli.CommandLine cli = spec.commandLine();
        return run(cli.getOut(), cli.getErr(), cli.getParseResult().originalArgs());
    }

    /** The options a re-run uses, for {@link #quickParse}. */
    private static final QuickArgs QUICK = OutputOptions.quick(RepoOptions.quick(new QuickArgs()))
            .option("--threads").flag("--no-cache").flag("--timings").option("--baseline").option("--cache-dir")
            .option("--source-repo").flag("--no-history").option("--history-limit");

    /**
     * {@code check}'s usual command lines parsed without picocli ({@link QuickArgs}: a third of a re-run
     * with nothing changed is picocli's start-up). Returns null for anything else (help, errors, online
     * checks, shards, extra reports, {@code --changed-since}…), which picocli then reads;
     * CheckQuickParseTest holds both parsers to the same result.
     *
     * @param args the arguments after {@code check}
     */
    static CheckCommand quickParse(List<String> args) {
        CheckCommand c = new CheckCommand();
        c.repo = new RepoOptions();
        c.ci = new CiOptions();
        boolean read = QUICK.read(args, new QuickArgs.Target() {
            @Override
            public boolean set(String name, String value) {
                return c.repo.set(name, value) || c.outputOptions.set(name, value) || c.set(name, value);
            }

            @Override
            public boolean positional(String arg) {
                if (c.dir != null) return false;
                c.dir = Path.of(arg);
                return true;
            }
        });
        if (!read) return null;
        // picocli's default of --step-summary; it only matters to the github format.
        String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
        if (stepSummary != null) {
            if (c.outputOptions.format.equals(OutputFormat.GITHUB.id())) return null;
            c.ci.stepSummary = Path.of(stepSummary);
        }
        return c;
    }

    private boolean set(String name, String value) {
        switch (name) {
            case "--threads" -> {
                threads = QuickArgs.digits(value);
                return threads >= 0;
            }
            case "--no-cache" -> noCache = true;
            case "--timings" -> showTimings = true;
            case "--baseline" -> ci.baseline = Path.of(value);
            case "--cache-dir" -> online.cacheDir = Path.of(value);
            case "--source-repo" -> sourceRepo = Path.of(value);
            case "--no-history" -> noHistory = true;
            case "--history-limit" -> {
                historyLimit = QuickArgs.digits(value);
                return historyLimit >= 0;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the check.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the whole command line ({@code check} first): part of what the output memo is keyed by
     */
    int run(PrintWriter out, PrintWriter err, List<String> args) {
        PrintWriter stderr = err;
        Path path = repo.target(dir);
        Path start = repo.folder(dir);
        Severity threshold = outputOptions.threshold();
        OutputFormat format = outputOptions.format();
        Shard shard = shard();
        RepoOptions.requireThreads(threads);
        if (historyLimit < 0) throw new UserError("--history-limit", "must be at least 0 (got " + historyLimit + ")");
        online.validate();
        ci.validate();
        TextReporter.Options textOptions = outputOptions.text(threshold);
        boolean html = format == OutputFormat.HTML || ci.reportTargets().containsValue(OutputFormat.HTML);
        ConfigLoader.Located located = repo.locate(start);
        Path root = located.root();
        Config config = repo.config(located, start, stderr);
        List<String> scope = path == null ? null : RepoOptions.scope(root, path);
        if (shard != null && scope != null) {
            throw new UserError("--shard", "checks the whole site, not a page or folder of it (" + path + ")");
        }
        Timings timings = showTimings ? Timings.on() : Timings.OFF;
        long started = timings.start();
        // The HTML report keeps each page compressed as it is checked, which turns cache hits off (the
        // cache keeps no page content); so do online checks, which collect the pages' links.
        PageCollector pages = html || shardPages ? new PageCollector() : null;
        // The key that seals cache files lives outside the repository (docs/limits.md, "Threat model").
        CacheTrust trust = noCache && !online.enabled() ? CacheTrust.NONE
                : CacheTrust.fromKeyFile(CacheTrust.defaultKeyFile(System.getenv()));
        Lockstep.Builder run = Lockstep.builder(root).config(config).only(RepoOptions.narrow(scope, changedFiles(root)))
                .threads(threads).listener(pages).timings(timings)
                .progress(ProgressBar.forTerminal(stderr, outputOptions.quiet));
        if (shard != null) run.shard(shard);
        if (!noHistory) run.history(new Lockstep.History(sourceRepo, start.toString(), historyLimit));
        if (!noCache) run.cache(online.cacheFolder(root), Version.build(), trust);
        if (online.enabled()) {
            run.runReviewer(online.toCheck(root, Version.get(), trust,
                    OnlineOptions.progress(stderr)));
        }
        Lockstep engine = run.build();
        ReportMemo memo = memo(engine, format, root, trust, args);
        Optional<ReportMemo.Made> replay = memo.lookup();
        if (replay.isPresent()) return replay(replay.get(), out, err);
        ReportMemo.Tee outCopy = new ReportMemo.Tee(out);
        ReportMemo.Tee errCopy = new ReportMemo.Tee(err);
        if (memo.enabled()) {
            out = ReportMemo.Tee.printer(outCopy);
            err = ReportMemo.Tee.printer(errCopy);
        }
        CheckResult result = engine.run();
        Supplier<SiteFacts> site = Reports.facts(root, config, repo.configFile);
        ShardFile.Header header = null;
        if (shard != null) {
            header = new ShardFile.Header(shard, Version.get(), ShardFile.digest(config.toString(), findingSettings()),
                    site.get());
        }
        if (shard != null && shard.count() > 1 && result.pairs().isEmpty()) {
            // The other shards hold the pages; the merge fails if none does.
            stderr.println("lockstep: shard " + shard + " holds no pair of this site; "
                    + "its result is empty (`lockstep merge` still needs it)");
        } else if (changedSince == null) {
            Discovery.requirePairs(result.discovery(), config, scope == null ? null : path.toString());
        }
        Reports.Context context = new Reports.Context(site, pages, textOptions, header, shardPages);
        int exitCode = Delivery.deliver(result, format, outputOptions.output, threshold, ci, outputOptions, context,
                timings, started, out, err);
        if (memo.enabled() && !outCopy.overflowed() && !errCopy.overflowed()) {
            byte[] file = outputOptions.output == null ? null : ReportMemo.readOutput(outputOptions.output);
            if (outputOptions.output == null || file != null) {
                memo.store(new ReportMemo.Made(outCopy.copy(), errCopy.copy(), file, exitCode));
            }
        }
        return exitCode;
    }

    /**
     * The memo of this run's output (docs/performance.md, "Nothing changed"), or OFF for runs whose
     * output depends on more than the pages and the command: online answers, git changes, the time (HTML),
     * side files (extra reports, the job summary), shards and timings.
     */
    private ReportMemo memo(Lockstep engine, OutputFormat format, Path root, CacheTrust trust, List<String> args) {
        if (noCache || online.enabled() || changedSince != null || shardOption != null || showTimings
                || !ci.reportTargets().isEmpty() || format == OutputFormat.HTML || format == OutputFormat.GITHUB) {
            return ReportMemo.OFF;
        }
        String inputs = engine.inputs().digest();
        if (inputs == null) return ReportMemo.OFF;
        List<String> parts = new java.util.ArrayList<>();
        parts.add("build " + Version.build());
        parts.add("cwd " + Path.of("").toAbsolutePath());
        parts.add("root " + root);
        parts.add("colour " + Terminal.colour());
        parts.add("args " + String.join("\u0000", args));
        parts.add("baseline " + (ci.baseline == null ? "none" : ReportMemo.contentDigest(ci.baseline)));
        return ReportMemo.of(online.cacheFolder(root), trust, inputs, parts);
    }

    /** Prints and writes what the memo holds, as the run that made it did. */
    private int replay(ReportMemo.Made made, PrintWriter out, PrintWriter err) {
        if (outputOptions.output != null) Outputs.write(outputOptions.output, made.file());
        if (rawOut != null && Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            // The same bytes the writer would make of the text, without decoding and encoding it again.
            out.flush();
            rawOut.write(made.stdout(), 0, made.stdout().length);
            rawOut.flush();
        } else {
            out.print(new String(made.stdout(), StandardCharsets.UTF_8));
        }
        err.print(new String(made.stderr(), StandardCharsets.UTF_8));
        out.flush();
        err.flush();
        return made.exitCode();
    }

    /**
     * {@code --shard}, or null; refuses what a shard cannot do: a shard checks its part of the whole site,
     * and the merge applies the gate.
     */
    private Shard shard() {
        if (shardPages && shardOption == null) throw new UserError("--shard-pages", "only with --shard K/N");
        if (shardOption == null) return null;
        Shard shard = Shard.parse("--shard", shardOption);
        if (changedSince != null) throw new UserError("--shard", "checks the whole site, not with --changed-since");
        if (ci.baseline != null) throw new UserError("--shard", "give --baseline to `lockstep merge`, which gates the run");
        if (outputOptions.minSeverity != null) {
            throw new UserError("--shard", "give --min-severity to `lockstep merge`, which gates the run");
        }
        return shard;
    }

    /** The options besides the config that change findings: shards checked with others do not merge. */
    private String findingSettings() {
        return "history " + (noHistory ? "off" : historyLimit + (sourceRepo == null ? "" : " from another repository"))
                + "; online " + (online.enabled() ? "on" : "off");
    }

    /** The files {@code --changed-since} names, or null to check every page. */
    private List<String> changedFiles(Path root) {
        if (changedSince == null) return null;
        List<String> changed = Git.at(root, "--changed-since").changedSince(changedSince);
        // A changed layout or rule configuration can change the findings of every page.
        return changed.stream().anyMatch(f -> CONFIG_FILES.contains(f) || Sites.isSiteFile(f)) ? null : changed;
    }
}
