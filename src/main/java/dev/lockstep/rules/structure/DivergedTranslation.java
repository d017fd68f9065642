package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags, once, a translation that follows another revision of its source. */
public final class DivergedTranslation implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("diverged-translation", Severity.WARNING,
            "The translation follows another revision of the source", """
            ## What it does
            Reports a page once when its alignment shows that the translation was made from another
            (usually much older) revision of the source: at least 5 blocks of either side have no
            counterpart, they are at least 15% of the page's blocks, the translation lacks at least 20% of
            the source's link targets and code (a broken export keeps them, as HTML or as text), and some
            blocks could be paired only by position. The message gives the counts.

            A pair is sure when its blocks share most of their link targets and code, an explicit id or
            their text, or when it stands in an unbroken run of pairs between sure ones. On such a page the
            rules that compare a block with its counterpart (code spans, emphasis, links, headings, list
            items, tables…) skip the pairs that are not sure: their advice would be item by item and wrong,
            pairing an old step with a new one. `missing-block` and `extra-block` still list what differs,
            and every sure pair is still compared.

            ## Why it matters
            Block-by-block fixes do not bring such a page up to date: it needs its changes since the
            revision it follows translated (or a new translation). Lockstep cannot tell which revision
            without history; with history, `stale-translation` names the commits.

            ## Example
            Source: a plugin page with sections *Setup*, *Paths*, *Files*, *Directories*, each with code.
            Translation: *Setup* and a *Permissions* section of an older revision, without the code of
            *Files* and *Directories* → "the translation follows another revision of the source: 29 of 58
            source blocks paired, 14 of them only by position; 104 source blocks missing, 29 translated
            blocks extra".
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        int unsure = 0, paired = 0, missing = 0, extra = 0;
        for (BlockPair pair : page.pairs()) {
            Block any = pair.source() != null ? pair.source() : pair.translation();
            // Component lines and front matter are structure both sides copy; counted, they only add noise.
            if (any.kind() == BlockKind.DIRECTIVE || any.kind() == BlockKind.FRONT_MATTER) continue;
            switch (pair.status()) {
                case MATCHED -> {
                    paired += pair.sourceParts().size();
                    if (pair.relation() == BlockPair.Relation.UNSURE) unsure++;
                }
                case MISSING -> missing++;
                case EXTRA -> extra++;
            }
        }
        if (unsure == 0) return List.of();
        return List.of(page.report(SPEC)
                .at(new Position(1, 1))
                .message("the translation follows another revision of the source (" + page.source().path() + "): "
                        + paired + " of " + (paired + missing) + " source blocks paired, " + unsure
                        + " of them only by position; " + missing + " source blocks missing, " + extra
                        + " translated blocks extra; update it from the source (block markup is compared only"
                        + " where the pairing is sure)")
                .detail("pairedBlocks", paired)
                .detail("unsurePairs", unsure)
                .detail("missingBlocks", missing)
                .detail("extraBlocks", extra)
                .build());
    }
}
