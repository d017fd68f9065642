package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A translated page parsed with its source page's paragraphs ({@link VerbatimSource}) is the model the page
 * parsed alone makes: every block, text, character offset and position, and inline feature.
 */
class VerbatimSourceTest {

    @Test
    void everyFixturePageCopiedWholeOrMovedIsTheModelOfItsOwnParse() throws IOException {
        List<Path> pages = fixturePages();
        assertThat(pages).hasSizeGreaterThan(500);
        // Lines before the copy move every offset and line; a list around it moves its columns too.
        String[] before = {"Intro.\n\n", "# Title\n\nA first paragraph,\nover two lines.\n\n\n"};
        for (Renderer renderer : List.of(Renderer.PYTHON_MARKDOWN, Renderer.COMMONMARK, Renderer.GOLDMARK)) {
            MarkdownParser parser = new MarkdownParser(renderer);
            int copied = 0;
            // Every page with the site renderer the corpus has most; a quarter of them with the others.
            int step = renderer == Renderer.PYTHON_MARKDOWN ? 1 : 4;
            Path previous = pages.get(pages.size() - 1);
            for (int n = 0; n < pages.size(); n += step) {
                Path file = pages.get(n);
                String path = file.toString();
                String text = read(file);
                MarkdownParser.SourcePage source = parser.parseSource(path, text);
                assertThat(dump(source.document())).as(path).isEqualTo(dump(parser.parse(path, text)));
                for (String head : before) {
                    String translated = head + text;
                    MarkdownParser.Parsed parsed = parser.parse(path, translated, source.verbatim(), false);
                    Document reused = parsed.document();
                    assertThat(dump(reused)).as(renderer + " " + path + " after " + head.length())
                            .isEqualTo(dump(parser.parse(path, translated)));
                    copied += parsed.copies();
                }
                // Another page's paragraphs: mostly none copied, and the few that are (shared boilerplate) are right.
                MarkdownParser.SourcePage other = parser.parseSource(previous.toString(), read(previous));
                assertThat(dump(parser.parse(path, text, other.verbatim()))).as(path)
                        .isEqualTo(dump(parser.parse(path, text)));
                previous = file;
            }
            assertThat(copied).as(renderer + ": paragraphs taken from the source").isGreaterThan(2000 / step);
        }
    }

