package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags a translated block that has its source block's content but is another kind of block. */
public final class RetypedBlock implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("retyped-block", Severity.WARNING,
            "A translated block is another kind of block than its source (its markup changed or broke)", """
            ## What it does
            Reports a translated block that the alignment paired with a source block of another kind: a
            list item exported as a paragraph, a paragraph whose leading em dash became a list marker, a
            heading written as an HTML `<h2>`, a content tab or admonition whose opening line broke so it
            reads as a paragraph, a table that lost its separator row. The two are paired by what a
            translation keeps (link targets and code spans, also where broken markup left them as plain
            text, numbers, names, or the same text) within the same place of the page, so the finding
            replaces a `missing-block` for the source block and an `extra-block` for the translated one.
            When a container (admonition, tab, quote) changed kind, the blocks it held are not reported
            as missing on top of it.

            ## Why it matters
            The content is there, but it renders as something else: a list item as a loose paragraph, a
            tab as literal `=== "Title"` text, a heading that no table of contents lists. Translation
            platforms (Crowdin) break block markup when they escape or rewrap a segment.

            ## Example
            Source:
            ```markdown
            — [New York Times](https://nytimes.com/wirecutter/guides/online-security-social-media-privacy)
            ```
            Translation (the dash and the bracket were lost, so it is a list item with a broken link):
            ```markdown
            - New York Times](https://nytimes.com/wirecutter/guides/online-security-social-media-privacy)
            ```
            → `this list item is the source's paragraph (docs/about.md:198) written as another kind of
            block: restore the source's markup`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() != BlockPair.Relation.RETYPED) continue;
            Block s = pair.source();
            Block t = pair.translation();
            findings.add(page.report(SPEC, pair)
                    .message("this " + t.kind().label() + " is the source's " + s.kind().label() + " ("
                            + page.source().path() + ":" + s.line() + ") written as another kind of block: restore "
                            + "the source's markup" + MissingBlock.quote(s))
                    .detail("sourceKind", s.kind().label())
                    .detail("translationKind", t.kind().label())
                    .detail("sourceText", s.summary(200))
                    .build());
        }
        return findings;
    }
}
