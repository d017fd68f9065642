package dev.lockstep.rules.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FixturePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page's lists are found with an array of the lists open at each depth; this pins them to the former walk (a map
 * and a set of boxed depths, kept below as the oracle) on every rule fixture page and on random block sequences of
 * list items, headings, paragraphs and template lines at mixed depths.
 */
class ListItemCountListsTest {

    static Stream<Path> cases() throws IOException {
        return FixturePages.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixturePagesHaveTheFormerLists(Path fixture) {
        for (AlignedPage page : FixturePages.of(fixture)) {
            pinned(page.source());
            pinned(page.translation());
        }
    }

    @Test
    void randomPagesHaveTheFormerLists() {
        Random random = new Random(20);
        BlockKind[] kinds = {BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH,
                BlockKind.CODE, BlockKind.HEADING, BlockKind.DIRECTIVE};
        for (int round = 0; round < 5_000; round++) {
            int n = random.nextInt(30);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BlockKind kind = kinds[random.nextInt(kinds.length)];
                int depth = random.nextInt(round % 7 == 0 ? 14 : 4);
                boolean ordered = random.nextBoolean();
                String raw = kind == BlockKind.LIST_ITEM ? (ordered ? (1 + random.nextInt(4)) + (random.nextBoolean() ? ". x" : ") x") : "- x") : "x";
                BlockDetail detail = kind == BlockKind.LIST_ITEM ? new BlockDetail.ListItem(ordered)
                        : kind == BlockKind.HEADING ? new BlockDetail.Heading(2, null)
                        : kind == BlockKind.CODE ? new BlockDetail.Code("")
                        : kind == BlockKind.DIRECTIVE ? new BlockDetail.Directive("jsx") : BlockDetail.None.NONE;
                blocks.add(new Block(i, kind, new Position(i + 1, 1), i + 1, depth, raw, List.of(), List.of(), detail));
            }
            pinned(new Document("a.md", blocks, Map.of(), List.of(), n, ""));
        }
    }

    private static void pinned(Document doc) {
        List<Block[]> formerNested = new ArrayList<>();
        Map<Block, List<Block>> former = formerLists(doc, formerNested);
        ListItemCountMismatch.Lists lists = ListItemCountMismatch.lists(doc);
        assertThat(lists.isEmpty()).isEqualTo(former.isEmpty());
        for (Block b : doc.blocks()) {
            assertThat(lists.of(b)).as("%s line %d", doc.path(), b.line()).isEqualTo(former.get(b));
            // The same list object for the items of one list, as the former map had.
            for (Block c : doc.blocks()) {
                if (former.get(b) != null && former.get(b) == former.get(c)) assertThat(lists.of(b)).isSameAs(lists.of(c));
            }
        }
        List<Block[]> nested = ListItemCountMismatch.stepsNestedInThePrevious(doc);
        assertThat(nested).hasSameSizeAs(formerNested);
        for (int i = 0; i < nested.size(); i++) assertThat(nested.get(i)).containsExactly(formerNested.get(i));
    }

    // The former walk, as it was in ListItemCountMismatch (its numbering tests are the rule's own).

    private static Map<Block, List<Block>> formerLists(Document doc, List<Block[]> nested) {
        Map<Block, List<Block>> byItem = new IdentityHashMap<>();
        Map<Integer, List<Block>> open = new HashMap<>();
        Set<Integer> interrupted = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.DIRECTIVE) continue;
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
            if (list != null && interrupted.remove(b.depth()) && !ListItemCountMismatch.continues(list.get(list.size() - 1), b)) list = null;
            List<Block> outer = list == null ? enclosing(open, b.depth()) : null;
            if (outer != null && ListItemCountMismatch.continues(outer.get(outer.size() - 1), b)) {
                nested.add(new Block[] {outer.get(outer.size() - 1), b});
                list = outer;
                open.put(b.depth(), list);
            }
            if (list == null || ListItemCountMismatch.ordered(list.get(0)) != ListItemCountMismatch.ordered(b)) {
                list = new ArrayList<>();
                open.put(b.depth(), list);
            }
            list.add(b);
            byItem.put(b, list);
        }
        return byItem;
    }

    private static List<Block> enclosing(Map<Integer, List<Block>> open, int depth) {
        int best = -1;
        for (int d : open.keySet()) if (d < depth && d > best) best = d;
        return best < 0 ? null : open.get(best);
    }
}
