package dev.lockstep;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Runs Lockstep in-process on a fixture folder and compares against golden files. */
public final class Fixtures {
    public static final Path ROOT = Path.of("fixtures");
    /** Goldens are rewritten only when asked, and never in CI. */
    public static final boolean UPDATE = Boolean.getBoolean("lockstep.updateGoldens") && System.getenv("CI") == null;

    private Fixtures() {
    }

    /** Checks the docs repository at {@code dir} with the rules {@code ruleFilter} accepts. */
    public static CheckResult check(Path dir, Predicate<String> ruleFilter) {
        Config config = ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
        List<Rule> rules = RuleRegistry.pageRules(new RuleOptions(config.glossary(), config.ruleOptions())).stream()
                .filter(r -> ruleFilter.test(r.spec().id())).toList();
        CheckResult result = new Checker(dir, config, rules, 2).run(new Discovery(dir).discover(config),
                PageListener.NONE);
        List<dev.lockstep.rules.Finding> kept = result.findings().stream().filter(f -> ruleFilter.test(f.rule()))
                .toList();
        return new CheckResult(result.discovery(), result.pairs(), kept);
    }

    /** Findings in the stable one-line form, one per line. */
    public static String lines(CheckResult result) {
        StringBuilder sb = new StringBuilder();
        result.findings().forEach(f -> sb.append(TextReporter.line(f)).append('\n'));
        return sb.toString();
    }

    /** Returns the golden file's text, or writes {@code actual} into it when updating. */
    public static String golden(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return actual;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing: run ./mvnw verify -Dlockstep.updateGoldens=true and review it");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
