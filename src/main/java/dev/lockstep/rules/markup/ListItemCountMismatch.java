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
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private static final PageFacts.Fact<Map<Block, List<Block>>> SOURCE_LISTS = new PageFacts.Fact<>(
            source -> java.util.Collections.unmodifiableMap(lists(source)));

    @Override
    public List<Finding> check(AlignedPage page) {
        Map<Block, List<Block>> sourceLists = page.sourceFacts().get(SOURCE_LISTS);
        if (sourceLists.isEmpty()) return List.of(); // a source page without lists has no list to count
        Map<Block, List<Block>> translationLists = lists(page.translation());
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
            List<Block> list = sourceLists.get(head);
            if (list == null || list.get(0) != head) continue;
            BlockPair first = null;
            for (Block item : list) {
                if ((first = partner[item.index()]) != null) break;
            }
            if (first == null) continue; // the whole list is missing: missing-block says so
            List<Block> translated = translationLists.get(first.translation());
            if (translated == null || !done.add(translated) || translated.size() == list.size()) continue;
            findings.add(page.report(SPEC, first)
                    .at(translated.get(0))
                    .sourceLine(list.get(0).line())
                    .message("the list has " + translated.size() + (translated.size() == 1 ? " item" : " items")
                            + ", the source list (" + page.source().path()
                            + ":" + list.get(0).line() + ") " + list.size())
                    .detail("sourceItems", list.size())
                    .detail("translationItems", translated.size())
                    .build());
        }
        return findings;
    }

    /**
     * Each list item → the items of its list, in order. An ordered list that a code block or a
     * paragraph interrupts, and whose numbering the next item continues ({@code 2.} after {@code 1.}),
     * is still one list: translators often write a step's code at the margin, which ends the list in
     * Markdown but not for the reader, who sees the steps numbered on.
     */
    private static Map<Block, List<Block>> lists(Document doc) {
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

    private static Map<Block, List<Block>> lists(Document doc, List<Block[]> nested) {
        Map<Block, List<Block>> byItem = new IdentityHashMap<>();
        Map<Integer, List<Block>> open = new HashMap<>(); // current list per depth
        Set<Integer> interrupted = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.DIRECTIVE) continue; // JSX and template lines: the reader sees none
            // Outside any list (most blocks of most pages) there is nothing to close; interrupted is then empty too.
            if (!open.isEmpty()) {
                open.keySet().removeIf(depth -> depth > b.depth()
                        || depth == b.depth() && b.kind() == BlockKind.HEADING);
                interrupted.retainAll(open.keySet());
            }
            if (b.kind() != BlockKind.LIST_ITEM) {
                if (open.containsKey(b.depth())) interrupted.add(b.depth());
                continue;
            }
            List<Block> list = open.get(b.depth());
            if (list != null && interrupted.remove(b.depth()) && !continues(list.get(list.size() - 1), b)) list = null;
            List<Block> outer = list == null ? enclosing(open, b.depth()) : null;
            if (outer != null && continues(outer.get(outer.size() - 1), b)) {
                nested.add(new Block[] {outer.get(outer.size() - 1), b});
                list = outer;
                open.put(b.depth(), list);
            }
            if (list == null || ordered(list.get(0)) != ordered(b)) {
                list = new ArrayList<>();
                open.put(b.depth(), list);
            }
            list.add(b);
            byItem.put(b, list);
        }
        return byItem;
    }

    /** The list open at the nearest depth above {@code depth}, or null. */
    private static List<Block> enclosing(Map<Integer, List<Block>> open, int depth) {
        int best = -1;
        for (int d : open.keySet()) if (d < depth && d > best) best = d;
        return best < 0 ? null : open.get(best);
    }

    private static boolean continues(Block last, Block next) {
        int a = number(last);
        int b = number(next);
        return a >= 0 && b == a + 1;
    }

    private static boolean ordered(Block item) {
        return ((BlockDetail.ListItem) item.detail()).ordered();
    }

    /** The number of an ordered list item ({@code 3.} or {@code 3)}), or -1. */
    private static int number(Block item) {
        if (!ordered(item)) return -1;
        Matcher m = NUMBER.matcher(item.raw());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
