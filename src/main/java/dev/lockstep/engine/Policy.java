package dev.lockstep.engine;

import dev.lockstep.check.SortedFindings;
import dev.lockstep.config.Config;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place a run's findings are post-processed, after every rule and reviewer: rules switched off
 * are dropped, configured severities applied, findings ordered and fingerprinted.
 *
 * <p>A configured severity replaces what a rule said; a run reviewer's verdict (online: a cosmetic drift
 * is info, a broken link an error) is decided from evidence, so it stands over the configured severity.
 */
final class Policy {
    private final Config config;
    private final Predicate<String> enabled;

    /** @param enabled the rules on for this run (all but those the config switches off, or fewer in tests) */
    Policy(Config config, Predicate<String> enabled) {
        this.config = config;
        this.enabled = enabled;
    }

    /** @param verdicts findings whose severity a run reviewer decided (compared by identity) */
    List<Finding> apply(List<Finding> findings, Set<Finding> verdicts) {
        SortedFindings sorted = new SortedFindings(SortedFindings.defaultBound());
        for (Finding f : findings) {
            Finding configured = configure(f, verdicts.contains(f));
            if (configured != null) sorted.add(configured);
        }
        return sorted.finish();
    }

    /**
     * The finding as the configuration wants it, or null when its rule is off; ordering and fingerprints
     * come after, from {@link SortedFindings}.
     *
     * @param verdict whether a run reviewer decided its severity
     */
    Finding configure(Finding f, boolean verdict) {
        if (config.disabled().contains(f.rule()) || !enabled.test(f.rule())) return null;
        Severity override = config.severities().get(f.rule());
        return override == null || verdict ? f : f.withSeverity(override);
    }
}
