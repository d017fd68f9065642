package dev.lockstep.rules.files;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/** A translated page has no source page. Reported while finding and reading files, before any page is aligned. */
public final class OrphanedTranslation {
    public static final RuleSpec SPEC = new RuleSpec("orphaned-translation", Severity.WARNING,
            "A translated page has no source page", """
            ## What it does
            Reports a Markdown file in a language folder that corresponds to no English source page.

            ## Why it matters
            The source page was renamed or deleted and the translation was left behind: it is published
            with outdated content, or links to it break when the site is rebuilt.
            """);

    private OrphanedTranslation() {
    }
}
