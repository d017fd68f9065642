package dev.lockstep.rules.markup;

import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;
import java.util.Locale;
/** Flags keyboard keys (`++ctrl+c++`) a translated block lost, added or changed. */
public final class KeysMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("keys-mismatch", Severity.WARNING,
            "Keyboard keys differ from the source's", """
            ## What it does
            Compares the keyboard keys (`++ctrl+alt+del++`, pymdownx.keys) of each translated block with
            its source block, ignoring letter case; reports keys lost, added or changed.

            ## Why it matters
            Key names are rendered as key caps from their ASCII names: a translated or dropped key
            combination tells readers to press the wrong keys, or renders as plain text.

            ## Example
            Source: `Press ++ctrl+shift+c++ to copy.`
            Translation: `Drücken Sie ++strg+umschalt+c++ zum Kopieren.` → `write ++ctrl+shift+c++`.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "key combination", b -> b.inlines(InlineKind.KEYS), k -> k.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return parity.check(page);
    }
}
