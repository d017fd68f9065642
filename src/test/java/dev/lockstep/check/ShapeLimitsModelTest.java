package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shape limiter's line model reads the text in place; this holds it to its earlier definition over
 * the text's lines (split at {@code \n}, every line a string), kept here as the reference.
 */
class ShapeLimitsModelTest {
    private static final String[] PIECES = {"", " ", "  ", "    ", "\t", "\t", "```", "~~~", "````", "`", "~", "<div>",
        "</div>", "<pre>", "</pre>", "<!-- ", "-->", "<?", "?>", "<![CDATA[", "]]>", "<!DOCTYPE", ">", "<script", "</script>",
        "| a | b |", "|---|:-:|", "| - |", "|", "-", ":", "---", "...", "text", "a\\", "\u00a0", "\u2003", "é", "😀", "\n", "\n", "\n"};

    @Test
    void readsRandomPagesAsTheLineByLineDefinitionDoes() {
        Random random = new Random(20);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder page = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) page.append(PIECES[random.nextInt(PIECES.length)]);
            String text = page.toString();
            ShapeLimits.Lines expected = Reference.model(text);
            ShapeLimits.Lines actual = ShapeLimits.model(text);
            assertThat(actual.code()).as(text).isEqualTo(expected.code());
            assertThat(actual.tableRows()).as(text).isEqualTo(expected.tableRows());
        }
    }

    @Test
    void aTextWithinTheLimitsWithNoLineExemptIsWithinThemWithTheModelsExemptionsAndOtherTextsReadAsWithTheModel() {
        Random random = new Random(35);
        // Limits small enough that the random pages break each of them, in code and table rows too.
        dev.lockstep.config.Config.Limits limits = new dev.lockstep.config.Config.Limits(1 << 20, 40, 60, 3);
        String[] more = {"> > > > deep", "- - - - - deep", "\\\\\\\\\\\\\\", "        indented"};
        int refused = 0;
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder page = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                page.append(random.nextInt(8) == 0 ? more[random.nextInt(more.length)] : PIECES[random.nextInt(PIECES.length)]);
            }
            String text = page.toString();
            String expected = ShapeLimits.check(text, limits, ShapeLimits.model(text));
            assertThat(ShapeLimits.check(text, limits)).as(text).isEqualTo(expected);
            if (expected == null) accepted++;
            else refused++;
        }
        assertThat(refused).isGreaterThan(2_000);
        assertThat(accepted).isGreaterThan(2_000);
    }

    @Test
    void fencesHtmlAndTablesOfAPage() {
        String text = "---\ntitle: x\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n| c |\n```\n<pre>\nx\n</pre>\n";
        ShapeLimits.Lines model = ShapeLimits.model(text);
        assertThat(model.tableRows().stream().toArray()).containsExactly(7);
        // The opening fence line is checked (its info string is text); the lines after it are code.
        assertThat(model.code().stream().toArray()).containsExactly(10, 11);
    }

    /** The model as it was first written: over the text's lines (the fence and HTML rules are the limiter's own). */
    private static final class Reference {
        static ShapeLimits.Lines model(String text) {
            String[] lines = text.split("\n", -1);
            BitSet code = new BitSet();
            BitSet tableRows = new BitSet();
            int frontMatterEnd = frontMatterEnd(lines);
            ShapeLimits.Fence fence = null;
            String htmlEnd = null; // inside an HTML block: what ends it ("" = a blank line)
            boolean inTable = false;
            boolean previousBlank = true;
            for (int n = frontMatterEnd; n < lines.length; n++) {
                String l = lines[n];
                int indent = indent(l);
                boolean blank = indent == l.length() || l.isBlank();
                String rest = blank ? "" : l.substring(indentChars(l));
                if (fence != null) {
                    if (!blank && indent < fence.indent()) {
                        // Less indented than the opening fence: a container the fence was in may have ended.
                        // Not sure whether this line opens or closes a fence: it opens nothing.
                        fence = null;
                    } else if (indent <= 3 && fence.closedBy(rest)) {
                        fence = null;
                        code.set(n + 1);
                        previousBlank = false;
                        continue;
                    } else {
                        // Blank lines are never checked; the parser ends an unclosed fence at its last text.
                        if (!blank) code.set(n + 1);
                        continue;
                    }
                } else if (htmlEnd != null) {
                    if (htmlEnd.isEmpty() ? blank : l.toLowerCase(Locale.ROOT).contains(htmlEnd)) htmlEnd = null;
                    previousBlank = blank;
                    continue;
                } else if (!blank && indent <= 3 && rest.startsWith("<")) {
                    htmlEnd = ShapeLimits.htmlEnd(rest);
                    if (!htmlEnd.isEmpty() && rest.toLowerCase(Locale.ROOT).indexOf(htmlEnd, 1) > 0) htmlEnd = null;
                    inTable = false;
                    previousBlank = false;
                    continue;
                } else if (!blank && indent <= 3) {
                    fence = ShapeLimits.Fence.opening(rest, indent);
                    if (fence != null) {
                        inTable = false;
                        previousBlank = false;
                        continue;
                    }
                }
                if (blank) {
                    inTable = false;
                } else if (inTable) {
                    if (rest.startsWith("|")) {
                        tableRows.set(n + 1);
                    } else {
                        inTable = false;
                    }
                } else if (previousBlank && rest.startsWith("|") && n + 1 < lines.length
                        && lines[n + 1].indexOf('|') >= 0 && ShapeLimits.DELIMITER_ROW.matcher(lines[n + 1]).matches()) {
                    // Header and delimiter rows count towards the block; the rows after them do not.
                    inTable = true;
                    n++;
                }
                previousBlank = blank;
            }
            return new ShapeLimits.Lines(code, tableRows);
        }

        /** As the parser finds front matter: {@code ---} on the first line, closed by {@code ---} or {@code ...}. */
        private static int frontMatterEnd(String[] lines) {
            if (lines.length == 0 || !lines[0].strip().equals("---")) return 0;
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---") || l.equals("...")) return i + 1;
            }
            return 0;
        }

        /** Leading columns (a tab to the next multiple of 4). */
        private static int indent(String l) {
            int columns = 0;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c == ' ') {
                    columns++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                } else {
                    break;
                }
            }
            return columns;
        }

        private static int indentChars(String l) {
            int i = 0;
            while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
            return i;
        }

    }
}
