package dev.lockstep.check;

import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.List;

/**
 * Everything a check found, in deterministic order: findings sorted by file, line, column, rule.
 * A large run's findings are a list read from disk ({@link SortedFindings}): iterate over it, do not
 * index it at random or copy it.
 */
public record CheckResult(DiscoveryResult discovery, List<PairResult> pairs, List<Finding> findings) {

    public long count(Severity severity) {
        if (findings instanceof SortedFindings.SeverityCounts counts) return counts.count(severity);
        long n = 0;
        for (Finding f : findings) if (f.severity() == severity) n++;
        return n;
    }

    /** Whether any finding is at or above {@code threshold}; null threshold (never) fails nothing. */
    public boolean fails(Severity threshold) {
        if (threshold == null) return false;
        for (Finding f : findings) if (f.severity().atLeast(threshold)) return true;
        return false;
    }
}
