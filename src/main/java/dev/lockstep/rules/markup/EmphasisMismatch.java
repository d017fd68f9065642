package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Flags a translated block with fewer or more emphases, or strong emphases, than its source block. */
public final class EmphasisMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("emphasis-mismatch", Severity.WARNING,
            "The number of emphases or strong emphases differs from the source", """
            ## What it does
            Counts the emphases (`*x*`, `_x_`, `<em>`, `<i>`) and, separately, the strong emphases (`**x**`,
            `__x__`, `<strong>`, `<b>`) of each translated block and of its source block, and reports a
            difference. The emphasized words themselves are translated, so only the numbers are compared.
            An emphasis the translation adds is not reported (languages italicize foreign words such as
            *software*); a strong emphasis it adds is.

            ## Why it matters
            Emphasis marks what the source stresses: a warning's key word, a UI label, "**before**". A
            lost emphasis weakens the instruction; and in CJK text an emphasis that does not parse (the
            `**` sits next to punctuation, so CommonMark does not see it as emphasis) shows the asterisks
            to the reader, which this rule catches because the parsed count drops.

            ## Example
            Source: `Press **Ctrl+Shift+C** to tell the *qube* to make this buffer available.`
            Translation: `**Ctrl+Shift+C**を押して、バッファを利用可能にするよう「qube」に伝えます。`
            → `the source list item has 1 emphasis (*x*), the translation 0`.
            """);

    private static final Set<String> EM = Set.of("em", "i");
    private static final Set<String> STRONG = Set.of("strong", "b");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        // Translators may italicize a foreign word the source has in plain text; only lost emphases count.
        List<Finding> findings = new ArrayList<>(InlineParity.counts(page, SPEC, "emphasis", "emphases", "*x*",
                b -> of(b, InlineKind.EMPHASIS, EM)).stream().filter(f -> f.details().get("change").equals("lost"))
                .toList());
        findings.addAll(InlineParity.counts(page, SPEC, "strong emphasis", "strong emphases", "**x**",
                b -> of(b, InlineKind.STRONG, STRONG)));
        return findings;
    }

    private static List<Inline> of(Block block, InlineKind kind, Set<String> tags) {
        return block.inlines().stream()
                .filter(i -> i.kind() == kind || i.kind() == InlineKind.HTML_TAG && tags.contains(i.text()))
                .toList();
    }
}
