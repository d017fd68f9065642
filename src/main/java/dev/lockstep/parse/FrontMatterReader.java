package dev.lockstep.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a page's YAML front matter safely: it is composed into nodes only (no object is ever
 * constructed, so tags such as {@code !!javax.script…} are inert), with alias, nesting and size limits.
 */
final class FrontMatterReader {

    /** A top-level scalar value with where its text starts (0-based line within the YAML, 0-based column). */
    record Entry(String key, String value, int line, int column, boolean quoted) {
    }

    record Result(Map<String, Entry> entries, String error, int errorLine) {
    }

    private FrontMatterReader() {
    }

    static Result read(String yaml) {
        Result flat = readFlat(yaml);
        return flat != null ? flat : readComposed(yaml);
    }

    /**
     * The common front matter read without SnakeYAML, or null when it is not of that shape: lines of
     * {@code key: value}, each value a plain scalar on its line or a quoted one without escapes, keys unique,
     * printable characters only. What SnakeYAML reads of such text is exactly that, and composing it cost
     * more than the rest of the block model's front matter (FrontMatterReaderTest holds the two together).
     */
    static Result readFlat(String yaml) {
        if (yaml.length() >= YamlNodes.safeLoaderOptions().getCodePointLimit()) return null;
        Map<String, Entry> entries = new LinkedHashMap<>();
        int n = yaml.length();
        int line = 0;
        int start = 0;
        while (start < n) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) end = n;
            if (!flatLine(yaml, start, end, line, entries)) return null;
            start = end + 1;
            line++;
        }
        return entries.isEmpty() ? null : new Result(entries, null, 0);
    }

    /** Reads one line of flat front matter into {@code entries}; false when it is not of that shape. */
    private static boolean flatLine(String yaml, int start, int end, int line, Map<String, Entry> entries) {
        int i = start;
        while (i < end && yaml.charAt(i) == ' ') i++;
        if (i == end) return true; // a blank line
        if (i > start || !keyCharacter(yaml.charAt(i)) || yaml.charAt(i) == '-') return false;
        while (i < end && keyCharacter(yaml.charAt(i))) i++;
        if (i + 1 >= end || yaml.charAt(i) != ':' || yaml.charAt(i + 1) != ' ') return false;
        String key = yaml.substring(start, i);
        i += 2;
        while (i < end && yaml.charAt(i) == ' ') i++;
        int last = end;
        while (last > i && yaml.charAt(last - 1) == ' ') last--;
        if (i == last) return false; // no value: a null, or a nested block on the next lines
        for (int k = i; k < last; k++) {
            if (!printable(yaml.charAt(k))) return false;
        }
        char first = yaml.charAt(i);
        Entry entry;
        if (first == '"' || first == '\'') {
            // Quoted, closed at the line's end, nothing inside that quoting would read as an escape.
            if (last - i < 2 || yaml.charAt(last - 1) != first) return false;
            for (int k = i + 1; k < last - 1; k++) {
                char c = yaml.charAt(k);
                if (c == first || c == '\\') return false;
            }
            entry = new Entry(key, yaml.substring(i + 1, last - 1), line, i - start + 1, true);
        } else {
            if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0) return false;
            for (int k = i; k < last; k++) {
                char c = yaml.charAt(k);
                // ": " and a final ':' start a mapping, " #" a comment
                if (c == ':' && (k + 1 == last || yaml.charAt(k + 1) == ' ') || c == '#' && yaml.charAt(k - 1) == ' ') {
                    return false;
                }
            }
            entry = new Entry(key, yaml.substring(i, last), line, i - start, false);
        }
        return entries.putIfAbsent(key, entry) == null; // a repeated key is SnakeYAML's to report
    }

    private static boolean keyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Printable to YAML and no line break of its own (YAML 1.1 breaks lines at U+2028 and U+2029 too). */
    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** Any front matter, composed by SnakeYAML. */
    static Result readComposed(String yaml) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            Node root = YamlNodes.compose(yaml, YamlNodes.safeLoaderOptions());
            if (root == null) return new Result(entries, null, 0);
            ScalarNode duplicate = YamlNodes.firstDuplicateKey(root);
            if (duplicate != null) {
                return new Result(entries, "invalid front matter: duplicate key " + duplicate.getValue(),
                        duplicate.getStartMark().getLine());
            }
            if (!(root instanceof MappingNode mapping)) {
                return new Result(entries, "front matter is not a mapping of keys to values", 0);
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    Mark mark = value.getStartMark();
                    boolean quoted = value.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
                    entries.put(key.getValue(), new Entry(key.getValue(), value.getValue(), mark.getLine(),
                            mark.getColumn() + (quoted ? 1 : 0), quoted));
                }
            }
            return new Result(entries, null, 0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return new Result(entries, "invalid front matter: " + oneLine(problem), mark == null ? 0 : mark.getLine());
        } catch (YAMLException | IllegalStateException e) {
            return new Result(entries, "invalid front matter: " + oneLine(e.getMessage()), 0);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable YAML" : s.replaceAll("\\s+", " ").strip();
    }
}
