package dev.lockstep.rules.files;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/** A file was not checked because it exceeds a limit. Reported while finding and reading files, before any page is aligned. */
public final class SkippedFile {
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

    private SkippedFile() {
    }
}
