package dev.lockstep.cli;

import dev.lockstep.rules.RuleSpec;

/** A rule's documentation page, as `rules explain` prints it and docs/rules/ stores it. */
public final class RuleDocs {
    private RuleDocs() {
    }

    public static String page(RuleSpec spec) {
        return "# " + spec.id() + "\n\n" + spec.summary() + ".\n\nDefault severity: " + spec.defaultSeverity().id()
                + "." + (spec.fixable() ? " Fixable: `lockstep fix` repairs what the source dictates (docs/fix.md)." : "")
                + "\n\n" + spec.documentation() + "\n";
    }
}
