package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.Block;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Flags an admonition whose type keyword was translated ({@code !!! nota} for {@code !!! note}). */
public final class TranslatedAdmonitionType implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("translated-admonition-type", Severity.WARNING,
            "An admonition's type keyword was translated", """
            ## What it does
            Reports a translated admonition paired with a source admonition whose type keyword is neither
            a type the renderer knows (`note`, `warning`, `tip`, `example`…) nor a type the source page
            uses: a keyword a translator or Crowdin translated (`!!! nota`, `??? exemple`,
            `<div class="admonition recomendación">`). The finding names the source's type.

            ## Why it matters
            The type keyword is syntax, not text. A translated keyword renders as a plain, unstyled
            admonition (mkdocs-material falls back to the note style with no icon), or as no admonition
            at all in syntaxes that only accept known types. `admonition-syntax-mismatch` does not report
            the type again for these pairs.

            ## Example
            Source: `<div class="admonition recommendation" markdown>`. Translation: `!!! nota ""` →
            `write the type "recommendation" as in the source`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        Set<String> sourceTypes = new HashSet<>();
        for (Block b : page.source().blocks()) if (b.detail() instanceof Admonition a) sourceTypes.add(a.type());
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (!pair.matched() || !(pair.source().detail() instanceof Admonition s)) continue;
            if (!(pair.translation().detail() instanceof Admonition t)) continue;
            if (!translated(s, t, sourceTypes)) continue;
            findings.add(page.report(SPEC, pair)
                    .message("admonition type \"" + t.declaredType() + "\" is a translated keyword: write the type \""
                            + s.type() + "\" as in the source (" + page.source().path() + ":" + pair.source().line()
                            + "); a translated type renders as an unstyled admonition or not at all")
                    .detail("sourceType", s.type())
                    .detail("translationType", t.declaredType())
                    .build());
        }
        return findings;
    }

    /** The translation's declared type is one no renderer knows and the source never uses. */
    static boolean translated(Admonition s, Admonition t, Set<String> sourceTypes) {
        String type = t.declaredType();
        if (type == null || type.equalsIgnoreCase(s.type())) return false;
        return !Admonition.knownType(type) && !sourceTypes.contains(type);
    }
}
