package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.AdmonitionSyntax;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Renderer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A translated block the parser took from a source block ({@link Block#sameReading}) is what the full comparison
     * calls the same when the aligner pairs the two: on every fixture pair, and on every fixture page copied whole
     * below a line of its own (every paragraph, heading and list item a copy, moved), under two renderers.
     */
    @Test
    void aPairTheParserCopiedIsTheSameByTheFullComparison() throws IOException {
        Aligner aligner = new Aligner();
        for (Renderer renderer : List.of(Renderer.PYTHON_MARKDOWN, Renderer.COMMONMARK)) {
            MarkdownParser parser = new MarkdownParser(renderer);
            int marked = 0;
            int copies = 0;
            List<Path[]> pairs = new java.util.ArrayList<>(Fixtures.pairs());
            for (Path page : Fixtures.pages()) pairs.add(new Path[] {page, null});
            for (Path[] pair : pairs) {
                String sourceText = read(pair[0]);
                String text = pair[1] == null ? "Intro.\n\n" + sourceText : read(pair[1]);
                String path = pair[1] == null ? "i18n/de/" + pair[0] : pair[1].toString();
                MarkdownParser.SourcePage source = parser.parseSource(pair[0].toString(), sourceText);
                Document translation = parser.parse(path, text, source.verbatim());
                for (BlockPair p : aligner.align(source.document(), translation)) {
                    Block s = p.source();
                    Block t = p.translation();
                    if (s == null || t == null) continue;
                    boolean full = s.kind() == t.kind() && s.raw().equals(t.raw()) && ComparedPairs.sameContent(s, t)
                            && ComparedPairs.sameDetail(s.detail(), t.detail());
                    assertThat(ComparedPairs.same(s, t)).as("%s %s:%d", renderer, path, t.line()).isEqualTo(full);
                    if (s.sameReading(t)) {
                        marked++;
                        assertThat(ComparedPairs.sameContent(s, t)).as("%s %s:%d", renderer, path, t.line()).isTrue();
                        if (full) copies++;
                    }
                }
            }
            // Enough pairs were decided by the mark, nearly all of them copies, for the comparison to mean something.
            assertThat(copies).as(renderer.toString()).isGreaterThan(2000);
            assertThat(marked - copies).as(renderer + ": marked pairs whose lines or detail differ").isLessThan(copies / 20);
        }
    }

    /**
     * The verbatim test compares headings', list items' and admonitions' details field by field: as their records'
     * equals does, on every two details of a kind on the fixture pages and on details differing in one field each.
     */
    @Test
    void detailsAreComparedAsTheirRecordsEqualsDoes() throws IOException {
        // A new component would be compared by equals but not here: the components are the ones compared.
        assertThat(Arrays.stream(BlockDetail.Heading.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("level", "id");
        assertThat(Arrays.stream(BlockDetail.ListItem.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("ordered");
        assertThat(Arrays.stream(Admonition.class.getRecordComponents())
                .map(RecordComponent::getName))
                .containsExactly("syntax", "type", "declaredType", "title", "collapsible", "open");
        Map<BlockKind, Set<BlockDetail>> byKind = new HashMap<>();
        for (Renderer renderer : List.of(Renderer.PYTHON_MARKDOWN, Renderer.COMMONMARK)) {
            MarkdownParser parser = new MarkdownParser(renderer);
            for (Path page : Fixtures.pages()) {
                for (Block b : parser.parse(page.toString(), read(page)).blocks()) {
                    if (!(b.detail() instanceof BlockDetail.Table)) {
                        byKind.computeIfAbsent(b.kind(), k -> new LinkedHashSet<>()).add(b.detail());
                    }
                }
            }
        }
        var note = new Admonition(AdmonitionSyntax.values()[0], "note", "note", "T", true, false);
        List<BlockDetail> made = List.of(note,
                new Admonition(AdmonitionSyntax.values()[1], "note", "note", "T", true, false),
                new Admonition(note.syntax(), "tip", "note", "T", true, false),
                new Admonition(note.syntax(), "note", null, "T", true, false),
                new Admonition(note.syntax(), "note", "note", null, true, false),
                new Admonition(note.syntax(), "note", "note", "T", false, false),
                new Admonition(note.syntax(), "note", "note", "T", true, true),
                new Admonition(note.syntax(), "note", "note", new String("T"), true, false),
                new BlockDetail.Heading(2, null), new BlockDetail.Heading(2, "x"),
                new BlockDetail.Heading(3, "x"), new BlockDetail.Heading(3, new String("x")),
                new BlockDetail.ListItem(true), new BlockDetail.ListItem(false));
        List<List<BlockDetail>> groups = new ArrayList<>();
        byKind.values().forEach(set -> groups.add(List.copyOf(set)));
        groups.add(made);
        int equal = 0;
        int compared = 0;
        for (List<BlockDetail> group : groups) {
            for (BlockDetail x : group) {
                for (BlockDetail y : group) {
                    assertThat(ComparedPairs.sameDetail(x, y)).as("%s / %s", x, y).isEqualTo(x.equals(y));
                    compared++;
                    if (x != y && x.equals(y)) equal++;
                }
            }
        }
        assertThat(byKind.get(BlockKind.ADMONITION)).hasSizeGreaterThan(5);
        assertThat(byKind.get(BlockKind.HEADING)).hasSizeGreaterThan(5);
        assertThat(equal).isGreaterThan(0);
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aCopyIsMarkedOnlyWithTheBlockItWasTakenFrom() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        String text = "# Title\n\nSee [the site](https://example.org).\n\n- An item.\n\nSee [the site](https://example.org).\n";
        MarkdownParser.SourcePage source = parser.parseSource("docs/a.md", text);
        Document copy = parser.parse("i18n/de/a.md", "Intro.\n\n" + text + "\n```\ncode\n```\n", source.verbatim());
        Document own = parser.parse("i18n/de/a.md", "Intro.\n\n" + text);
        List<Block> s = source.document().blocks();
        List<Block> t = copy.blocks();
        for (int i = 0; i < 3; i++) {
            assertThat(s.get(i).sameReading(t.get(i + 1))).as("block %d", i).isTrue();
            assertThat(s.get(i).sameReading(own.blocks().get(i + 1))).as("parsed alone").isFalse();
        }
        // The second paragraph of the same text takes the first one's reading, not its own block's.
        assertThat(s.get(3).sameReading(t.get(4))).isFalse();
        assertThat(s.get(1).sameReading(t.get(4))).isTrue();
        assertThat(ComparedPairs.same(s.get(3), t.get(4))).isTrue();
        assertThat(Block.joined(List.of(s.get(1), s.get(2))).sameReading(Block.joined(List.of(t.get(2), t.get(3))))).isFalse();
        assertThat(t.get(5).sameReading(t.get(5))).as("a block made without a reading").isFalse();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", "");
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
