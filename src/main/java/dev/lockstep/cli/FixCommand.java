package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.discover.Discovery;
import dev.lockstep.fix.Fixer;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.TextEdit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Repair mechanical drift in the translations (link targets, admonition syntax, syntax "
                + "characters) the way the source writes it. Never changes prose.")
final class FixCommand implements Callable<Integer> {
    /** Fixes that overlap another are taken by a later pass over the text the earlier one wrote. */
    private static final int MAX_PASSES = 3;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A page, a translation or a folder of the docs repository (default: the whole repository, "
                    + "as -C DIR)")
    Path path;

    @Mixin
    RepoOptions repo;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing")
    boolean dryRun;

    @Option(names = "--rule", split = ",", paramLabel = "ID", description = "Only these fixable rules (default: all)")
    List<String> rules;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding left after fixing is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = failOn.equals("never") ? null : OutputOptions.parseLevel(failOn);
        Set<String> only = selectedRules();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = repo.folder(path);
        ConfigLoader.Located site = repo.locate(target);
        Path root = site.root();
        Config config = repo.config(site, target, err);
        List<String> scope = RepoOptions.scope(root, target);
        Fixer.Outcome outcome = new Fixer(root).run(() -> {
            CheckResult result = RepoOptions.check(root, config, scope, threads);
            Discovery.requirePairs(result.discovery(), config, scope == null ? null : target.toString());
            return result.findings();
        },
                f -> only == null || only.contains(f.rule()), !dryRun, MAX_PASSES);
        if (dryRun) out.print(outcome.diff());
        for (String p : outcome.problems()) err.println("lockstep: " + p);
        report(dryRun ? err : out, outcome.applied(), outcome.overlapping(), platform(root, repo.configFile));
        out.flush();
        err.flush();
        if (!outcome.problems().isEmpty()) return ExitCode.ERROR;
        boolean fails = threshold != null && outcome.remaining().stream().anyMatch(f -> f.severity().atLeast(threshold));
        return fails ? ExitCode.FINDINGS : ExitCode.OK;
    }


    private Set<String> selectedRules() {
        if (rules == null || rules.isEmpty()) return null;
        Set<String> ids = new LinkedHashSet<>();
        for (String id : rules) {
            RuleSpec found = RuleRegistry.find(id).orElseThrow(() -> new UserError("--rule", "unknown rule '" + id + "' (see `lockstep rules`)"));
            if (!found.fixable()) {
                throw new UserError("--rule", id + " has no automatic fix (fixable: "
                        + String.join(", ", RuleRegistry.specs().stream().filter(RuleSpec::fixable)
                        .map(RuleSpec::id).toList()) + ")");
            }
            ids.add(id);
        }
        return ids;
    }

    /** What was fixed, and, where a platform owns the translations, what to change there as well. */
    private void report(PrintWriter to, List<Fixer.Applied> applied, int overlapping, String platform) {
        long files = applied.stream().map(a -> a.finding().file()).distinct().count();
        to.println((dryRun ? "Would fix " : "Fixed ") + plural(applied.size(), "finding") + " in "
                + plural(files, "file") + "." + (overlapping > 0 ? " " + plural(overlapping, "more fix")
                + " overlap" + (overlapping == 1 ? "s" : "") + " another; run fix again." : ""));
        if (platform == null || applied.isEmpty()) return;
        to.println();
        to.println("These translations come from " + platform + ": its next export overwrites the files, so make the"
                + " same changes in " + platform + " (one line per change: language, file:line, rule, before → after):");
        for (Fixer.Applied a : applied) {
            Finding f = a.finding();
            for (TextEdit e : a.fix().edits()) {
                if (e.expected().isBlank() && e.replacement().isBlank()) continue; // indentation only
                to.println("  " + f.language() + "\t" + f.file() + ":" + e.start().line() + "\t" + f.rule() + "\t"
                        + oneLine(e.expected()) + " → " + oneLine(e.replacement()));
            }
        }
    }

    /**
     * The translation platform whose exports these files are (the config's {@code platform:} or
     * {@code crowdin.yml}, as the HTML report reads it; a {@code crowdin.yml} without a project name still
     * means Crowdin), or null when translators edit the files.
     */
    static String platform(Path root, Path configFile) {
        TranslationPlatform platform = TranslationPlatform.find(root, configFile);
        if (platform != null) return platform.name().equals("weblate") ? "Weblate" : "Crowdin";
        for (String name : List.of("crowdin.yml", "crowdin.yaml")) {
            if (Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) return "Crowdin";
        }
        return null;
    }

    private static String oneLine(String s) {
        String one = s.isEmpty() ? "(nothing)" : s.replace("\n", "⏎");
        return one.length() <= 100 ? one : one.substring(0, 99) + "…";
    }

    private static String plural(long n, String noun) {
        if (n == 1) return "1 " + noun;
        return n + " " + (noun.endsWith("fix") ? noun + "es" : noun + "s");
    }
}
