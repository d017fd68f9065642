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
 * @param items per source paragraph (by identity), the list items its translated counterpart holds
 */
public record AbsorbedList(Map<Block, List<Block>> items) {

    public static AbsorbedList of(AlignedPage page) {
        Map<Block, List<Block>> out = new IdentityHashMap<>();
        List<BlockPair> pairs = page.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair pair = pairs.get(i);
            if (!pair.comparable() || pair.relation() != BlockPair.Relation.ALIGNED
                    || pair.source().kind() != BlockKind.PARAGRAPH || pair.translation().kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            List<Block> run = new ArrayList<>();
            Block first = null;
            for (int k = i + 1; k < pairs.size(); k++) {
                BlockPair next = pairs.get(k);
                if (next.status() != BlockPair.Status.MISSING) break;
                Block s = next.source();
                if (first == null) {
                    if (s.kind() != BlockKind.LIST_ITEM || s.line() != pair.source().endLine() + 1) break;
                    first = s;
                } else if (!(s.kind() == BlockKind.LIST_ITEM && s.depth() == first.depth() || s.depth() > first.depth())) {
                    break;
                }
                run.add(s);
            }
            if (!run.isEmpty() && holds(pair, run, page.language())) out.put(pair.source(), List.copyOf(run));
        }
        return new AbsorbedList(out);
    }

    /** The list items the translated counterpart of this source paragraph holds; empty when none. */
    public List<Block> of(Block sourceParagraph) {
        return items.getOrDefault(sourceParagraph, List.of());
    }

    /** Every absorbed source block, by identity. */
    public Set<Block> blocks() {
        Set<Block> out = Collections.newSetFromMap(new IdentityHashMap<>());
        items.values().forEach(out::addAll);
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
