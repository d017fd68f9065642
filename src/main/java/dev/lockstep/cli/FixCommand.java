package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.discover.Discovery;
import dev.lockstep.fix.FilePatch;
import dev.lockstep.fix.Fixer;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.TextEdit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

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
        Severity threshold = failOn.equals("never") ? null : CheckCommand.parseLevel(failOn);
        Set<String> only = selectedRules();
        Path root = RepoOptions.root(dir);
        Config config = repo.config(root);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Fixer fixer = new Fixer(root);

        List<Applied> applied = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CheckResult result = null;
        Set<Finding> fixedInLastPass = new java.util.HashSet<>();
        int leftOverlapping = 0;
        for (int pass = 1; pass <= (dryRun ? 1 : MAX_PASSES); pass++) {
            result = RepoOptions.check(root, config, new Discovery(root).discover(config), threads);
            List<Finding> fixable = result.findings().stream()
                    .filter(f -> f.fix() != null && (only == null || only.contains(f.rule()))).toList();
            List<Fixer.FileResult> plan = fixer.plan(fixable);
            Map<Fix, Finding> byFix = new IdentityHashMap<>();
            for (Finding f : fixable) byFix.put(f.fix(), f);
            leftOverlapping = 0;
            fixedInLastPass.clear();
            for (Fixer.FileResult r : plan) {
                if (r.problem() != null) {
                    problems.add(r.file() + ": " + r.problem());
                    continue;
                }
                for (Fix fix : r.patch().applied()) {
                    applied.add(new Applied(byFix.get(fix), fix));
                    fixedInLastPass.add(byFix.get(fix));
                }
                for (FilePatch.Skipped s : r.patch().skipped()) {
                    if (s.reason().startsWith("another fix")) leftOverlapping++;
                    else problems.add(r.file() + ":" + s.fix().edits().get(0).start().line() + ": " + s.reason());
                }
            }
            if (dryRun) {
                for (Fixer.FileResult r : plan) out.print(r.diff());
                break;
            }
            fixer.write(plan).forEach((file, problem) -> problems.add(file + ": " + problem));
            if (leftOverlapping == 0 || plan.stream().noneMatch(Fixer.FileResult::changed)) break;
        }
        for (String p : problems) err.println("lockstep: " + p);
        report(dryRun ? err : out, applied, leftOverlapping, platform(root));
        out.flush();
        err.flush();
        if (!problems.isEmpty()) return ExitCode.ERROR;
        // What the last check found, less what the last pass fixed, is what the files hold now.
        boolean fails = threshold != null && result.findings().stream()
                .filter(f -> !fixedInLastPass.contains(f))
                .anyMatch(f -> f.severity().atLeast(threshold));
        return fails ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private record Applied(Finding finding, Fix fix) {
    }

    private Set<String> selectedRules() {
        if (rules == null || rules.isEmpty()) return null;
        Set<String> ids = new LinkedHashSet<>();
        for (String id : rules) {
            RuleSpec found = RuleRegistry.find(id).orElseThrow(() -> new ConfigException("--rule", "unknown rule '" + id + "' (see `lockstep rules`)"));
            if (!found.fixable()) {
                throw new ConfigException("--rule", id + " has no automatic fix (fixable: "
                        + String.join(", ", RuleRegistry.specs().stream().filter(RuleSpec::fixable)
                        .map(RuleSpec::id).toList()) + ")");
            }
            ids.add(id);
        }
        return ids;
    }

    /** What was fixed, and, where a platform owns the translations, what to change there as well. */
    private void report(PrintWriter to, List<Applied> applied, int overlapping, String platform) {
        long files = applied.stream().map(a -> a.finding().file()).distinct().count();
        to.println((dryRun ? "Would fix " : "Fixed ") + plural(applied.size(), "finding") + " in "
                + plural(files, "file") + "." + (overlapping > 0 ? " " + plural(overlapping, "more fix")
                + " overlap" + (overlapping == 1 ? "s" : "") + " another; run fix again." : ""));
        if (platform == null || applied.isEmpty()) return;
        to.println();
        to.println("These translations come from " + platform + ": its next export overwrites the files, so make the"
                + " same changes in " + platform + " (one line per change: language, file:line, rule, before → after):");
        for (Applied a : applied) {
            Finding f = a.finding();
            for (TextEdit e : a.fix().edits()) {
                if (e.expected().isBlank() && e.replacement().isBlank()) continue; // indentation only
                to.println("  " + f.language() + "\t" + f.file() + ":" + e.start().line() + "\t" + f.rule() + "\t"
                        + oneLine(e.expected()) + " → " + oneLine(e.replacement()));
            }
        }
    }

    /** The translation platform whose exports these files are, or null when translators edit the files. */
    static String platform(Path root) {
        for (String name : List.of("crowdin.yml", "crowdin.yaml", ".crowdin.yml", ".crowdin.yaml")) {
            if (Files.isRegularFile(root.resolve(name))) return "Crowdin";
        }
        if (Files.isRegularFile(root.resolve(".weblate"))) return "Weblate";
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
