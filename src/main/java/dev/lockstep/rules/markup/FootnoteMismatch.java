package dev.lockstep.rules.markup;

import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags footnote references (`[^1]`) a translated block lost, added or changed. */
public final class FootnoteMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("footnote-mismatch", Severity.WARNING,
            "A footnote reference differs from the source's", """
            ## What it does
            Compares the footnote references (`[^1]`) of each translated block with its source block;
            reports references lost, added or changed.

            A footnote the translation adds with its own definition, under a label the source does not use,
            is a translator's note and is not reported.

            ## Why it matters
            A lost reference leaves its footnote unreferenced (MkDocs drops it); a changed label points the
            reader at another footnote, which usually cites another source.

            ## Example
            Source: `Tor routes traffic through three relays.[^1]`
            Translation: `Tor leitet den Verkehr über drei Relays.` → `the translation lacks the footnote reference [^1]`.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "footnote reference", b -> b.inlines(InlineKind.FOOTNOTE_REF), f -> f.text().strip());

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        // A translator's note: a footnote the translation adds, with its own definition, under a label the
        // source does not use. A reference glued into broken text has no definition and is still reported.
        java.util.Set<String> own = labels(page.translation());
        own.removeAll(labels(page.source()));
        return parity.check(page).stream().filter(f -> !("added".equals(f.details().get("change"))
                && own.contains(label(String.valueOf(f.details().get("translationText")))))).toList();
    }

    private static java.util.Set<String> labels(dev.lockstep.parse.Document page) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (page == null) return out;
        for (dev.lockstep.parse.Block b : page.blocks()) {
            if (b.kind() == dev.lockstep.parse.BlockKind.FOOTNOTE) out.add(b.info().strip());
        }
        return out;
    }

    private static String label(String reference) {
        return reference.replaceAll("^\\[\\^|]$", "").strip();
    }
}
