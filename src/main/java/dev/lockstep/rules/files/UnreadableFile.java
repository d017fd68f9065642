package dev.lockstep.rules.files;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/** A file cannot be read as UTF-8 text. Reported while finding and reading files, before any page is aligned. */
public final class UnreadableFile {
    public static final RuleSpec SPEC = new RuleSpec("unreadable-file", Severity.ERROR,
            "A file cannot be read as UTF-8 text", """
            ## What it does
            Reports a source or translated page that cannot be read: permission denied, a binary file named
            `.md`, a NUL byte, or bytes that are not valid UTF-8 (the message gives the byte offset). UTF-8
            and UTF-16 files with a byte order mark are read normally.

            ## Why it matters
            The site generator will fail on it or publish mojibake. Lockstep reports the file and goes on
            checking the others.
            """);

    private UnreadableFile() {
    }
}
