package dev.lockstep.parse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Front matter of nested block mappings and sequences whose scalars each stand on one line (schema.org data under
 * {@code schema:}, lists under {@code hide:}), read without SnakeYAML; null when the text is not of that shape, and
 * {@link FrontMatterReader#readComposed} reads it. Only the top level's scalar entries are read; the rest is
 * checked to be of the shape, which SnakeYAML composes without error and with no key repeated in a mapping.
 *
 * <p>The shape, narrower than YAML on purpose: spaces only (no tabs), no comments, printable characters; every
 * mapping's keys at one column, plain ({@code [A-Za-z0-9_-]}, not starting with {@code -}) or quoted without escapes
 * (quoted ones below the top level only), each followed by {@code ": "} and a scalar or by {@code ":"} and its
 * nested block on the next lines (a mapping further in, or a sequence further in or at the key's column); every
 * sequence's dashes at one column, each item a scalar, a mapping starting on the dash's line ({@code - key: v}), or
 * a lone dash with a mapping or a sequence further in on the next lines. A scalar is plain (not starting with an indicator, no
 * {@code ": "}, {@code " #"} or final {@code :}) or quoted without escapes, and the next line that is not blank is no
 * further in than the scalar's mapping or sequence, so no scalar runs onto a second line. Where the shape asks a
 * line to stand at a column and it does not, the reader gives up instead of guessing what SnakeYAML would make of
 * it. {@code FrontMatterReaderTest} holds its readings to SnakeYAML's over generated front matters.
 */
final class BlockFrontMatter {
    /** SnakeYAML's own limit is 50. */
    private static final int MAX_DEPTH = 40;
    private static final int CODE_POINT_LIMIT = YamlNodes.safeLoaderOptions().getCodePointLimit();
    /** SnakeYAML takes a key only within 1,024 characters of its start. */
    private static final int MAX_KEY = 1000;

    private final String yaml;
    private final int[] starts;
    private final int[] ends;
    /** Columns before each line's first character; -1 for a blank line. */
    private final int[] indents;
    private final int count;
    private final Map<String, FrontMatterReader.Entry> entries = new LinkedHashMap<>();
    /** The line being read. */
    private int at;
    /** The last scalar read, and whether it was quoted. */
    private String scalar;
    private boolean quoted;

    private BlockFrontMatter(String yaml, int[] starts, int[] ends, int[] indents, int count) {
        this.yaml = yaml;
        this.starts = starts;
        this.ends = ends;
        this.indents = indents;
        this.count = count;
    }

    /** The reading of {@code yaml}, or null when it is not of the shape. */
    static FrontMatterReader.Result read(String yaml) {
        if (yaml.length() >= CODE_POINT_LIMIT) return null;
        // Every character of a text of the shape is read by the key and scalar scans, which test it for YAML's
        // printable set there (blank lines and what surrounds keys and scalars are spaces).
        int lines = 1;
        for (int i = yaml.indexOf('\n'); i >= 0; i = yaml.indexOf('\n', i + 1)) lines++;
        int[] starts = new int[lines];
        int[] ends = new int[lines];
        int[] indents = new int[lines];
        int start = 0;
        for (int l = 0; l < lines; l++) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) end = yaml.length();
            int first = start;
            while (first < end && yaml.charAt(first) == ' ') first++;
            if (first < end && yaml.charAt(first) == '#') return null; // a comment
            starts[l] = start;
            ends[l] = end;
            indents[l] = first == end ? -1 : first - start;
            start = end + 1;
        }
        BlockFrontMatter reader = new BlockFrontMatter(yaml, starts, ends, indents, lines);
        reader.skipBlank();
        if (reader.at == lines || reader.indents[reader.at] != 0 || !reader.mapping(0, 1, true, -1)) return null;
        reader.skipBlank();
        return reader.at == lines ? new FrontMatterReader.Result(reader.entries, null, 0) : null;
    }

    private void skipBlank() {
        while (at < count && indents[at] < 0) at++;
    }

    /** The indentation of the next line that is not blank, or -1 at the end. */
    private int nextIndent() {
        skipBlank();
        return at == count ? -1 : indents[at];
    }

    private boolean isDash(int line) {
        int dash = starts[line] + indents[line];
        return yaml.charAt(dash) == '-' && (dash + 1 == ends[line] || yaml.charAt(dash + 1) == ' ');
    }

    /**
     * A mapping whose keys stand at {@code column}, from the current line on; its first key at {@code firstKey} in
     * that line when it follows a dash ({@code -1}: at the line's indentation). Ends before a line further out.
     */
    private boolean mapping(int column, int depth, boolean top, int firstKey) {
        if (depth > MAX_DEPTH) return false;
        Set<String> keys = new HashSet<>();
        int from = firstKey;
        while (true) {
            if (from < 0) {
                int indent = nextIndent();
                if (indent < column) return true;
                if (indent > column) return false;
                from = starts[at] + column;
            }
            if (!entry(from, column, depth, top, keys)) return false;
            from = -1;
        }
    }

    /** One {@code key: value} of a mapping at {@code column}, its key at {@code from} in the current line. */
    private boolean entry(int from, int column, int depth, boolean top, Set<String> keys) {
        int end = ends[at];
        int colon = keyEnd(from, end, top);
        if (colon < 0) return false;
        char open = yaml.charAt(from);
        String key = open == '"' || open == '\'' ? yaml.substring(from + 1, colon - 1) : yaml.substring(from, colon);
        if (!keys.add(key)) return false; // SnakeYAML's to report
        int value = colon + 1;
        while (value < end && yaml.charAt(value) == ' ') value++;
        int line = at;
        at++;
        if (value == end) return nested(column, depth + 1);
        if (!scalar(value, end)) return false;
        if (top) {
            entries.put(key, new FrontMatterReader.Entry(key, scalar, line, value - starts[line] + (quoted ? 1 : 0), quoted));
        }
        return nextIndent() <= column;
    }

    /**
     * Where the key at {@code from} ends (its colon), or -1 when the line is not a key followed by {@code ": "} or a
     * final {@code ":"}.
     */
    private int keyEnd(int from, int end, boolean top) {
        char open = yaml.charAt(from);
        int i;
        if (open == '"' || open == '\'') {
            if (top) return -1;
            int close = yaml.indexOf(open, from + 1);
            if (close < 0 || close >= end) return -1;
            for (int k = from + 1; k < close; k++) {
                char c = yaml.charAt(k);
                if (c == '\\' && open == '"' || !printable(c)) return -1;
            }
            i = close + 1;
        } else {
            if (open == '-' || !keyCharacter(open)) return -1;
            i = from;
            while (i < end && keyCharacter(yaml.charAt(i))) i++;
        }
        if (i >= end || i - from > MAX_KEY || yaml.charAt(i) != ':') return -1;
        if (i + 1 < end && yaml.charAt(i + 1) != ' ') return -1;
        return i;
    }

    /** The value of a key with nothing after its colon: a block on the next lines, for a mapping at {@code column}. */
    private boolean nested(int column, int depth) {
        int indent = nextIndent();
        if (indent < column) return false; // an empty value, or the end: SnakeYAML's to read
        if (isDash(at)) return sequence(indent, depth);
        return indent > column && mapping(indent, depth, false, -1);
    }

    /** A sequence whose dashes stand at {@code column}, from the current line on. */
    private boolean sequence(int column, int depth) {
        if (depth > MAX_DEPTH) return false;
        while (true) {
            int indent = nextIndent();
            if (indent < column) return true;
            if (indent > column) return false;
            // A line at the column that is no dash ends the sequence: the mapping it is the value of goes on.
            if (!isDash(at)) return true;
            int end = ends[at];
            int item = starts[at] + column + 1;
            while (item < end && yaml.charAt(item) == ' ') item++;
            if (item == end) {
                at++;
                int inner = nextIndent();
                if (inner <= column) return false;
                if (isDash(at) ? !sequence(inner, depth + 1) : !mapping(inner, depth + 1, false, -1)) return false;
            } else if (keyEnd(item, end, false) >= 0) {
                if (!mapping(item - starts[at], depth + 1, false, item)) return false;
            } else {
                if (!scalar(item, end)) return false;
                at++;
                if (nextIndent() > column) return false;
            }
        }
    }

    /** Reads the one-line scalar from {@code from} to the line's {@code end} into {@link #scalar}; false when not one. */
    private boolean scalar(int from, int end) {
        int last = end;
        while (last > from && yaml.charAt(last - 1) == ' ') last--;
        char first = yaml.charAt(from);
        if (first == '"' || first == '\'') {
            // Closed at the line's end, nothing inside that quoting would read as an escape.
            if (last - from < 2 || yaml.charAt(last - 1) != first) return false;
            for (int k = from + 1; k < last - 1; k++) {
                char c = yaml.charAt(k);
                if (c == first || c == '\\' && first == '"' || !printable(c)) return false;
            }
            scalar = yaml.substring(from + 1, last - 1);
            quoted = true;
            return true;
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0) return false;
        for (int k = from; k < last; k++) {
            char c = yaml.charAt(k);
            // ": " and a final ':' start a mapping, " #" a comment
            if (c == ':' && (k + 1 == last || yaml.charAt(k + 1) == ' ') || c == '#' && yaml.charAt(k - 1) == ' '
                    || !printable(c)) {
                return false;
            }
        }
        scalar = yaml.substring(from, last);
        quoted = false;
        return true;
    }

    private static boolean keyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Printable to YAML and no line break of its own (YAML 1.1 breaks lines at U+2028 and U+2029 too). */
    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }
}
