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

    /**
     * The reading of {@code yaml}: front matter of block mappings and sequences with one-line scalars (nearly all,
     * and all a translation tool writes) is read by {@link BlockFrontMatter}, which gives SnakeYAML's reading of it
     * without composing it; the rest is composed.
     */
    static Result read(String yaml) {
        Result block = BlockFrontMatter.read(yaml);
        return block != null ? block : readComposed(yaml);
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
