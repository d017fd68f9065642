package dev.lockstep.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.lockstep.parse.syntax.Flavor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source page's paragraphs by their exact text and layout, with what the block model made of their inline
 * content. On a site translated through Crowdin most translated paragraphs are byte-identical copies of a source
 * paragraph (an untranslated string is written as the source text); such a copy on a translated page takes the
 * source paragraph's prose and inline features, moved to where the copy stands, and flexmark does not parse its
 * inlines at all ({@link MarkdownParser#parse(String, String, VerbatimParagraphs)}).
 *
 * <p>Why that is the same model: flexmark's inline parse of a paragraph reads only its content lines, and the
 * page's link reference definitions and footnote labels (compared whole: a copy is taken only when the two pages
 * define the same ones); the inline collection reads the same nodes and the source map's lines. A copy is one
 * whose lines, from the start of its first line to the end of its content, are the same characters, with its
 * content lines at the same places in them and the same columns left out of each line by the container scan: its
 * nodes are then the source's, every offset moved by the same amount and every line by the same number.
 * {@code VerbatimParagraphsTest} holds pages parsed with and without their source's paragraphs to the same model.
 *
 * <p>Made once per source page ({@link MarkdownParser#parseSource}) and read-only after: a source page's
 * translations may be parsed on any thread.
 */
public final class VerbatimParagraphs {
    /** No source page: nothing is taken. */
    public static final VerbatimParagraphs NONE = new VerbatimParagraphs(null, "");

    final Flavor flavor;
    /** The page's link reference definitions and footnote labels, which decide how its links and notes read. */
    final String references;
    private final Map<Key, Entry> entries = new HashMap<>();

    VerbatimParagraphs(Flavor flavor, String references) {
        this.flavor = flavor;
        this.references = references;
    }

    /** The number of distinct paragraphs held. */
    public int size() {
        return entries.size();
    }

    /**
     * Whether a paragraph is one the walk reads only through {@link Collected}: the first paragraph of a quote may
     * be a GitHub alert's and a footnote's paragraphs are read together, so those are not.
     */
    static boolean eligible(Paragraph p) {
        return p.getParent() instanceof Document || p.getParent() instanceof ListItem
                || p.getParent() instanceof BlockQuote && p.getPrevious() != null;
    }

    /** What the block model made of a paragraph's inline content. */
    record Collected(Prose prose, List<Inline> inlines, List<Prose> altTexts, boolean imageOnly) {

        /** The same content {@code offsets} characters and {@code lines} lines further on, on a page of {@code map}. */
        Collected moved(int offsets, int lines, SourceMap map) {
            List<Inline> movedInlines = inlines;
            if (lines != 0) {
                movedInlines = new ArrayList<>(inlines.size());
                for (Inline i : inlines) {
                    movedInlines.add(new Inline(i.kind(), i.text(), i.target(), i.raw(),
                            new Position(i.position().line() + lines, i.position().column())));
                }
            }
            List<Prose> movedAlts = new ArrayList<>(altTexts.size());
            for (Prose alt : altTexts) movedAlts.add(moved(alt, offsets, map));
            return new Collected(moved(prose, offsets, map), movedInlines, movedAlts, imageOnly);
        }

        private static Prose moved(Prose prose, int offsets, SourceMap map) {
            int[] at = prose.offsets().clone();
            for (int i = 0; i < at.length; i++) at[i] += offsets;
            return new Prose(prose.text(), at, map);
        }
    }

    /** A paragraph's characters and layout, from the start of its first line to the end of its content. */
    record Key(String region, int[] layout) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.region.equals(region) && Arrays.equals(k.layout, layout);
        }

        @Override
        public int hashCode() {
            return 31 * region.hashCode() + Arrays.hashCode(layout);
        }
    }

    /** A key and where its region starts on its own page (offset in the parsed text, 1-based line). */
    record Located(Key key, int start, int line) {
    }

    private record Entry(int start, int line, Collected collected) {
    }

    /** A paragraph's key, or null when one of its content lines is not a plain window of the parsed text. */
    static Located locate(Paragraph p, String parsed, SourceMap map) {
        List<BasedSequence> lines = p.getContentLines();
        if (lines.isEmpty()) return null;
        int first = lines.get(0).getStartOffset();
        int end = lines.get(lines.size() - 1).getEndOffset();
        int firstLine = map.line(first);
        int lastLine = map.line(Math.max(first, end - 1));
        int start = map.lineStart(firstLine);
        if (end < first || end > parsed.length()) return null;
        int[] layout = new int[2 * lines.size() + lastLine - firstLine + 1];
        int k = 0;
        for (BasedSequence line : lines) {
            int from = line.getStartOffset();
            int to = line.getEndOffset();
            if (to - from != line.length() || from < start || to > end) return null;
            layout[k++] = from - start;
            layout[k++] = to - start;
        }
        for (int l = firstLine; l <= lastLine; l++) layout[k++] = map.shift(l);
        return new Located(new Key(parsed.substring(start, end), layout), start, firstLine);
    }

    void add(Located at, Collected collected) {
        entries.putIfAbsent(at.key(), new Entry(at.start(), at.line(), collected));
    }

    /** The source paragraph a paragraph copies, moved to where the copy stands; null when it copies none. */
    Collected find(Paragraph p, String parsed, SourceMap map) {
        if (entries.isEmpty()) return null;
        Located at = locate(p, parsed, map);
        if (at == null) return null;
        Entry e = entries.get(at.key());
        return e == null ? null : e.collected().moved(at.start() - e.start(), at.line() - e.line(), map);
    }

    /** A page's link reference definitions (label, URL, title) and footnote labels, in one string. */
    static String references(Document document) {
        ReferenceRepository refs = Parser.REFERENCES.get(document);
        FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(document);
        if (refs.isEmpty() && notes.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Reference> e : new TreeMap<>(refs).entrySet()) {
            out.append(e.getKey()).append('\0').append(e.getValue().getUrl()).append('\0')
                    .append(e.getValue().getTitle()).append('\n');
        }
        out.append('\1');
        for (String label : new TreeMap<>(notes).keySet()) out.append(label).append('\n');
        return out.toString();
    }
}
