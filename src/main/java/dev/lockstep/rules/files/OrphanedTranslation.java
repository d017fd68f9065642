package dev.lockstep.rules.files;

import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** A translated page has no source page. Reported while finding and reading files, before any page is aligned. */
public final class OrphanedTranslation implements FileRule {
    public static final RuleSpec SPEC = new RuleSpec("orphaned-translation", Severity.WARNING,
            "A translated page has no source page", """
            ## What it does
            Reports a Markdown file in a language folder that corresponds to no English source page.

            ## Why it matters
            The source page was renamed or deleted and the translation was left behind: it is published
            with outdated content, or links to it break when the site is rebuilt.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(FileFact fact) {
        if (!(fact instanceof FileFact.Orphan o)) return List.of();
        String message = "translated page has no source page: it was probably renamed or deleted in the source";
        return List.of(Finding.builder(SPEC, o.translation(), o.language(), null).message(message).key(message)
                .build());
    }
}
