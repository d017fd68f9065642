package dev.lockstep.rules.files;

import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** A file was not checked because it exceeds a limit. Reported while finding and reading files, before any page is aligned. */
public final class SkippedFile implements FileRule {
    public static final RuleSpec SPEC = new RuleSpec("skipped-file", Severity.WARNING,
            "A file was not checked because it exceeds a limit", """
            ## What it does
            Reports a page that Lockstep did not check because it exceeds a configured limit (by default
            10 MB per file). See `docs/limits.md`.

            ## Why it matters
            Documentation pages are rarely that large; such a file is usually generated or corrupted, and
            checking it could make a CI run slow. Raise `limits.maxFileBytes` in `.lockstep.yml` if the
            file is legitimate.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(FileFact fact) {
        if (!(fact instanceof FileFact.Skipped s)) return List.of();
        return List.of(Finding.builder(SPEC, s.file(), s.language(), null).message(s.reason()).key(s.reason())
                .build());
    }
}
