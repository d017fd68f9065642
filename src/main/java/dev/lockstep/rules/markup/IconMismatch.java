package dev.lockstep.rules.markup;

import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags MkDocs icon shortcodes (`:material-x:`) a translated block lost, added or changed. */
public final class IconMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("icon-mismatch", Severity.WARNING,
            "An icon shortcode differs from the source's", """
            ## What it does
            Compares the MkDocs icon shortcodes (`:material-information:`, `:fontawesome-brands-windows:`,
            `:octicons-home-16:`, `:simple-linux:`) of each translated block with its source block; reports
            icons lost, added or changed.

            ## Why it matters
            Icon shortcodes are names, not words: a translated or mangled shortcode renders as literal text
            (`:material-información:`), a dropped one loses the visual cue the source gives.

            ## Example
            Source: `[:octicons-home-16: Homepage](https://mullvad.net/en/browser)`
            Translation: `[::octicons-home-16: ウェブページ](https://mullvad.net/en/browser)` is fine for this rule;
            `[ウェブページ](https://mullvad.net/en/browser)` → `the translation lacks the icon :octicons-home-16:`.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "icon", b -> b.inlines(InlineKind.ICON), i -> i.text());

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return parity.check(page);
    }
}
