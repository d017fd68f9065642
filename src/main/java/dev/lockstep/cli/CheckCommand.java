package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PageListener;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.ResultCache;
import dev.lockstep.check.Timings;
import dev.lockstep.rules.Rule;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.net.LinkInventory;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.HtmlReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

    /** Report formats for --format and --report; add a format here and in {@link #render}. */
    private static final List<String> FORMATS = List.of("text", "json", "html");

    /** Each pair's coverage for the HTML report; the seam to wire to PairResult::coverage once pairs carry it. */
    private static final Function<PairResult, Coverage> COVERAGE = HtmlReporter.NO_COVERAGE;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html")
    String format = "text";

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report in FORMAT to FILE; repeatable (e.g. --report html=report.html)")
    List<String> reports = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-cache", description = "Do not read or write the result cache (.lockstep-cache/ in DIR)")
    boolean noCache;

    @Option(names = "--timings", description = "Print per-stage times on stderr (and in JSON stats.timings)")
    boolean showTimings;

    @picocli.CommandLine.Mixin
    OnlineOptions online = new OnlineOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = failOn.equals("never") ? null : parseLevel(failOn);
        if (!FORMATS.contains(format)) {
            throw new ConfigException("--format", "unknown format '" + format + "' (expected " + formatList() + ")");
        }
        Map<Path, String> extra = extraReports();
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        Config config = ConfigLoader.load(root, configFile,
                new ConfigLoader.Overrides(source, translations, languages));
        Timings timings = showTimings ? Timings.on() : Timings.OFF;
        long started = timings.start();
        long t0 = timings.start();
        DiscoveryResult discovery = new Discovery(root).discover(config);
        timings.stop("discover", t0);
        List<Rule> rules = RuleRegistry.pageRules(new RuleOptions(config.glossary(), config.ruleOptions()));
        ResultCache cache = noCache ? ResultCache.DISABLED : ResultCache.open(root, runKey(config, rules));
        Checker checker = new Checker(root, config, rules, threads, timings, cache);
        // Listeners see page content as pages are checked: online checks collect links, the HTML report
        // keeps each page compressed. Either turns cache hits off (the cache keeps no page content).
        LinkInventory links = online.enabled() ? new LinkInventory() : null;
        PageCollector pages = format.equals("html") || extra.containsValue("html") ? new PageCollector() : null;
        CheckResult result = checker.run(discovery, PageListener.all(links, pages));
        cache.save();
        if (links != null) {
            long t2 = timings.start();
            result = online.toCheck(root, Version.get()).apply(result, links, config,
                    OnlineOptions.progress(spec.commandLine().getErr()));
            timings.stop("online", t2);
        }

        long t1 = timings.start();
        for (Map.Entry<Path, String> e : extra.entrySet()) {
            Outputs.write(e.getKey(), render(e.getValue(), result, config, pages));
        }
        String report = render(format, result, config, pages);
        timings.stop("report", t1);
        timings.stop("total", started);
        if (timings.enabled()) {
            if (format.equals("json")) report = JsonReporter.withTimings(report, timings.millis());
            spec.commandLine().getErr().print(timings.render());
            spec.commandLine().getErr().flush();
        }
        if (output != null) {
            Outputs.write(output, report);
            if (!format.equals("text")) spec.commandLine().getOut().println(TextReporter.summary(result));
        } else {
            spec.commandLine().getOut().print(report);
        }
        spec.commandLine().getOut().flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** What makes cached results reusable: this exact build of Lockstep, this config, these rules. */
    private static String runKey(Config config, List<Rule> rules) {
        StringBuilder key = new StringBuilder(Version.build()).append('\n').append(config).append('\n');
        for (Rule r : rules) key.append(r.spec().id()).append(',');
        return key.toString();
    }

    private static String render(String fmt, CheckResult result, Config config, PageCollector pages) {
        return switch (fmt) {
            case "json" -> JsonReporter.render(result, Version.get());
            case "html" -> HtmlReporter.render(result, pages, COVERAGE, config.layouts(), Version.get());
            default -> TextReporter.render(result);
        };
    }

    /** The --report FORMAT=FILE values by file, checked before any work is done. */
    private Map<Path, String> extraReports() {
        Map<Path, String> out = new LinkedHashMap<>();
        for (String value : reports) {
            int eq = value.indexOf('=');
            String fmt = eq < 0 ? value : value.substring(0, eq);
            if (eq <= 0 || eq == value.length() - 1 || !FORMATS.contains(fmt)) {
                throw new ConfigException("--report", "expected FORMAT=FILE with FORMAT one of " + formatList()
                        + ", got '" + value + "'");
            }
            out.put(Path.of(value.substring(eq + 1)), fmt);
        }
        return out;
    }

    private static String formatList() {
        return String.join(", ", FORMATS);
    }

    private static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }
}
