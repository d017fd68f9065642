package dev.lockstep.rules.files;

import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** An inline suppression comment names a rule Lockstep does not have. Reported while reading the page. */
public final class InvalidSuppression implements FileRule {
    public static final RuleSpec SPEC = new RuleSpec("invalid-suppression", Severity.WARNING,
            "An inline suppression comment names an unknown rule", """
            ## What it does
            Reports a `<!-- lockstep-disable-next-line RULE -->` or `<!-- lockstep-disable RULE -->` comment
            in a translated page when RULE is not one of Lockstep's rules (see `lockstep rules`).

            ## Why it matters
            A misspelt rule name suppresses nothing, so the finding the translator meant to silence keeps
            failing the check while the comment suggests it was dealt with. Rules that were renamed leave
            such comments behind too.

            ## Example
            Translation:
            ```markdown
            <!-- lockstep-disable-next-line missing-blok -->
            Qubes OS ist nützlich, wenn Ihr Bedrohungsmodell starke Sicherheit erfordert.
            ```
            `missing-blok` is reported; the intended rule is `missing-block`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(FileFact fact) {
        if (!(fact instanceof FileFact.UnknownSuppression u)) return List.of();
        return List.of(Finding.builder(SPEC, u.file(), u.language(), u.source()).at(u.at())
                .message("unknown rule '" + u.name() + "' in a lockstep suppression comment (see `lockstep rules`)")
                .detail("name", u.name()).key(u.name()).build());
    }
}