    @Test
    void aCopyIsTakenWithItsPlaceMoved() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        String source = "# Title\n\nSee the *docs* and `code`,\nthen [the site](https://example.org).\n\n- An item, **bold**.\n";
        String translation = "# Titel\n\nEin Satz.\n\nSee the *docs* and `code`,\nthen [the site](https://example.org).\n\n"
                + "- An item, **bold**.\n";
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", source);
        assertThat(page.verbatim().size()).isEqualTo(2);
        MarkdownParser.Parsed parsed = parser.parse("i18n/de/a.md", translation, page.verbatim(), false);
        Document reused = parsed.document();
        assertThat(parsed.copies()).isEqualTo(2);
        assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/de/a.md", translation)));
        Block copy = reused.blocks().get(2);
        // On other lines, features of their own; on the source's lines, the source block's (per-kind lists too).
        assertThat(copy.inlines()).isNotSameAs(page.document().blocks().get(1).inlines());
        Block sameLines = parser.parse("i18n/de/a.md", source.replace("Title", "Titel"), page.verbatim()).blocks().get(1);
        assertThat(sameLines.inlines()).isSameAs(page.document().blocks().get(1).inlines());
        assertThat(sameLines.inlines(InlineKind.LINK)).isSameAs(page.document().blocks().get(1).inlines(InlineKind.LINK));
        assertThat(copy.line()).isEqualTo(5);
        assertThat(copy.inlines(InlineKind.LINK).get(0).position()).isEqualTo(new Position(6, 6));
        assertThat(copy.texts().get(0).positionOf(copy.texts().get(0).text().indexOf("the site")))
                .isEqualTo(new Position(6, 7));
    }

    @Test
    void aCopiedHeadingIsTakenWithItsPlaceMovedAndItsLevelAndIdItsOwn() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        String source = "# The *title* { #top }\n\nText.\n\n## With `code` and [a link](https://example.org)\n\n"
                + "Setext heading\n--------------\n\n- ## In a list\n";
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", source);
        assertThat(page.verbatim().headings()).isEqualTo(4);
        // Moved down, one copied under another level (its region has other characters: parsed), one edited.
        String translation = "Intro.\n\n# The *title* { #top }\n\nTexte.\n\n### With `code` and [a link](https://example.org)\n\n"
                + "Setext heading\n==============\n\n- ## In a list\n\n## With `code` and [un lien](https://example.org)\n";
        MarkdownParser.Parsed parsed = parser.parse("i18n/fr/a.md", translation, page.verbatim(), false);
        Document reused = parsed.document();
        assertThat(parsed.copies()).isEqualTo(3);
        assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/fr/a.md", translation)));
        Block title = reused.blocks().get(1);
        assertThat(title.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(title.line()).isEqualTo(3);
        assertThat(title.detail()).isEqualTo(new BlockDetail.Heading(1, "top"));
        assertThat(reused.blocks().get(4).detail()).isEqualTo(new BlockDetail.Heading(1, null));
    }

    @Test
    void everyParagraphOfALongPageIsFoundInAnyOrderAndAnEditedOneIsNot() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        List<String> paragraphs = new java.util.ArrayList<>();
        // Of different lengths, so that no two share a fingerprint.
        for (int n = 0; n < 300; n++) paragraphs.add("Paragraph with *some* words" + ",".repeat(n) + "\nover two lines.\n");
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", String.join("\n", paragraphs));
        assertThat(page.verbatim().size()).isEqualTo(300);
        List<String> reversed = new java.util.ArrayList<>(paragraphs);
        java.util.Collections.reverse(reversed);
        // One character changed in the middle of a line: the same length, another text.
        reversed.set(10, reversed.get(10).replace("some", "s0me"));
        String translation = "Intro.\n\n" + String.join("\n", reversed);
        MarkdownParser.Parsed parsed = parser.parse("i18n/de/a.md", translation, page.verbatim(), false);
        Document reused = parsed.document();
        assertThat(parsed.copies()).isEqualTo(299);
        assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/de/a.md", translation)));
    }

    @Test
    void aPageWhoseReferencesDifferTakesNothing() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        String source = "See [the docs][d] and a note[^1].\n\n[d]: https://a.example\n\n[^1]: A note.\n";
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", source);
        for (String translation : List.of(
                "See [the docs][d] and a note[^1].\n\n[d]: https://b.example\n\n[^1]: A note.\n",
                "See [the docs][d] and a note[^1].\n\n[d]: https://a.example\n\n[^2]: A note.\n",
                "See [the docs][d] and a note[^1].\n\n[^1]: A note.\n")) {
            MarkdownParser.Parsed parsed = parser.parse("i18n/de/a.md", translation, page.verbatim(), false);
            Document reused = parsed.document();
            assertThat(parsed.copies()).as(translation).isZero();
            assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/de/a.md", translation)));
        }
        MarkdownParser.Parsed parsed = parser.parse("i18n/de/a.md", "Intro.\n\n" + source, page.verbatim(), false);
        Document same = parsed.document();
        assertThat(parsed.copies()).isEqualTo(1);
        assertThat(same.blocks().get(1).inlines(InlineKind.LINK).get(0).target()).isEqualTo("https://a.example");
    }

    @Test
    void aCopyInAnotherPlaceOfAContainerIsNotTaken() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", "- A list item\n  over two lines.\n");
        // The same words at the top level: other columns, so not the same paragraph.
        String translation = "A list item\nover two lines.\n\n> [!NOTE]\n> A list item\n";
        MarkdownParser.Parsed parsed = parser.parse("i18n/de/a.md", translation, page.verbatim(), false);
        Document reused = parsed.document();
        assertThat(parsed.copies()).isZero();
        assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/de/a.md", translation)));
    }

    @Test
    void aCopiedFrontMatterReadsAsItsSources() {
        MarkdownParser parser = new MarkdownParser(Renderer.PYTHON_MARKDOWN);
        String frontMatter = "---\ntitle: \"A *title*\"\ndescription: >\n  Folded, over\n  two lines.\ntags: [a, b]\n---\n";
        MarkdownParser.SourcePage page = parser.parseSource("docs/a.md", frontMatter + "\nText.\n");
        for (String translation : List.of(frontMatter + "\nTexte.\n", frontMatter.replace("two", "deux") + "\nTexte.\n",
                "---\n---\n\nTexte.\n", "Texte.\n")) {
            Document reused = parser.parse("i18n/fr/a.md", translation, page.verbatim());
            assertThat(dump(reused)).isEqualTo(dump(parser.parse("i18n/fr/a.md", translation)));
        }
        assertThat(parser.parse("i18n/fr/a.md", frontMatter + "\nTexte.\n", page.verbatim()).frontMatter())
                .containsEntry("description", "Folded, over two lines.\n");
    }

    static List<Path> fixturePages() throws IOException {
        Path root = Path.of("fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".mdx"))
                    .filter(f -> !f.startsWith(root.resolve("fuzz-crashes"))).sorted().toList();
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a document holds, character offsets and their positions included. */
    static String dump(Document d) {
        StringBuilder out = new StringBuilder();
        out.append(d.path()).append(' ').append(d.lineCount()).append(' ').append(d.frontMatter()).append(' ')
                .append(d.problems()).append('\n');
        for (Block b : d.blocks()) {
            out.append(b.index()).append(' ').append(b.kind()).append(' ').append(b.start()).append('-')
                    .append(b.endLine()).append(' ').append(b.depth()).append(' ').append(b.detail()).append('\n')
                    .append(b.raw()).append('\n');
            for (Prose p : b.texts()) prose(out, p);
            if (b.detail() instanceof BlockDetail.Table t) {
                for (List<Prose> row : t.rows()) for (Prose cell : row) prose(out, cell);
            }
            for (Inline i : b.inlines()) out.append("  ").append(i).append('\n');
        }
        return out.toString();
    }

    private static void prose(StringBuilder out, Prose p) {
        out.append("  ").append(p.text()).append(' ').append(java.util.Arrays.toString(ProseBuilderTest.offsets(p))).append('\n');
        out.append("  ");
        for (int i = 0; i < p.text().length(); i++) out.append(p.positionOf(i)).append(' ');
        out.append('\n');
    }
}
