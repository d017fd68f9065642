package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FixturePages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List items written into the paragraph before them are unpaired source items: a page whose blocks are all
 * paired absorbs none (and {@link AbsorbedList#of} does not look), one with such a list still does.
 */
class AbsorbedListTest {
    private static final Path FIXTURES = Path.of("fixtures/rules/merged-blocks");

    @Test
    void aListWrittenAsRunningTextIsAbsorbed() {
        for (String fixture : List.of("list-written-as-running-text", "list-numbered-in-running-text")) {
            List<AlignedPage> pages = FixturePages.of(FIXTURES.resolve(fixture));
            assertThat(pages).as(fixture).isNotEmpty();
            assertThat(pages).as(fixture).anyMatch(page -> !AbsorbedList.of(page).blocks().isEmpty());
        }
    }

    @Test
    void aPageWhoseBlocksAreAllPairedAbsorbsNothing() {
        for (String fixture : List.of("list-written-as-running-text", "list-numbered-in-running-text")) {
            for (AlignedPage page : FixturePages.of(FIXTURES.resolve(fixture))) {
                // The source page with itself: every block paired.
                List<BlockPair> pairs = page.source().blocks().stream().map(b -> new BlockPair(b, b)).toList();
                AlignedPage itself = new AlignedPage(page.source(), page.source(), "de", pairs);
                AbsorbedList absorbed = AbsorbedList.of(itself);
                assertThat(absorbed.blocks()).isEmpty();
                assertThat(absorbed.spreadBlocks()).isEmpty();
                for (BlockPair pair : pairs) {
                    assertThat(absorbed.of(pair.source())).isEmpty();
                    assertThat(absorbed.spreadOf(pair.translation())).isEmpty();
                }
            }
        }
    }
}
