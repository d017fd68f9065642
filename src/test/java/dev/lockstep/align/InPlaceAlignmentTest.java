package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A translation with its source's blocks in place (as many, each of its source block's form, with its links
 * and code or with others nothing ties elsewhere) is paired block for block without the search: the pairs
 * must be the ones the full search finds.
 */
class InPlaceAlignmentTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final Aligner aligner = new Aligner();

    @Test
    void everyFixturePageInPlaceGetsTheSearchsPairs() throws IOException {
        int inPlace = 0;
        for (Path[] pair : fixturePairs()) {
            Document source = parse(pair[0]);
            Document translation = parse(pair[1]);
            Aligner.Source prepared = aligner.prepare(source);
            List<BlockPair> searched = aligner.alignSearching(prepared, translation);
            List<BlockPair> aligned = aligner.align(prepared, translation);
            assertThat(describe(aligned)).as("%s", pair[1]).isEqualTo(describe(searched));
            if (Aligner.alignsInPlace(prepared, translation)) inPlace++;
        }
        // The fixtures hold pages of both kinds: enough in place for the comparison to mean something.
        assertThat(inPlace).isGreaterThanOrEqualTo(150);
    }

    @Test
    void pagesParsedWithTheirSourcesCopyMarksGetTheSearchsPairs() throws IOException {
        // A block the parser made from its source block's reading skips the in-place test's comparison of
        // heading numbers, links and code: the pairs must still be the search's, and the test's answer the
        // one it gives the same page parsed without the marks.
        int copies = 0;
        for (Path[] pair : fixturePairs()) {
            MarkdownParser.SourcePage source = parser.parseSource(pair[0].toString(), Files.readString(pair[0], StandardCharsets.UTF_8));
            Document translation = parser.parse(pair[1].toString(), Files.readString(pair[1], StandardCharsets.UTF_8), source.verbatim());
            Aligner.Source prepared = aligner.prepare(source.document());
            assertThat(describe(aligner.align(prepared, translation))).as("%s", pair[1])
                    .isEqualTo(describe(aligner.alignSearching(prepared, translation)));
            assertThat(Aligner.alignsInPlace(prepared, translation)).as("%s", pair[1])
                    .isEqualTo(Aligner.alignsInPlace(aligner.prepare(source.document()), parse(pair[1])));
            List<Block> a = source.document().blocks();
            List<Block> b = translation.blocks();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).sameReading(b.get(i)) || !Signature.sameForm(a.get(i), b.get(i))) continue;
                copies++;
                assertThat(Signature.sameFeaturesAsWritten(a.get(i), b.get(i))).as("%s block %d", pair[1], i).isTrue();
                assertThat(Aligner.headingNumber(Signature.textOf(b.get(i)))).as("%s block %d", pair[1], i)
                        .isEqualTo(Aligner.headingNumber(Signature.textOf(a.get(i))));
            }
        }
        assertThat(copies).isGreaterThanOrEqualTo(400);
    }

    @Test
    void blocksWritingTheSameLinksAndCodeInOrderHaveTheSameOnes() throws IOException {
        int same = 0;
        for (Path[] pair : fixturePairs()) {
            List<Block> a = parse(pair[0]).blocks();
            List<Block> b = parse(pair[1]).blocks();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!Signature.sameFeaturesAsWritten(a.get(i), b.get(i))) continue;
                same++;
                java.util.Set<String> targets = new java.util.HashSet<>();
                java.util.Set<String> codes = new java.util.HashSet<>();
                Signature.keyFeatures(b.get(i), targets, codes);
                Signature own = new Signature(a.get(i));
                assertThat(targets).as("%s block %d", pair[1], i).isEqualTo(own.targets);
                assertThat(codes).as("%s block %d", pair[1], i).isEqualTo(own.codes);
            }
        }
        assertThat(same).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theInPlaceTestReadsBlocksAsTheirSignaturesDo() throws IOException {
        // The in-place test compares blocks without making their signatures: the form, the strict key and the
        // link targets and code it reads must be the signature's.
        int compared = 0;
        for (Path[] pair : fixturePairs()) {
            List<Block> a = parse(pair[0]).blocks();
            List<Block> b = parse(pair[1]).blocks();
            for (Block x : a) {
                Signature own = new Signature(x);
                assertThat(Signature.strictKeyOf(x)).as("%s block %d", pair[0], x.index()).isEqualTo(own.strict);
                java.util.Set<String> both = new java.util.HashSet<>();
                Signature.keyFeatures(x, both, both);
                java.util.Set<String> union = new java.util.HashSet<>(own.targets);
                union.addAll(own.codes);
                assertThat(both).as("%s block %d", pair[0], x.index()).isEqualTo(union);
            }
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                Signature own = new Signature(a.get(i));
                Signature other = new Signature(b.get(i));
                // The key with the other block's links and code is the other's key exactly when the form agrees.
                boolean sameForm = own.strictKeyWith(other.targets, other.codes).equals(other.strict);
                assertThat(Signature.sameForm(a.get(i), b.get(i))).as("%s block %d", pair[1], i).isEqualTo(sameForm);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theInPlaceTestsShortcutsAnswerAsTheComputationsTheyStandFor() throws IOException {
        // A source block's feature indices are found once, and a heading's number is matched only when its text
        // starts with a digit: both must answer as the walk over both blocks' inlines and the pattern on the text.
        int compared = 0;
        int same = 0;
        int numbered = 0;
        for (Path[] pair : fixturePairs()) {
            List<Block> a = parse(pair[0]).blocks();
            List<Block> b = parse(pair[1]).blocks();
            for (List<Block> page : List.of(a, b)) {
                for (Block x : page) {
                    String number = Aligner.headingNumber(Signature.textOf(x));
                    assertThat(Aligner.headingNumber(x)).as("%s block %d", pair[0], x.index()).isEqualTo(number);
                    if (number != null) numbered++;
                }
            }
            for (int i = 0; i < a.size(); i++) {
                // The block at the same index and its neighbours: pairs that agree and pairs that do not.
                for (int j = Math.max(0, i - 1); j < Math.min(b.size(), i + 2); j++) {
                    boolean expected = sameFeaturesByWalkingBoth(a.get(i), b.get(j));
                    assertThat(Signature.sameFeaturesAsWritten(a.get(i), Signature.featureIndices(a.get(i)), b.get(j)))
                            .as("%s block %d / %d", pair[1], i, j).isEqualTo(expected);
                    compared++;
                    if (expected) same++;
                }
            }
        }
        for (String heading : List.of("# 4. Four\n", "# \u20034) Four\n", "# Four 4.\n", "# ４. Four\n", "# 12345. Many\n",
                "# 7.\n", "# `3.` code\n")) {
            for (Block x : parser.parse("x.md", heading).blocks()) {
                assertThat(Aligner.headingNumber(x)).as(heading).isEqualTo(Aligner.headingNumber(Signature.textOf(x)));
            }
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(same).isGreaterThan(compared / 4).isLessThan(compared);
        assertThat(numbered).isGreaterThan(0);
    }

    /** The walk sameFeaturesAsWritten made before a source block's feature indices were kept: both lists side by side. */
    private static boolean sameFeaturesByWalkingBoth(Block a, Block b) {
        if (a.kind() == dev.lockstep.parse.BlockKind.CODE || a.kind() == dev.lockstep.parse.BlockKind.DIRECTIVE
                || b.kind() == dev.lockstep.parse.BlockKind.CODE || b.kind() == dev.lockstep.parse.BlockKind.DIRECTIVE) {
            return a.kind() == b.kind() && a.raw().equals(b.raw());
        }
        List<dev.lockstep.parse.Inline> x = a.inlines();
        List<dev.lockstep.parse.Inline> y = b.inlines();
        int i = next(x, 0);
        int j = next(y, 0);
        while (i < x.size() && j < y.size()) {
            dev.lockstep.parse.Inline p = x.get(i);
            dev.lockstep.parse.Inline q = y.get(j);
            if (!java.util.Objects.equals(p.target(), q.target()) || code(p) != code(q)
                    || code(p) && !java.util.Objects.equals(p.text(), q.text())) {
                return false;
            }
            i = next(x, i + 1);
            j = next(y, j + 1);
        }
        return i == x.size() && j == y.size();
    }

    private static int next(List<dev.lockstep.parse.Inline> inlines, int from) {
        int k = from;
        while (k < inlines.size() && inlines.get(k).target() == null && !code(inlines.get(k))) k++;
        return k;
    }

    private static boolean code(dev.lockstep.parse.Inline i) {
        return i.kind() == dev.lockstep.parse.InlineKind.CODE || i.kind() == dev.lockstep.parse.InlineKind.KEYS;
    }

    @Test
    void aTranslationWhoseParagraphsSwappedTheirLinksIsSearched() {
        // The search pairs the paragraph that keeps its links and code, not the one at the same index.
        assertThat(searched("# T\n\nSee [a](https://a.org) now `x`.\n\nSee [b](https://b.org) too `y`.\n\nEnd.\n",
                "# T\n\nSiehe [b](https://b.org) auch `y`.\n\nSiehe [a](https://a.org) jetzt `x`.\n\nEnde.\n"))
                .doesNotContain("1>1");
    }

    @Test
    void aTranslationThatKeepsLinksAndCodeInPlaceIsPairedBlockForBlock() {
        assertThat(pairedInPlace("# Title\n\nSee [a](https://a.org) now `x`.\n\n## Next\n\n- One\n- Two\n",
                "# Titel\n\nSiehe [a](https://a.org) jetzt `x`.\n\n## Weiter\n\n- Eins\n- Zwei\n"))
                .isEqualTo("0>0 ALIGNED\n1>1 ALIGNED\n2>2 ALIGNED\n3>3 ALIGNED\n4>4 ALIGNED\n");
    }

    @Test
    void aParagraphWhoseLinkTheTranslationLocalizedStaysInPlace() {
        assertThat(pairedInPlace("# T\n\nSee [wiki](https://en.wikipedia.org/wiki/Tor) and `tor`.\n\nMore [here](https://a.org).\n",
                "# T\n\nSiehe [Wiki](https://de.wikipedia.org/wiki/Tor) und `tor`.\n\nMehr [hier](https://a.org).\n"))
                .isEqualTo("0>0 ALIGNED\n1>1 ALIGNED\n2>2 ALIGNED\n");
    }

    @Test
    void aChangedParagraphThatGainedAnotherSourceBlocksLinkIsSearched() {
        searched("# T\n\nSee [a](https://a.org) now.\n\nSee [b](https://b.org) too.\n",
                "# T\n\nSiehe [a](https://a.org) und [b](https://b.org).\n\nSiehe [b](https://b.org) auch.\n");
    }

    @Test
    void aParagraphThatDroppedItsLinkStaysInPlaceAmongPlainParagraphs() {
        // It now has the key of the plain paragraphs, which their translations keep too: no anchor moves.
        assertThat(pairedInPlace("# T\n\nPlain one.\n\nSee [a](https://a.org).\n\nPlain two.\n",
                "# T\n\nSchlicht eins.\n\nSiehe a.\n\nSchlicht zwei.\n"))
                .isEqualTo("0>0 ALIGNED\n1>1 ALIGNED\n2>2 ALIGNED\n3>3 ALIGNED\n");
    }

    @Test
    void aChangedParagraphWithAnotherSourceBlocksKeyIsSearched() {
        // The second paragraph lost its link to g.org: it now has the first source paragraph's key, which the
        // first translated paragraph changed, and the search anchors that source paragraph there.
        assertThat(searched("# T\n\nA [f](https://f.org).\n\nB [f](https://f.org) [g](https://g.org).\n\nEnd.\n",
                "# T\n\nA [f](https://f.org) [h](https://h.org).\n\nB [f](https://f.org).\n\nEnde.\n"))
                .doesNotContain("1>1 ALIGNED");
    }

    @Test
    void aRenumberedHeadingIsSearched() {
        searched("# T\n\n## 1. One\n\nA.\n\n## 2. Two\n\nB.\n", "# T\n\n## 1. Eins\n\nA.\n\n## 3. Zwei\n\nB.\n");
    }

    /** The pairs of a translation that must be paired in place. */
    private String pairedInPlace(String source, String translation) {
        return aligned(source, translation, true);
    }

    /** The pairs of a translation that must be searched. */
    private String searched(String source, String translation) {
        return aligned(source, translation, false);
    }

    private String aligned(String sourceText, String translationText, boolean inPlace) {
        Document source = parser.parse("en.md", sourceText);
        Document translation = parser.parse("de.md", translationText);
        assertThat(Aligner.alignsInPlace(aligner.prepare(source), translation)).isEqualTo(inPlace);
        return describe(aligner.align(source, translation));
    }

    private Document parse(Path file) throws IOException {
        return parser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The pairs as source blocks, translated blocks and relation, one a line ("-" for none; joined blocks by their parts). */
    private static String describe(List<BlockPair> pairs) {
        StringBuilder sb = new StringBuilder();
        for (BlockPair p : pairs) {
            sb.append(indices(p.sourceParts())).append('>').append(indices(p.translationParts())).append(' ')
                    .append(p.relation()).append('\n');
        }
        return sb.toString();
    }

    private static String indices(List<Block> blocks) {
        if (blocks.isEmpty()) return "-";
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) sb.append(sb.isEmpty() ? "" : ",").append(b.index());
        return sb.toString();
    }

    /**
     * Source and translation files of the fixtures: each alignment gold case, and each page under an
     * {@code i18n/LANG/} folder whose source stands at the same path under the sibling {@code docs/}.
     */
    private static List<Path[]> fixturePairs() throws IOException {
        List<Path[]> out = new ArrayList<>();
        try (Stream<Path> cases = Files.list(AlignmentGoldTest.GOLD)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                out.add(new Path[] {dir.resolve("source.md"), dir.resolve("translation.md")});
            }
        }
        try (Stream<Path> files = Files.walk(Fixtures.ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Path rel = null;
                Path root = null;
                for (int k = 0; k + 2 < f.getNameCount(); k++) {
                    if (!f.getName(k).toString().equals("i18n")) continue;
                    root = k == 0 ? Path.of("") : f.subpath(0, k);
                    rel = f.subpath(k + 2, f.getNameCount());
                }
                if (rel == null) continue;
                Path source = (f.isAbsolute() ? f.getRoot().resolve(root) : root).resolve("docs").resolve(rel);
                if (Files.isRegularFile(source)) out.add(new Path[] {source, f});
            }
        }
        return out;
    }
}
