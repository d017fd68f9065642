package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a translated list with more or fewer items than its source list. */
public final class ListItemCountMismatch implements Rule {
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,9})[.)]");

    public static final RuleSpec SPEC = new RuleSpec("list-item-count-mismatch", Severity.WARNING,
            "A list has a different number of items than the source list", """
            ## What it does
            Finds each list of the source (consecutive items at the same nesting depth), the translated
            list its items were aligned with, and compares the number of items. Reported once per list,
            on the translated list's first item; `missing-block` and `extra-block` say which items.
            An ordered list interrupted by a code block or a paragraph at its own level and numbered on
            after it (`2.` after `1.`) counts as one list: readers see the steps continue. Component and
            template lines (`<Steps>`, `{% if %}`) neither end nor interrupt a list. Steps the source indents
            too far, so that they nest in the step before them and number on from it (`2.` under `1.`, often
            indented with tabs), count as the steps they number; `broken-source-markup` reports the indentation.

            ## Why it matters
            Lists are steps and options. A translation whose list has fewer steps, or two steps merged
            into one item, gives readers instructions that no longer match the source or the product.

            ## Example
            Source: four steps `1. Press **Ctrl+C** …` to `4. Press **Ctrl+V** …`.
            Translation: three items, the second and third joined in one → `the list has 3 items, the source list 4`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    /** The source page's lists, found once for all of its translations. */
    private static final PageFacts.Fact<Lists> SOURCE_LISTS = new PageFacts.Fact<>(ListItemCountMismatch::lists);

    @Override
    public List<Finding> check(AlignedPage page) {
        Lists sourceLists = page.sourceFacts().get(SOURCE_LISTS);
        if (sourceLists.isEmpty()) return List.of(); // a source page without lists has no list to count
        Lists translationLists = lists(page.translation());
        // Each source block's comparable pair, by its place on the page (a block read as several is none of them).
        List<Block> sourceBlocks = page.source().blocks();
        BlockPair[] partner = new BlockPair[sourceBlocks.size()];
        for (BlockPair p : page.pairs()) {
            if (!p.comparable()) continue;
            int at = p.source().index();
            if (at >= 0 && at < partner.length && sourceBlocks.get(at) == p.source()) partner[at] = p;
        }
        List<Finding> findings = new ArrayList<>();
        Set<List<Block>> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block head : sourceBlocks) {
            List<Block> list = sourceLists.of(head);
            if (list == null || list.get(0) != head) continue;
            BlockPair first = null;
            for (Block item : list) {
                if ((first = partner[item.index()]) != null) break;
            }
            if (first == null) continue; // the whole list is missing: missing-block says so
            List<Block> translated = translationLists.of(first.translation());
            if (translated == null || !done.add(translated) || translated.size() == list.size()) continue;
            findings.add(page.report(SPEC, first)
                    .at(translated.get(0))
                    .sourceLine(list.get(0).line())
                    .message("the list has " + translated.size() + (translated.size() == 1 ? " item" : " items")
                            + ", the source list (" + page.source().path()
                            + ":" + list.get(0).line() + ") " + list.size()
                            + (translated.size() > list.size()
                            ? ": give it the source's items (remove or join the extra ones)"
                            : ": give it the source's items (translate or split out the missing ones)"))
                    .detail("sourceItems", list.size())
                    .detail("translationItems", translated.size())
                    .build());
        }
        return findings;
    }

    /** Each list item of a page and the items of its list, in order, by the item's place on the page. */
    static final class Lists {
        private final List<Block> blocks;
        private final List<Block>[] byIndex;
        private final boolean empty;

        private Lists(List<Block> blocks, List<Block>[] byIndex, boolean empty) {
            this.blocks = blocks;
            this.byIndex = byIndex;
            this.empty = empty;
        }

        /** The items of the list {@code item} is one of; null for a block that is no list item of the page. */
        List<Block> of(Block item) {
            int i = item.index();
            if (i >= 0 && i < byIndex.length && blocks.get(i) == item) return byIndex[i];
            // Not at its index: a block of no page (several read as one), or of a page made by hand.
            for (int k = 0; k < byIndex.length; k++) if (blocks.get(k) == item) return byIndex[k];
            return null;
        }

        boolean isEmpty() {
            return empty;
        }
    }

    /**
     * Each list item → the items of its list, in order. An ordered list that a code block or a
     * paragraph interrupts, and whose numbering the next item continues ({@code 2.} after {@code 1.}),
     * is still one list: translators often write a step's code at the margin, which ends the list in
     * Markdown but not for the reader, who sees the steps numbered on.
     */
    static Lists lists(Document doc) {
        return lists(doc, new ArrayList<>());
    }

    /**
     * Ordered items that start a list nested in the item before them and number on from it ({@code 2.} under
     * {@code 1.}), each with that item: steps the author meant as the next ones, indented too far (a tab counts
     * to the next multiple of four columns), which the site shows inside the previous step.
     * broken-source-markup reports them on the source; counted here as the steps they number.
     */
    public static List<Block[]> stepsNestedInThePrevious(Document doc) {
        List<Block[]> nested = new ArrayList<>();
        lists(doc, nested);
        return nested;
    }

    /**
     * The lists open at each depth are an array by depth (depths are small, and every block of a list passes
     * here: a map and set of boxed depths cost more than the walk).
     */
    @SuppressWarnings("unchecked")
    private static Lists lists(Document doc, List<Block[]> nested) {
        List<Block> blocks = doc.blocks();
        List<Block>[] byIndex = new List[blocks.size()];
        boolean empty = true;
        List<Block>[] open = new List[8]; // the list open at each depth, or null
        boolean[] interrupted = new boolean[8]; // an open list that a block at its own depth interrupted
        int top = -1; // the deepest depth with an open list, -1 with none
        for (int at = 0; at < blocks.size(); at++) {
            Block b = blocks.get(at);
            if (b.kind() == BlockKind.DIRECTIVE) continue; // JSX and template lines: the reader sees none
            int depth = b.depth();
            if (depth >= open.length) {
                int size = Math.max(open.length * 2, depth + 1);
                open = java.util.Arrays.copyOf(open, size);
                interrupted = java.util.Arrays.copyOf(interrupted, size);
            }
            // Lists deeper than the block end, and so does its own depth's at a heading.
            int keep = b.kind() == BlockKind.HEADING ? depth - 1 : depth;
            for (int d = top; d > keep; d--) {
                open[d] = null;
                interrupted[d] = false;
            }
            while (top > keep || top >= 0 && open[top] == null) top--;
            if (b.kind() != BlockKind.LIST_ITEM) {
                if (open[depth] != null) interrupted[depth] = true;
                continue;
            }
            List<Block> list = open[depth];
            if (list != null && interrupted[depth]) {
                interrupted[depth] = false;
                if (!continues(list.get(list.size() - 1), b)) list = null;
            }
            List<Block> outer = list == null ? enclosing(open, depth) : null;
            if (outer != null && continues(outer.get(outer.size() - 1), b)) {
                nested.add(new Block[] {outer.get(outer.size() - 1), b});
                list = outer;
                open[depth] = list;
            }
            if (list == null || ordered(list.get(0)) != ordered(b)) {
                list = new ArrayList<>();
                open[depth] = list;
            }
            if (depth > top) top = depth;
            list.add(b);
            byIndex[at] = list;
            empty = false;
        }
        return new Lists(blocks, byIndex, empty);
    }

    /** The list open at the nearest depth above {@code depth}, or null. */
    private static List<Block> enclosing(List<Block>[] open, int depth) {
        for (int d = Math.min(depth, open.length) - 1; d >= 0; d--) if (open[d] != null) return open[d];
        return null;
    }

    static boolean continues(Block last, Block next) {
        int a = number(last);
        int b = number(next);
        return a >= 0 && b == a + 1;
    }

    static boolean ordered(Block item) {
        return ((BlockDetail.ListItem) item.detail()).ordered();
    }

    /** The number of an ordered list item ({@code 3.} or {@code 3)}), or -1. */
    private static int number(Block item) {
        if (!ordered(item)) return -1;
        Matcher m = NUMBER.matcher(item.raw());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
