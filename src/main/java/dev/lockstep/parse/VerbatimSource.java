package dev.lockstep.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a translated page may take from its source page where it copies it: the source's paragraphs by their exact
 * text and layout, with what the block model made of their inline content, and the reading of its front matter.
 * On a site translated through Crowdin most translated paragraphs are byte-identical copies of a source
 * paragraph (an untranslated string is written as the source text); such a copy on a translated page takes the
 * source paragraph's prose and inline features, moved to where the copy stands, and flexmark does not parse its
 * inlines at all ({@link MarkdownParser#parse(String, String, VerbatimSource)}).
 *
 * <p>Why that is the same model: flexmark's inline parse of a paragraph reads only its content lines, and the
 * page's link reference definitions and footnote labels (compared whole: a copy is taken only when the two pages
 * define the same ones); the inline collection reads the same nodes and the source map's lines. A copy is one
 * whose lines, from the start of its first line to the end of its content, are the same characters, with its
 * content lines at the same places in them and the same columns left out of each line by the container scan: its
 * nodes are then the source's, every offset moved by the same amount and every line by the same number.
 * {@code VerbatimSourceTest} holds pages parsed with and without their source's paragraphs to the same model.
 * A front matter whose YAML is the source's, character for character, takes its reading (a function of the YAML).
 *
 * <p>Made once per source page ({@link MarkdownParser#parseSource}) and read-only after: a source page's
 * translations may be parsed on any thread.
 */
public final class VerbatimSource {
    final Flavor flavor;
    /** The page's link reference definitions and footnote labels, which decide how its links and notes read. */
    final String references;
    /** By {@link #fingerprint}: two paragraphs of one page that share one are rare, and the second is left out. */
    private final Table entries = new Table();
    /** The page's headings, the same way (a heading's region is its line up to the end of its text). */
    private final Table headings = new Table();

    /** The page's front matter (the YAML between its fences), or null, and its reading. */
    final String yaml;
    final FrontMatterReader.Result yamlRead;

    VerbatimSource(Flavor flavor, String references, String yaml, FrontMatterReader.Result yamlRead) {
        this.flavor = flavor;
        this.references = references;
        this.yaml = yaml;
        this.yamlRead = yamlRead;
    }

    /** The number of source paragraphs held. */
    public int size() {
        return entries.size();
    }

    /** The number of source headings held. */
    int headings() {
        return headings.size();
    }

    /**
     * Whether a paragraph is one the walk reads only through {@link Collected}: the first paragraph of a quote may
     * be a GitHub alert's and a footnote's paragraphs are read together, so those are not.
     */
    static boolean eligible(Paragraph p) {
        return p.getParent() instanceof Document || p.getParent() instanceof ListItem
                || p.getParent() instanceof BlockQuote && p.getPrevious() != null;
    }

    /**
     * What the block model made of a paragraph's inline content, and which reading it is ({@code reading}: its own
     * when made, the source's when moved to a copy; the blocks made of it hold it, see {@link Block#sameReading}).
     */
    record Collected(Prose prose, List<Inline> inlines, List<Prose> altTexts, boolean imageOnly, Block.Reading reading) {

        Collected {
            // A copy on the source's lines takes its features as they are: the two blocks then share one list, and
            // its per-kind lists are made once for both.
            inlines = InlineList.of(inlines);
        }

        /** A new reading. */
        Collected(Prose prose, List<Inline> inlines, List<Prose> altTexts, boolean imageOnly) {
            this(prose, inlines, altTexts, imageOnly, new Block.Reading());
        }

        /** The same content {@code offsets} characters and {@code lines} lines further on, on a page of {@code map}. */
        Collected moved(int offsets, int lines, SourceMap map) {
            List<Inline> movedInlines = inlines;
            int n = inlines.size();
            if (lines != 0 && n > 0) {
                // An array filled by index, then listed: no iterator or growth checks over the source's list.
                Inline[] at = new Inline[n];
                for (int k = 0; k < n; k++) {
                    Inline i = inlines.get(k);
                    at[k] = new Inline(i.kind(), i.text(), i.target(), i.raw(),
                            new Position(i.position().line() + lines, i.position().column()));
                }
                movedInlines = Arrays.asList(at);
            }
            List<Prose> movedAlts = altTexts.isEmpty() ? altTexts : new ArrayList<>(altTexts.size());
            // The source's offsets shared, shifted (Prose.moved): each translation's copy once copied them all.
            for (Prose alt : altTexts) movedAlts.add(alt.moved(offsets, map));
            return new Collected(prose.moved(offsets, map), movedInlines, movedAlts, imageOnly, reading);
        }
    }

    /**
     * A paragraph's region of the parsed text, from the start of its first line to the end of its content (offsets
     * {@code start} to {@code end}, {@code start} on 1-based line {@code line}), and its layout: where its content
     * lines start and end in the region, and the columns the container scan left out of each of its lines.
     */
    record Located(int start, int end, int line, int[] layout) {
    }

    /** A source paragraph: its region's characters and layout, where it stands, and what was made of it. */
    record Entry(String region, int[] layout, int start, int line, Collected collected) {
    }

    /** A paragraph's region and layout, or null when one of its content lines is not a plain window of the text. */
    static Located locate(Paragraph p, String parsed, SourceMap map) {
        return locate(p.getContentLines(), parsed, map);
    }

    /**
     * A heading's region (its line, from the line's start to the end of its text) and layout, or null when its text
     * is not a plain window of one line of the text. Its inline content is a function of that text alone, as a
     * paragraph's is of its content lines; its level, lines and id come from the translated page's own tree.
     */
    static Located locate(Heading h, String parsed, SourceMap map) {
        List<BasedSequence> lines = lines(h, map);
        return lines == null ? null : locate(lines, parsed, map);
    }

    /** A heading's text as its one content line, or null when it is empty or spans lines. */
    private static List<BasedSequence> lines(Heading h, SourceMap map) {
        BasedSequence text = h.getText();
        if (text.isEmpty() || map.line(text.getStartOffset()) != map.line(Math.max(text.getStartOffset(), text.getEndOffset() - 1))) {
            return null;
        }
        return List.of(text);
    }

    private static Located locate(List<BasedSequence> lines, String parsed, SourceMap map) {
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
        return new Located(start, end, firstLine, layout);
    }

    /**
     * A region's length and a few dozen of its characters spread over it: enough to tell nearly all paragraphs
     * apart without reading a translated paragraph through (its characters are compared when one matches).
     */
    private static long fingerprint(String text, int start, int end) {
        int length = end - start;
        long h = length;
        int samples = Math.min(length, 32);
        for (int k = 0; k < samples; k++) h = 31 * h + text.charAt(start + (int) ((long) k * length / samples));
        return h;
    }

    void add(Located at, String parsed, Collected collected) {
        add(entries, at, parsed, collected);
    }

    void addHeading(Located at, String parsed, Collected collected) {
        add(headings, at, parsed, collected);
    }

    private static void add(Table entries, Located at, String parsed, Collected collected) {
        entries.putIfAbsent(fingerprint(parsed, at.start(), at.end()),
                new Entry(parsed.substring(at.start(), at.end()), at.layout(), at.start(), at.line(), collected));
    }

    /** The source paragraph a paragraph copies, moved to where the copy stands; null when it copies none. */
    Collected find(Paragraph p, String parsed, SourceMap map) {
        return entries.isEmpty() ? null : find(entries, p.getContentLines(), parsed, map);
    }

    /** The source heading whose text a heading copies, in place, moved to where the copy stands; or null. */
    Collected find(Heading h, String parsed, SourceMap map) {
        if (headings.isEmpty()) return null;
        List<BasedSequence> lines = lines(h, map);
        return lines == null ? null : find(headings, lines, parsed, map);
    }

    /**
     * The entry whose region and layout are those of {@code lines}, moved; or null. The region's bounds are all the
     * fingerprint needs, so the layout is worked out only for a paragraph whose fingerprint some entry has: most
     * paragraphs that copy none stop at the lookup.
     */
    private static Collected find(Table entries, List<BasedSequence> lines, String parsed, SourceMap map) {
        if (lines.isEmpty()) return null;
        int first = lines.get(0).getStartOffset();
        int end = lines.get(lines.size() - 1).getEndOffset();
        if (end < first || end > parsed.length()) return null;
        int start = map.lineStart(map.line(first));
        Entry e = entries.get(fingerprint(parsed, start, end));
        if (e == null || e.region().length() != end - start) return null;
        int firstLine = map.line(first);
        if (!sameLayout(e.layout(), lines, start, end, firstLine, map.line(Math.max(first, end - 1)), map)
                || !parsed.regionMatches(start, e.region(), 0, e.region().length())) {
            return null;
        }
        return e.collected().moved(start - e.start(), firstLine - e.line(), map);
    }

    /**
     * Whether {@code lines}, in the region from {@code start} to {@code end} on lines {@code firstLine} to
     * {@code lastLine}, have the layout {@link #locate} would make of them: the same checks and numbers, read in place
     * instead of into a new array (a translated page asks it of every copy it has).
     */
    private static boolean sameLayout(int[] layout, List<BasedSequence> lines, int start, int end, int firstLine,
                                      int lastLine, SourceMap map) {
        if (layout.length != 2 * lines.size() + lastLine - firstLine + 1) return false;
        int k = 0;
        for (BasedSequence line : lines) {
            int from = line.getStartOffset();
            int to = line.getEndOffset();
            if (to - from != line.length() || from < start || to > end) return false;
            if (layout[k++] != from - start || layout[k++] != to - start) return false;
        }
        for (int l = firstLine; l <= lastLine; l++) {
            if (layout[k++] != map.shift(l)) return false;
        }
        return true;
    }

    /**
     * Entries by fingerprint, open addressing over a primitive key array: a translated page looks up every paragraph
     * and heading it has, and a {@code HashMap<Long, …>} boxed each key and followed a node and a {@code Long} per
     * lookup. Filled by the source page's parse only, read-only after (see the class comment).
     */
    static final class Table {
        private long[] keys = new long[16];
        private Entry[] values = new Entry[16];
        private int size;

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The entry under {@code key}, or null. */
        Entry get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                Entry e = values[i];
                if (e == null) return null;
                if (keys[i] == key) return e;
            }
        }

        /** Puts {@code value} under {@code key} unless an entry is there already (as {@link Map#putIfAbsent}). */
        void putIfAbsent(long key, Entry value) {
            if (get(key) != null) return;
            if (2 * (size + 1) > keys.length) grow();
            insert(key, value);
            size++;
        }

        private void insert(long key, Entry value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            Entry[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Entry[oldValues.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) insert(oldKeys[i], oldValues[i]);
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
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
