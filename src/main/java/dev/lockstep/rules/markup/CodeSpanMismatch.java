package dev.lockstep.rules.markup;

import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags code spans a translated block lost, added or changed. */
public final class CodeSpanMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("code-span-mismatch", Severity.WARNING,
            "A code span differs from the source's", """
            ## What it does
            Compares the code spans (`` `text` ``) of each translated block with its source block: same
            content, same number. Reports each code span the translation lost, added or changed.

            ## Why it matters
            Code spans hold commands, file names, settings and values that readers type or look for
            exactly as written; they are never translated. A changed or dropped code span is either a
            wrong instruction or a sign that the sentence was rewritten from another source revision.

            ## Example
            Source: ``You can copy and paste text using `qvm-copy-to-vm` or the below instructions:``
            Translation: ``Du kan kopiera och klistra in text med `qvm-copy-vm`:`` → ``write `qvm-copy-to-vm` ``.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "code span", b -> b.inlines(InlineKind.CODE), c -> c.text().strip());

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return parity.check(page);
    }
}
