package dev.lockstep.rules.history;

import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.HistoryRule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.SourceHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags a translation made from an older revision of its source page. The history reviewer
 * ({@code dev.lockstep.history.HistoryReviewer}) reads git and estimates the revision, after the page
 * rules, when history is available.
 */
public final class StaleTranslation implements HistoryRule {
    public static final RuleSpec SPEC = new RuleSpec("stale-translation", Severity.INFO,
            "The translation follows an older revision of its source page", """
            ## What it does
            When the checked folder is a git repository, or `--source-repo PATH` names the repository
            holding the source pages, Lockstep reads each source page's history (only the commits that
            changed it, newest first, up to `--history-limit`) and estimates which revision each
            translation was made from: the revision whose untranslatable skeleton (block structure,
            admonition syntax, link targets, image paths, code spans, numbers, heading ids) best matches
            the translation's. Ties go to the newest revision. When that revision is older than the
            source being checked, it reports the page once, naming the revision and the source commits
            made since.

            It also annotates the other findings of the page: a finding on a source block that one of
            those commits changed says which commit, in its message and in `details.sourceChange`; one the
            history does not explain is a translation error (`details.sourceChange` is null, the message
            is left as it is). Commits that only fix spacing or typos explain nothing. See
            docs/history.md.

            ## Why it matters
            A translator told "this link drifted" cannot tell whether they made a mistake or the English
            moved on. The commits since the translation's revision are exactly what to update.

            ## Example
            ```text
            i18n/ru/os/qubes-overview.md: info stale-translation: follows docs/os/qubes-overview.md as of
            05e58321 (2024-03-07); 2 later source commits: aaa843d2 Tidy links, and lint (#2435);
            90831803 fix: Update last criterion on MFA tools page (#2618)
            ```
            `details`: `estimatedRevision`, `date`, `sourceRevision` (the checked source's commit, null
            when it has uncommitted changes), `commitsSince` (`[{id, date, subject}]`, oldest first).
            A translation that matches a newer revision than the checked source is not stale; its
            findings say "matches a newer source revision" instead.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page, SourceHistory history) {
        if (!history.stale()) return List.of();
        SourceHistory.Commit r = history.followed();
        List<Map<String, Object>> commits = new ArrayList<>();
        StringBuilder listed = new StringBuilder();
        for (SourceHistory.Commit c : history.since()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("date", c.date());
            m.put("subject", c.subject());
            commits.add(m);
            if (commits.size() <= 3) listed.append(commits.size() == 1 ? ": " : "; ").append(c.shortId()).append(' ')
                    .append(c.subject());
        }
        if (commits.size() > 3) listed.append("; and ").append(commits.size() - 3).append(" more");
        int n = commits.size();
        return List.of(page.report(SPEC)
                .message("follows " + history.sourceFile() + " as of " + r.shortId() + " (" + r.date() + "); " + n
                        + " later source commit" + (n == 1 ? "" : "s") + listed)
                .detail("estimatedRevision", r.id())
                .detail("date", r.date())
                .detail("sourceRevision", history.checked() == null ? null : history.checked().id())
                .detail("commitsSince", commits)
                .identity(r.id())
                .build());
    }
}
