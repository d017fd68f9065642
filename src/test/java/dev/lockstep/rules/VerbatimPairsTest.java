package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules may leave out the pairs whose translated block is its source block as written
 * ({@link ComparedPairs#verbatim}): on every rule fixture, every page rule finds the same with and without
 * that knowledge, on the pages as the aligner pairs them and on each page paired with itself (every pair a
 * verbatim copy, the case the skipping is for: a rule that reports a copied defect must not skip).
 */
class VerbatimPairsTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    static Stream<Path> cases() throws IOException {
        return FixturePages.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRuleFindsTheSameWhetherOrNotItSkipsVerbatimPairs(Path fixture) {
        for (AlignedPage page : FixturePages.of(fixture)) sameFindings(page);
    }

    @Test
    void aBlockWrittenAlikeWhoseLinkResolvesElsewhereIsNoCopy() {
        Document source = PARSER.parse("docs/a.md", "See [the guide][g].\n\n[g]: /guide/\n");
        Document translation = PARSER.parse("i18n/de/a.md", "See [the guide][g].\n\n[g]: /de/anleitung/\n");
        assertThat(ComparedPairs.same(source.blocks().get(0), translation.blocks().get(0))).isFalse();
        Document copy = PARSER.parse("i18n/de/a.md", "\n\nSee [the guide][g].\n\n[g]: /guide/\n");
        assertThat(ComparedPairs.same(source.blocks().get(0), copy.blocks().get(0))).isTrue();
    }

    @Test
    void onlyComparablePairsAreCopiesEachKnownWhereTheyShareATranslatedBlock() {
        Document doc = PARSER.parse("docs/a.md", "One.\n\nTwo.\n");
        Block one = doc.blocks().get(0);
        Block two = doc.blocks().get(1);
        BlockPair same = new BlockPair(one, one);
        BlockPair other = new BlockPair(two, one);
        BlockPair missing = new BlockPair(two, null);
        BlockPair again = new BlockPair(one, one);
        BlockPair joined = new BlockPair(Block.joined(List.of(one, two)), Block.joined(List.of(one, two)));
        AlignedPage page = new AlignedPage(doc, doc, "de", List.of(same, other, missing, again, joined));
        assertThat(page.compared().comparable()).containsExactly(same, other, again, joined);
        assertThat(page.compared().changed()).containsExactly(other);
        assertThat(page.compared().written()).containsExactly(other);
        assertThat(page.compared().verbatim(same)).isTrue();
        assertThat(page.compared().verbatim(again)).isTrue();
        assertThat(page.compared().verbatim(joined)).isTrue();
        assertThat(page.compared().verbatim(new BlockPair(one, one))).as("a pair of another page").isFalse();
        assertThat(page.withPairs(List.of(again, other)).compared().changed()).containsExactly(other);
        assertThat(page.comparingEveryPair().compared().changed()).containsExactly(same, other, again, joined);
    }

    @Test
    void aMissingBlockIsPlacedAfterTheTranslatedBlockBeforeIt() {
        Document doc = PARSER.parse("docs/a.md", "One.\n\nTwo.\n\nThree.\n");
        Block one = doc.blocks().get(0);
        Block two = doc.blocks().get(1);
        Block three = doc.blocks().get(2);
        BlockPair lostFirst = new BlockPair(one, null);
        BlockPair kept = new BlockPair(two, two);
        BlockPair moved = new BlockPair(three, three, BlockPair.Relation.MOVED, List.of(three), List.of(three));
        BlockPair lostLast = new BlockPair(one, null);
        AlignedPage page = new AlignedPage(doc, doc, "de", List.of(lostFirst, kept, moved, lostLast));
        assertThat(page.nearestTranslatedBefore(lostFirst)).isNull();
        // A paragraph paired at another place says nothing of where the missing one goes.
        assertThat(page.nearestTranslatedBefore(lostLast)).isSameAs(two);
        assertThat(page.nearestTranslatedBefore(moved)).isSameAs(two);
        assertThat(page.nearestTranslatedBefore(new BlockPair(three, null))).isSameAs(two);
    }

    private static void sameFindings(AlignedPage page) {
        for (Rule rule : RuleRegistry.pageRules(RuleOptions.DEFAULTS)) {
            List<String> skipping = FixturePages.lines(rule.check(page));
            List<String> comparingAll = FixturePages.lines(rule.check(page.comparingEveryPair()));
            assertThat(skipping).as("%s on %s", rule.spec().id(), page.translation().path()).isEqualTo(comparingAll);
        }
    }
}
