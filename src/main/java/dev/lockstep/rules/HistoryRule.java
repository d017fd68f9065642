package dev.lockstep.rules;

import java.util.List;

/**
 * A rule that needs to know where a translation stands in its source page's git history. The history
 * reviewer reads git and estimates the {@link SourceHistory}; the rule decides what to report. Pure,
 * like a page {@link Rule}.
 */
public interface HistoryRule {
    RuleSpec spec();

    List<Finding> check(AlignedPage page, SourceHistory history);
}
