package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    private final MarkdownParser parser = new MarkdownParser();

    private List<Block> blocks(String markdown) {
        return parser.parse("page.md", markdown).blocks();
    }

    private static Admonition onlyAdmonition(List<Block> blocks) {
        List<Block> admonitions = blocks.stream().filter(b -> b.kind() == BlockKind.ADMONITION).toList();
        assertThat(admonitions).hasSize(1);
        return (Admonition) admonitions.get(0).detail();
    }

    @Test
    void aNulCharacterReadsAsFlexmarkReadsIt() {
        // flexmark reads NUL as U+FFFD; the texts and targets taken from its nodes keep that reading.
        Document doc = new MarkdownParser().parse("a.md",
                "A `c\0de`, *e\0m*, **s\0t**, [l\0nk](/u\0rl), ![a\0lt](/i\0mg) and <https://a\0.example>.\n\n"
                        + "```in\0fo\ncode\n```\n\n<div>ht\0ml <b>tag</b></div>\n");
        List<String> inlines = doc.blocks().get(0).inlines().stream()
                .map(i -> i.kind() + " " + i.text() + " " + i.target()).toList();
        assertThat(inlines).containsExactly("CODE c\uFFFDde null", "EMPHASIS e\uFFFDm null", "STRONG s\uFFFDt null",
                "LINK l\uFFFDnk /u\uFFFDrl", "IMAGE a\uFFFDlt /i\uFFFDmg",
                "AUTOLINK https://a\uFFFD.example https://a\uFFFD.example");
        assertThat(doc.blocks().get(1).detail()).isEqualTo(new BlockDetail.Code("in\uFFFDfo"));
        assertThat(doc.blocks().get(2).inlines()).extracting(Inline::text).containsExactly("div", "b", "/b", "/div");
    }

    @Test
    void mkdocsTitleOnlyCollapsibleIsANoteWithItsBodyNestedAndLinesKept() {
        List<Block> blocks = blocks("""
                Intro.

                ??? "Qubes do not have their own filesystems."

                    You can [copy and move files](https://www.qubes-os.org/doc/) between *qubes*.

                After.
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.ADMONITION,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        Block admonition = blocks.get(1);
        assertThat(admonition.detail()).isEqualTo(new Admonition(AdmonitionSyntax.MKDOCS, "note", null,
                "Qubes do not have their own filesystems.", true, false));
        assertThat(admonition.start()).isEqualTo(new Position(3, 1));
        assertThat(admonition.texts().get(0).positionOf(0)).isEqualTo(new Position(3, 6));
        Block body = blocks.get(2);
        assertThat(body.depth()).isEqualTo(1);
        assertThat(body.start()).isEqualTo(new Position(5, 5)); // column in the file, not the de-indented text
        assertThat(body.inlines(InlineKind.LINK).get(0).position()).isEqualTo(new Position(5, 13));
        assertThat(blocks.get(3).depth()).isZero();
    }

    @Test
    void recognizesEveryAdmonitionSyntax() {
        assertThat(onlyAdmonition(blocks("!!! warning \"Mind this\"\n\n    Body.\n")))
                .isEqualTo(new Admonition(AdmonitionSyntax.MKDOCS, "warning", "warning", "Mind this", false, false));
        assertThat(onlyAdmonition(blocks("???+ tip\n\n    Body.\n")))
                .isEqualTo(new Admonition(AdmonitionSyntax.MKDOCS, "tip", "tip", null, true, true));
        assertThat(onlyAdmonition(blocks("""
                <details class="note" markdown>
                <summary>The term <em>qubes</em> is changing.</summary>

                Body.

                </details>
                """))).isEqualTo(new Admonition(AdmonitionSyntax.HTML_DETAILS, "note", "note",
                "The term <em>qubes</em> is changing.", true, false));
        assertThat(onlyAdmonition(blocks("""
                <div class="admonition warning" markdown>
                <p class="admonition-title">Careful</p>

                Body with <div>nested</div> markup.

                </div>
                """))).isEqualTo(new Admonition(AdmonitionSyntax.HTML_DIV, "warning", "warning", "Careful", false,
                false));
        assertThat(onlyAdmonition(blocks("/// danger | Stop\n\nBody.\n///\n")))
                .isEqualTo(new Admonition(AdmonitionSyntax.PYMDOWNX_BLOCKS, "danger", "danger", "Stop", false, false));
        assertThat(onlyAdmonition(blocks("> [!WARNING]\n> Body.\n")))
                .isEqualTo(new Admonition(AdmonitionSyntax.GITHUB_ALERT, "warning", "warning", null, false, false));
        assertThat(onlyAdmonition(blocks(":::info Heads up\nBody.\n:::\n")))
                .isEqualTo(new Admonition(AdmonitionSyntax.DOCUSAURUS, "info", "info", "Heads up", false, false));
    }

    @Test
    void htmlDetailsBodyWithBlankLinesStaysOneAdmonition() {
        List<Block> blocks = blocks("""
                <details class="note" markdown>
                <summary>Title</summary>

                First paragraph.

                Second paragraph.

                </details>

                Outside.
                """);
        assertThat(blocks).extracting(Block::kind, Block::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.ADMONITION, 0),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 1),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 1),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0));
        assertThat(blocks.get(0).endLine()).isEqualTo(8);
    }

    @Test
    void admonitionMarkersInsideCodeFencesAreCode() {
        List<Block> blocks = blocks("```markdown\n!!! note\n\n    Not an admonition.\n```\n");
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.CODE);
    }

    @Test
    void contentTabsAreContainersNotCodeBlocks() {
        List<Block> blocks = blocks("=== \"Android\"\n\n    Install it from [F-Droid](https://f-droid.org).\n\n=== \"iOS\"\n\n    Use the App Store.\n");
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.TAB, BlockKind.PARAGRAPH, BlockKind.TAB,
                BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).texts().get(0).text()).isEqualTo("Android");
    }

    @Test
    void frontMatterValuesAreTranslatableTextWithPositions() {
        Document doc = parser.parse("page.md", "---\ntitle: \"Qubes Overview\"\nicon: simple/qubesos\n"
                + "description: Qubes is an operating system.\n---\nBody.\n");
        Block fm = doc.blocks().get(0);
        assertThat(fm.kind()).isEqualTo(BlockKind.FRONT_MATTER);
        assertThat(fm.texts()).extracting(Prose::text).containsExactly("Qubes Overview", "Qubes is an operating system.");
        assertThat(fm.texts().get(0).positionOf(0)).isEqualTo(new Position(2, 9));
        assertThat(fm.texts().get(1).positionOf(0)).isEqualTo(new Position(4, 14));
        assertThat(doc.frontMatter()).containsEntry("icon", "simple/qubesos");
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsAProblemNotAnException() {
        Document doc = parser.parse("page.md", "---\ntitle: \"Qubes \"Overview\"\"\n---\nBody.\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("invalid front matter:");
        });
        assertThat(doc.blocks()).extracting(Block::kind).contains(BlockKind.PARAGRAPH);
    }

    @Test
    void inlineFeaturesAreCollected() {
        Block p = blocks("Press ++ctrl+c++ to copy `qvm-copy-to-vm` text with **care** and ==marks==, "
                + "see [docs](https://x.org/a/){ .md-button } :material-check: <em>now</em>[^1].\n\n[^1]: Note.\n")
                .get(0);
        assertThat(p.inlines()).extracting(Inline::kind).contains(InlineKind.KEYS, InlineKind.CODE, InlineKind.STRONG,
                InlineKind.MARK, InlineKind.LINK, InlineKind.ATTR_LIST, InlineKind.ICON, InlineKind.HTML_TAG,
                InlineKind.FOOTNOTE_REF);
        assertThat(p.inlines(InlineKind.LINK).get(0).target()).isEqualTo("https://x.org/a/");
        String text = p.texts().get(0).text();
        assertThat(text).doesNotContain("qvm-copy-to-vm").doesNotContain("{ .md-button }")
                .doesNotContain(":material-check:").contains("marks").contains(String.valueOf(Prose.CODE));
    }

    @Test
    void headingIdAndTableShape() {
        List<Block> blocks = blocks("## Connecting to Tor { #tor }\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");
        assertThat(blocks.get(0).detail()).isEqualTo(new BlockDetail.Heading(2, "tor"));
        assertThat(blocks.get(0).texts().get(0).text()).isEqualTo("Connecting to Tor");
        assertThat(blocks.get(1).detail()).isInstanceOfSatisfying(BlockDetail.Table.class, table -> {
            assertThat(table.rows()).hasSize(3);
            assertThat(table.columns()).isEqualTo(2);
        });
    }

    @Test
    void imageParagraphAndFigcaption() {
        List<Block> blocks = blocks("![Qubes architecture](../assets/img/a.png)\n<figcaption>Qubes Architecture</figcaption>\n");
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.IMAGE, BlockKind.FIGCAPTION);
        assertThat(blocks.get(0).texts().get(0).text()).isEqualTo("Qubes architecture");
        assertThat(blocks.get(1).texts().get(0).text()).isEqualTo("Qubes Architecture");
    }

    @Test
    void chainedAttributeListsSnippetsAndMathAreNotWords() {
        Block button = blocks("[Detailed Tor Overview](advanced/tor-overview.md){.md-button.md-button--primary}\n").get(0);
        assertThat(button.texts().get(0).text()).isEqualTo("Detailed Tor Overview");
        assertThat(button.inlines(InlineKind.ATTR_LIST)).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("{.md-button.md-button--primary}"));

        Block snippet = blocks("--8<-- \"includes/abbreviations.en.txt\"\n").get(0);
        assertThat(snippet.kind()).isEqualTo(BlockKind.DIRECTIVE);
        assertThat(snippet.detail()).isEqualTo(new BlockDetail.Directive("snippet"));
        assertThat(snippet.texts()).isEmpty();

        Block math = blocks("Entropy is <math><mi>log</mi><mn>2</mn></math> bits per word.\n").get(0);
        assertThat(math.texts().get(0).text()).isEqualTo("Entropy is  bits per word.");
    }

    @Test
    void unclosedDelimiterRunsStayLinear() {
        // Each of these once made a pattern backtrack per character of the run.
        String runs = "{." + "a".repeat(15_000) + " ++" + "k".repeat(5_000) + " ==" + "m".repeat(5_000) + "\n";
        assertThat(blocks(runs)).singleElement().satisfies(b -> assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH));
    }
}
