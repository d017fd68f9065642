package dev.lockstep.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FixturePages;
import dev.lockstep.rules.PageFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax rules read what they derive from one block (its text with code spans blanked, its stray closing tags)
 * from the facts of the block's page, made once per block and shared, instead of making it in each rule: on every
 * rule fixture's pages, paired with themselves and aligned with their source, each pair's blocks' facts are the ones
 * made from the block (the text character for character and position for position), and a second request gets the
 * same one.
 */
class SyntaxBlockFactsTest {

    static Stream<Path> cases() throws java.io.IOException {
        return FixturePages.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aBlocksTextFromThePagesFactsIsTheOneMadeFromTheBlock(Path fixture) {
        for (AlignedPage page : FixturePages.of(fixture)) {
            for (BlockPair pair : page.pairs()) {
                sameAsMade(page.translationFacts(), pair.translation());
                sameAsMade(page.sourceFacts(), pair.source());
                for (Block block : new Block[] {pair.source(), pair.translation()}) {
                    if (block == null) continue;
                    List<Inline> kept = StrayClosingTag.stray(page, block);
                    assertThat(kept).containsExactlyElementsOf(StrayClosingTag.stray(block));
                    if (ofPage(page.factsOf(block), block)) assertThat(StrayClosingTag.stray(page, block)).isSameAs(kept);
                }
            }
        }
    }

    private static void sameAsMade(PageFacts facts, Block block) {
        RawText kept = RawText.of(facts, block);
        RawText made = RawText.of(block);
        assertThat(kept.text()).isEqualTo(made.text());
        for (int i = 0; i < made.text().length(); i++) assertThat(kept.position(i)).isEqualTo(made.position(i));
        RawText keptAny = RawText.ofAny(facts, block);
        RawText madeAny = RawText.ofAny(block);
        assertThat(keptAny.text()).isEqualTo(madeAny.text());
        for (int i = 0; i < madeAny.text().length(); i++) assertThat(keptAny.position(i)).isEqualTo(madeAny.position(i));
        if (block != null && ofPage(facts, block)) {
            assertThat(RawText.of(facts, block)).isSameAs(kept);
            assertThat(RawText.ofAny(facts, block)).isSameAs(keptAny);
        }
    }

    private static boolean ofPage(PageFacts facts, Block block) {
        return facts.page().blocks().stream().anyMatch(b -> b == block);
    }
}
