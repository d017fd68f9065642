package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags a translated block with fewer or more highlights ({@code ==x==}) than its source block. */
public final class MarkMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("mark-mismatch", Severity.WARNING,
            "The number of highlights (==x==) differs from the source", """
            ## What it does
            Counts the highlights (`==x==`, pymdownx.mark) of each translated block and of its source
            block and reports a difference. The highlighted words are translated, so only the numbers
            are compared. A highlight the translation escaped (`\\==…==`, as translation tools export it) where
            the source block's is not escaped is reported on its own: it renders as text with its equals signs.

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
        List<Finding> found = new ArrayList<>(InlineParity.counts(page, SPEC, "highlight", "highlights", "==x==",
                b -> b.inlines(InlineKind.MARK)));
        // A verbatim copy escapes a mark where its source does.
        for (BlockPair pair : page.compared().changed()) {
            List<Inline> source = pair.source().inlines(InlineKind.MARK);
            if (source.isEmpty()) continue;
            for (Inline mark : pair.translation().inlines(InlineKind.MARK)) {
                if (!escaped(pair.translation(), mark) || source.stream().anyMatch(m -> escaped(pair.source(), m))) continue;
                String shown = mark.raw().length() > 40 ? mark.raw().substring(0, 37) + "…==" : mark.raw();
                found.add(page.report(SPEC, pair)
                        .at(mark.position())
                        .message("remove the backslash before \\" + shown + ": escaped, it renders as text with its "
                                + "equals signs instead of highlighting (the source at " + page.source().path() + ":"
                                + pair.source().line() + " highlights it)")
                        .detail("change", "escaped")
                        .detail("translationText", "\\" + mark.raw())
                        .identity("escaped")
                        .identity(mark.raw())
                        .build());
            }
        }
        return found;
    }

    /** {@code \==x==}: the parser still reads the highlight, but the renderer shows the backslash's {@code =} as text. */
    private static boolean escaped(dev.lockstep.parse.Block block, Inline mark) {
        return block.raw().contains("\\" + mark.raw());
    }
}
