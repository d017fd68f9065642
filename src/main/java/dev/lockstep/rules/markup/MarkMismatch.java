package dev.lockstep.rules.markup;

import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags a translated block with fewer or more highlights ({@code ==x==}) than its source block. */
public final class MarkMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("mark-mismatch", Severity.WARNING,
            "The number of highlights (==x==) differs from the source", """
            ## What it does
            Counts the highlights (`==x==`, pymdownx.mark) of each translated block and of its source
            block and reports a difference. The highlighted words are translated, so only the numbers
            are compared.

            ## Why it matters
            Highlights point readers at what matters most in a passage or a table row; a translation
            without them loses that, and a half-translated `==x=` shows its equals signs.

            ## Example
            Source: `==You may be concerned with none, one, a few, or all of these possibilities==, and…`
            Translation: `Vous pouvez être concerné par aucune, une, plusieurs ou toutes ces possibilités, et…`
            → `the source paragraph has 1 highlight (==x==), the translation 0`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return InlineParity.counts(page, SPEC, "highlight", "highlights", "==x==", b -> b.inlines(InlineKind.MARK));
    }
}
