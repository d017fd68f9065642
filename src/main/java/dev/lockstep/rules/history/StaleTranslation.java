package dev.lockstep.rules.history;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/**
 * Flags a translation made from an older revision of its source page. Computing it needs the
 * source's git history, so the check is {@code dev.lockstep.history.HistoryReviewer}, run after the
 * page rules when history is available; this class holds the rule's identity and documentation.
 */
public final class StaleTranslation {
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

    private StaleTranslation() {
    }
}
