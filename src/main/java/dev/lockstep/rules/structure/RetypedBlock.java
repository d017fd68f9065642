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
            reads as a paragraph, a table that lost its separator row, a list item that lost a character of
            its marker (a task item's `[ ] …` without its dash, a numbered item's `2 …` without its dot).
            The two are paired by what a
            translation keeps (link targets and code spans, also where broken markup left them as plain
            text, numbers, names, or the same text) within the same place of the page, so the finding
            replaces a `missing-block` for the source block and an `extra-block` for the translated one.
            When a container (admonition, tab, quote) changed kind, the blocks it held are not reported
            as missing on top of it. Blocks spread over several blocks of other kinds are one finding: a
            tab whose opener was escaped and whose body became a code block, a list exported as one code
            block, front matter whose `---` fences became `- - -`; so is a run of retyped blocks next to
            each other (a page exported as HTML, `<h2>` and `<p>` for its headings and paragraphs), and an
            escaped include line (`\\--8<-- "file"`) that shows as text. Two neighbours retyped at once are
            found where in-order pairing crossed them: an image written as a paragraph that holds its target as
            text, next to a paragraph read as a list item because its bold is written `* * Proton Mail * *`. A table or a run of list items
            that stands, in a translation of an older revision, where the source now has a component that
            closes itself (`<PluginPermissions plugin={frontmatter.plugin} />`, `<Compatibility … />`) is the
            content that component generates, written out by hand: one finding says to use the component.

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
        List<BlockPair> run = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() == BlockPair.Relation.RETYPED) {
                run.add(pair);
            } else if (pair.source() != null || pair.translation() != null) {
                flush(page, run, findings);
            }
        }
        flush(page, run, findings);
        return findings;
    }

    /**
     * One finding per run of consecutive retyped pairs (a page exported as HTML is one problem, not
     * thirty), and per group of blocks written as several others (a tab whose body became a code block).
     */
    private static void flush(AlignedPage page, List<BlockPair> run, List<Finding> findings) {
        if (run.isEmpty()) return;
        BlockPair first = run.get(0);
        List<Block> sourceParts = new ArrayList<>();
        List<Block> translationParts = new ArrayList<>();
        for (BlockPair p : run) {
            sourceParts.addAll(p.sourceParts());
            translationParts.addAll(p.translationParts());
        }
        Block s = sourceParts.get(0);
        Block t = translationParts.get(0);
        String message;
        if (run.size() == 1 && sourceParts.size() == 1 && s.kind() == dev.lockstep.parse.BlockKind.DIRECTIVE
                && MissingBlock.SELF_CLOSING_ELEMENT.matcher(s.raw().strip()).matches()) {
            // The content a component generates, written out by the translation of an older revision.
            List<Block> outerT = outer(translationParts);
            int lastLine = translationParts.get(translationParts.size() - 1).endLine();
            message = (outerT.size() == 1 ? "this " + t.kind().noun() + " is" : "these " + outerT.size() + " blocks ("
                    + kinds(outerT) + ", lines " + t.line() + "-" + lastLine + ") are")
                    + " written out where the source has a component (" + page.source().path() + ":" + s.line()
                    + ") that generates this content: use the component instead";
        } else if (run.size() == 1 && sourceParts.size() == 1 && translationParts.size() == 1) {
            message = "this " + t.kind().noun() + " is the source's " + s.kind().noun() + " (" + page.source().path()
                    + ":" + s.line() + ") written as another kind of block: restore the source's markup";
        } else {
            // Counted as a reader sees them: a tab with what it holds is one block.
            List<Block> outerT = outer(translationParts);
            List<Block> outerS = outer(sourceParts);
            int lastLine = translationParts.get(translationParts.size() - 1).endLine();
            int sourceEnd = sourceParts.get(sourceParts.size() - 1).endLine();
            String what = outerT.size() == 1 ? "this " + t.kind().noun() + " (lines " + t.line() + "-" + lastLine
                    + ") is" : "these " + outerT.size() + " blocks (" + kinds(outerT) + ", lines " + t.line() + "-"
                    + lastLine + ") are";
            String theirs = outerS.size() == 1 ? "the source's " + s.kind().noun()
                    : "the source's " + outerS.size() + " blocks (" + kinds(outerS) + ")";
            message = what + " " + theirs + " (" + page.source().path() + ":" + s.line() + "-" + sourceEnd
                    + ") written as other kinds of blocks: restore the source's markup";
        }
        findings.add(page.report(SPEC, first)
                .message(message + MissingBlock.quote(s))
                .detail("sourceKind", s.kind().label())
                .detail("translationKind", t.kind().label())
                .detail("blocks", outer(translationParts).size())
                .detail("sourceText", s.summary(200))
                .build());
        run.clear();
    }

    /** The blocks not inside another of them. */
    private static List<Block> outer(List<Block> blocks) {
        int top = blocks.stream().mapToInt(Block::depth).min().orElse(0);
        return blocks.stream().filter(b -> b.depth() == top).toList();
    }

    /** The kinds of these blocks as messages name them, in order of first appearance: "paragraph, code block". */
    private static String kinds(List<Block> blocks) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Block b : blocks) out.add(b.kind().noun());
        return String.join(", ", out);
    }
}
