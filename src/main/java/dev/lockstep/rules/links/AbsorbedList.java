package dev.lockstep.rules.links;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.rules.AlignedPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source list items that the translation wrote into the paragraph before them. CommonMark (and so Hugo's
 * Goldmark) lets a bullet list interrupt a paragraph: "This strategy has two main advantages:" followed on
 * the next line by {@code - It removes…} renders as a paragraph and a list, while a translation of an
 * older revision, or one that prefers prose, writes "…two advantages: first…, second… [scale](/scalability/)"
 * as one paragraph. The items are not missing and their links are not extra in that paragraph: the
 * translation holds them in another form, which merged-blocks reports once.
 *
 * <p>Evidence, not length: the items must follow the paragraph without a blank line, none of them paired,
 * and every link the items have (one at least) must be in the translated paragraph beyond the
 * paragraph's own links (the same target, a cosmetic or localized spelling, or the same page name).
 *
 * <p>Or the translated paragraph numbers the items inline: a list right after the paragraph (a blank line
 * between allowed) whose n items, two at least, the translation writes as "(1) … (2) …" — its parenthesised
 * numbers, half- or full-width, are exactly 1 to n in order while the source paragraph has none, and the
 * items' links, if any, are in it too.
 *
 * @param items  per source paragraph (by identity), the list items its translated counterpart holds
 * @param spread per translated paragraph (by identity), the translated list items that carry the rest of its
 *               source paragraph ({@link #carries})
 */
public record AbsorbedList(Map<Block, List<Block>> items, Map<Block, List<Block>> spread) {

    public static AbsorbedList of(AlignedPage page) {
        List<BlockPair> pairs = page.pairs();
        // Only unpaired blocks are absorbed: a page whose blocks are all paired (nearly every page) has none.
        if (!anyUnpaired(pairs)) return NONE;
        Map<Block, List<Block>> out = new IdentityHashMap<>();
        Map<Block, List<Block>> spread = new IdentityHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair pair = pairs.get(i);
            if (!pair.comparable() || pair.relation() != BlockPair.Relation.ALIGNED
                    || pair.source().kind() != BlockKind.PARAGRAPH || pair.translation().kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            List<Block> run = interrupting(pairs, i, BlockPair.Status.MISSING);
            if (!run.isEmpty() && holds(pair, run, page.language())) out.put(pair.source(), List.copyOf(run));
            List<Block> following = run(pairs, i, BlockPair.Status.MISSING, false);
            if (!out.containsKey(pair.source()) && numbered(pair, following, page.language())) {
                out.put(pair.source(), List.copyOf(following));
            }
            List<Block> added = interrupting(pairs, i, BlockPair.Status.EXTRA);
            if (!added.isEmpty() && carries(pair, added, page.language())) spread.put(pair.translation(), List.copyOf(added));
        }
        return new AbsorbedList(out, spread);
    }

    private static final AbsorbedList NONE = new AbsorbedList(Collections.emptyMap(), Collections.emptyMap());

    /** Whether a block of either side is unpaired ({@link BlockPair.Status#MISSING} or {@link BlockPair.Status#EXTRA}). */
    private static boolean anyUnpaired(List<BlockPair> pairs) {
        for (BlockPair p : pairs) {
            if (p.status() == BlockPair.Status.MISSING || p.status() == BlockPair.Status.EXTRA) return true;
        }
        return false;
    }

    /**
     * The unpaired list items (with what they hold) on one side right after the pair at {@code i}, when the
     * first of them follows that side's paragraph without a blank line.
     */
    private static List<Block> interrupting(List<BlockPair> pairs, int i, BlockPair.Status status) {
        return run(pairs, i, status, true);
    }

    /**
     * The unpaired list items (with what they hold) on one side right after the pair at {@code i}: the first
     * on the line after that side's paragraph when {@code interrupting}, else its next block (a blank line
     * between allowed).
     */
    private static List<Block> run(List<BlockPair> pairs, int i, BlockPair.Status status, boolean interrupting) {
        boolean missing = status == BlockPair.Status.MISSING;
        Block paragraph = missing ? pairs.get(i).source() : pairs.get(i).translation();
        List<Block> run = new ArrayList<>();
        Block first = null;
        for (int k = i + 1; k < pairs.size(); k++) {
            BlockPair next = pairs.get(k);
            if (next.status() != status) break;
            Block b = missing ? next.source() : next.translation();
            if (first == null) {
                boolean adjacent = interrupting ? b.line() == paragraph.endLine() + 1 : b.index() == paragraph.index() + 1;
                if (b.kind() != BlockKind.LIST_ITEM || !adjacent) break;
                first = b;
            } else if (!(b.kind() == BlockKind.LIST_ITEM && b.depth() == first.depth() || b.depth() > first.depth())) {
                break;
            }
            run.add(b);
        }
        return run;
    }

    /** A parenthesised number in running text: "(1)", "（1）", "(１)". */
    private static final Pattern INLINE_NUMBER = Pattern.compile("[(（]\\s*(\\p{Nd}{1,2})\\s*[)）]");

    /**
     * Whether the translated paragraph numbers the source's following list items inline: its parenthesised
     * numbers are exactly 1 to n for the n items (two at least), the source paragraph has none, and every
     * link of the items is in the translated paragraph beyond the paragraph's own.
     */
    private static boolean numbered(BlockPair pair, List<Block> run, String language) {
        if (run.isEmpty()) return false;
        int depth = run.get(0).depth();
        long items = run.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM && b.depth() == depth).count();
        if (items < 2 || !inlineNumbers(pair.source().raw()).isEmpty()) return false;
        List<Integer> numbers = inlineNumbers(pair.translation().raw());
        if (numbers.size() != items) return false;
        for (int n = 0; n < numbers.size(); n++) if (numbers.get(n) != n + 1) return false;
        boolean linked = run.stream().anyMatch(b -> !Correspondence.links(b).isEmpty());
        return !linked || holds(pair, run, language);
    }

    private static List<Integer> inlineNumbers(String raw) {
        List<Integer> out = new ArrayList<>();
        Matcher m = INLINE_NUMBER.matcher(raw);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /**
     * The other way round: the translation writes the source's paragraph as a lead-in and a list ("The
     * Glossary is maintained by [A], [B] and [C]." as "Maintainers:" and an item per name). The list
     * counts as the paragraph's when its links hold half the source paragraph's links or more (two at
     * least) that the translated paragraph lacks: an older list with a name more or less still shares most.
     */
    private static boolean carries(BlockPair pair, List<Block> items, String language) {
        List<Inline> wanted = new ArrayList<>(Correspondence.links(pair.source()));
        int all = wanted.size();
        for (Inline own : Correspondence.links(pair.translation())) take(wanted, own, language);
        List<Inline> itemLinks = new ArrayList<>();
        for (Block item : items) itemLinks.addAll(Correspondence.links(item));
        int found = 0;
        for (Inline link : itemLinks) if (take(wanted, link, language)) found++;
        return found >= 2 && found * 2 >= all;
    }

    /** Whether no paragraph of the page absorbs a list or is spread over one. */
    public boolean none() {
        return items.isEmpty() && spread.isEmpty();
    }

    /** The translated list items that write this translated paragraph's content as a list; empty when none. */
    public List<Block> spreadOf(Block translatedParagraph) {
        return spread.getOrDefault(translatedParagraph, List.of());
    }

    /** Every translated block that belongs to a paragraph written as a list, by identity. */
    public Set<Block> spreadBlocks() {
        return all(spread);
    }

    /** The list items the translated counterpart of this source paragraph holds; empty when none. */
    public List<Block> of(Block sourceParagraph) {
        return items.getOrDefault(sourceParagraph, List.of());
    }

    /** Every absorbed source block, by identity. */
    public Set<Block> blocks() {
        return all(items);
    }

    private static Set<Block> all(Map<Block, List<Block>> lists) {
        Set<Block> out = Collections.newSetFromMap(new IdentityHashMap<>());
        lists.values().forEach(out::addAll);
        return out;
    }

    private static boolean holds(BlockPair pair, List<Block> items, String language) {
        List<Inline> itemLinks = new ArrayList<>();
        for (Block item : items) itemLinks.addAll(Correspondence.links(item));
        if (itemLinks.isEmpty()) return false;
        List<Inline> left = new ArrayList<>(Correspondence.links(pair.translation()));
        for (Inline own : Correspondence.links(pair.source())) take(left, own, language);
        for (Inline link : itemLinks) {
            if (!take(left, link, language)) return false;
        }
        return true;
    }

    private static boolean take(List<Inline> links, Inline link, String language) {
        LinkTarget a = LinkTarget.parse(link.target());
        for (int j = 0; j < links.size(); j++) {
            if (Correspondence.sameTarget(a, LinkTarget.parse(links.get(j).target()), language)) {
                links.remove(j);
                return true;
            }
        }
        return false;
    }
}
