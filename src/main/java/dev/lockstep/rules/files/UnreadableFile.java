package dev.lockstep.rules.files;

import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** A file cannot be read as UTF-8 text. Reported while finding and reading files, before any page is aligned. */
public final class UnreadableFile implements FileRule {
    public static final RuleSpec SPEC = new RuleSpec("unreadable-file", Severity.ERROR,
            "A file cannot be read as UTF-8 text", """
            ## What it does
            Reports a source or translated page that cannot be read: permission denied, a binary file named
            `.md`, a NUL byte, or bytes that are not valid UTF-8 (at the line and column of the byte, whose offset the message gives). UTF-8
            and UTF-16 files with a byte order mark are read normally; a UTF-16 mark in front of UTF-8 or
            ASCII text (an editor's wrong save) is reported as such, not read as UTF-16 garbage. The message says
            what to do for its cause: save the page as UTF-8 without a byte order mark (another encoding, a wrong
            mark), exclude a file that is not a page (`exclude:` in `.lockstep.yml`), make it readable.

            ## Why it matters
            The site generator will fail on it or publish mojibake. Lockstep reports the file and goes on
            checking the others.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(FileFact fact) {
        if (!(fact instanceof FileFact.Unreadable u)) return List.of();
        Finding.Builder finding = Finding.builder(SPEC, u.file(), u.language(), null).message(u.problem()).key(u.problem());
        if (u.at() != null) finding.at(u.at());
        return List.of(finding.build());
    }
}
