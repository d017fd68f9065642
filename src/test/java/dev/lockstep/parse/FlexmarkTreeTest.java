package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flexmark parser {@link MarkdownParser} builds (its inline parser reads regex matches' bounds from the matcher,
 * not from a copy of the input, and is kept per thread; the tables pre-processor and the block parser factories are
 * kept per thread) makes the tree
 * flexmark built as shipped makes: every node, its offsets and its parts (brackets, URL, title, label).
 */
class FlexmarkTreeTest {

    @Test
    void everyFixturePageHasTheTreeOfFlexmarksOwnInlineParser() throws IOException {
        List<java.nio.file.Path> pages = VerbatimSourceTest.fixturePages();
        assertThat(pages).hasSizeGreaterThan(500);
        Parser flexmark = Parser.builder(MarkdownParser.flexmarkOptions()).build();
        MarkdownParser parser = new MarkdownParser();
        // One parser's block parser factories serve every page below, one after the other.
        assertThat(parser.blockFactoriesPerThread()).isTrue();
        int links = 0;
        for (java.nio.file.Path file : pages) {
            String text = VerbatimSourceTest.read(file);
            String ours = dump(parser.flexmarkTree(text));
            assertThat(ours).as(file.toString()).isEqualTo(dump(flexmark.parse(text)));
            links += ours.split("\n *Link ", -1).length - 1;
        }
        assertThat(links).as("inline links read, each through a regex match").isGreaterThan(1000);
    }

    @Test
    void linksWithTitlesReferencesAndTagsReadAsFlexmarksOwn() {
        Parser flexmark = Parser.builder(MarkdownParser.flexmarkOptions()).build();
        MarkdownParser parser = new MarkdownParser();
        String text = "A [link](https://a.example \"Its title\") and [one] [ref][r], `code`, <b>tag</b>,\n"
                + "<https://auto.example>, [x](<url with spaces> 'single') and [y]( \n /over/lines ).\n\n"
                + "[r]: https://r.example \"Ref title\"\n[one]: /one\n";
        String ours = dump(parser.flexmarkTree(text));
        assertThat(ours).isEqualTo(dump(flexmark.parse(text))).contains("Its title", "Ref title", "/over/lines");
    }

    /**
     * Lines that start blocks, nearly start them or continue them, at several indents and inside containers: the
     * factories asked only about lines with their opening characters (fences, headings, breaks, notes) must leave
     * every tree as flexmark's own.
     */
    @Test
    void randomPagesOfBlockOpenersHaveFlexmarksTree() {
        String[] pieces = {"Some text", "more *text* here", "", "", "# Heading", "#Not one", "####### seven", "#",
                "## Closed ##", "===", "=", "---", "--", "- - -", "***", "* * *", "___", "_ _", "*", "- item", "-item",
                "+ item", "1. item", "2) item", "```", "```js", "~~~", "~~~ ~", "``", "`code`", "``` a ` b", "> quote",
                "> # In a quote", "> ```", "[^1]: A note", "[^x]:", "[^]: empty", "[^1]", "[ref]: /url", "| a | b |",
                "|---|---|", "a | b", "-- | --", "<div>", "</div>", "<!-- c -->", "\t# tab", "\t```", "a\\", "+++", "-\t- -", "***\t", "=== ", "---\t", "- -x", "==x", "--\u2028", "* * *\u0085", "[a](/b) text", "[^ x]: y", "[ ^x]: z"};
        String[] indents = {"", "", "", " ", "  ", "   ", "    ", "\t", "  - ", "> ", "1. "};
        assertRandomPagesHaveFlexmarksTree(pieces, indents, 37);
    }

    /**
     * Pages of nested lists, lazy continuations, quotes and code in items: outside a list the list factory is asked
     * only about lines with a marker as flexmark's regex reads one; the trees stay flexmark's own.
     */
    @Test
    void randomPagesOfListsHaveFlexmarksTree() {
        String[] pieces = {"- item", "* item", "+ item", "1. item", "2) item", "-", "1.", "text", "more text", "",
                "", "> quote", "> - quoted item", "```", "    code", "# Heading", "---", "***", "-x", "10 years",
                "* * *", "<div>", "[^1]: note", "| a | b |", "|---|---|", "=== ", "\t- tab item", "-\titem",
                "**bold** text", "*em*", "2024 was", "1.5 litres", "1.x", "3)", "123456789. nine", "1234567890. ten",
                "123456789) x", "-\u2028", "1.\u0085", "+\r"};
        String[] indents = {"", "", " ", "  ", "   ", "    ", "     ", "      ", "        ", "\t", "  - ", "1. ", "> ",
                "   - ", "> - "};
        assertRandomPagesHaveFlexmarksTree(pieces, indents, 38);
    }

    /** 4,000 pages of 1 to 14 lines, each a random piece at a random indent, parsed to flexmark's own trees. */
    private static void assertRandomPagesHaveFlexmarksTree(String[] pieces, String[] indents, long seed) {
        Parser flexmark = Parser.builder(MarkdownParser.flexmarkOptions()).build();
        MarkdownParser parser = new MarkdownParser();
        java.util.Random random = new java.util.Random(seed);
        for (int page = 0; page < 4000; page++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(14);
            for (int l = 0; l < lines; l++) {
                String piece = pieces[random.nextInt(pieces.length)];
                String indent = indents[random.nextInt(indents.length)];
                text.append(indent).append(piece).append('\n');
            }
            String pageText = text.toString();
            assertThat(dump(parser.flexmarkTree(pageText))).as(pageText).isEqualTo(dump(flexmark.parse(pageText)));
        }
    }

    /** Every node with its class, offsets and flexmark's own list of its parts, indented by depth. */
    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node n, int depth, StringBuilder out) {
        out.append(" ".repeat(depth)).append(n.getClass().getSimpleName()).append(' ').append(n.getStartOffset())
                .append('-').append(n.getEndOffset());
        for (com.vladsch.flexmark.util.sequence.BasedSequence part : n.getSegments()) {
            out.append(" [").append(part.getStartOffset()).append('-').append(part.getEndOffset()).append(' ')
                    .append(part).append(']');
        }
        out.append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }
}
