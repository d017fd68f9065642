package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.AdmonitionSyntax;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags an admonition the translation writes in another syntax, type or form than the source. */
public final class AdmonitionSyntaxMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("admonition-syntax-mismatch", Severity.WARNING,
            "An admonition is written in another syntax or type than in the source", """
            ## What it does
            Compares each admonition of the translation with the aligned one in the source. Admonitions
            are recognized in every syntax docs sites use: mkdocs (`!!! note "Title"`, `??? note`,
            `???+ note`, `??? "Title only"`), HTML (`<details class="note" markdown><summary>…`,
            `<div class="admonition note" markdown>`), pymdownx blocks (`/// note | Title`), GitHub
            alerts (`> [!NOTE]`), Starlight and Docusaurus asides (`:::note[Title]`, `:::tip Title`; `:::note`
            without a title is the same in both). Reports a different syntax, a different
            type (note vs warning), or a different form (collapsible vs always open).

            ## Why it matters
            The translation was made from an older source (sites move from `???` to `<details>`), or the
            translator changed the markup. Either way the page renders differently from the source, and
            an old syntax may no longer render at all.

            ## Example
            Source:
            ```markdown
            <details class="note" markdown>
            <summary>Qubes do not have their own filesystems.</summary>
            ```
            Translation:
            ```markdown
            ??? "Qubes do not have their own filesystems."
            ```
            `details.sourceSyntax` and `details.translationSyntax` name both syntaxes.
            """).asFixable();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> sourceTypes = new java.util.HashSet<>();
        for (dev.lockstep.parse.Block b : page.source().blocks()) {
            if (b.detail() instanceof Admonition a) sourceTypes.add(a.type());
        }
        for (BlockPair pair : page.pairs()) {
            if (!pair.matched() || !(pair.source().detail() instanceof Admonition s)) continue;
            if (!(pair.translation().detail() instanceof Admonition t)) continue;
            List<String> differences = new ArrayList<>();
            if (!AdmonitionSyntax.sameSyntax(s, t)) differences.add("syntax");
            // A translated type keyword is translated-admonition-type's finding, not a type change.
            if (!s.type().equals(t.type()) && !TranslatedAdmonitionType.translated(s, t, sourceTypes)) {
                differences.add("type");
            }
            if (AdmonitionSyntax.sameSyntax(s, t) && (s.collapsible() != t.collapsible() || s.open() != t.open())) {
                differences.add("form");
            }
            if (differences.isEmpty()) continue;
            String what = differences.contains("syntax")
                    ? "is written in " + t.syntax().id() + " syntax `" + opening(t) + "` but the source ("
                    + page.source().path() + ":" + pair.source().line() + ") uses " + s.syntax().id() + " `"
                    + opening(s) + "`"
                    : differences.contains("type")
                    ? "has type \"" + t.type() + "\" but the source (" + page.source().path() + ":"
                    + pair.source().line() + ") has \"" + s.type() + "\": `" + opening(s) + "`"
                    : "is written `" + opening(t) + "` but the source (" + page.source().path() + ":"
                    + pair.source().line() + ") writes `" + opening(s) + "`";
            Finding.Builder finding = page.report(SPEC, pair);
            Fix fix = AdmonitionRewrite.of(page.source(), pair.source(), page.translation(), pair.translation());
            if (fix != null) finding.fix(fix);
            findings.add(finding
                    .message("admonition " + what)
                    .detail("sourceSyntax", s.syntax().id())
                    .detail("translationSyntax", t.syntax().id())
                    .detail("sourceType", s.type())
                    .detail("translationType", t.type())
                    .detail("sourceOpening", opening(s))
                    .detail("translationOpening", opening(t))
                    .detail("differences", differences)
                    .build());
        }
        return findings;
    }

    /** The opening as written, with the (translated) title elided: the syntax is what matters. */
    private static String opening(Admonition a) {
        Admonition shown = new Admonition(a.syntax(), a.type(), a.declaredType(), a.title() == null ? null : "…",
                a.collapsible(), a.open());
        return shown.describe();
    }
}
