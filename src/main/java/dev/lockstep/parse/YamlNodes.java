package dev.lockstep.parse;

import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * How Lockstep reads every YAML it is given (front matter, .lockstep.yml, crowdin.yml): composed into
 * nodes only, never constructed into objects, within these limits (docs/limits.md).
 */
public final class YamlNodes {
    /** Only read while composing (the implicit tags of plain scalars), so one serves every page and thread. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlNodes() {
    }

    /** Alias, nesting and size limits, and no duplicate or recursive keys. */
    public static LoaderOptions safeLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(1024 * 1024);
        return options;
    }

    /**
     * A YAML document as nodes (null when empty). What {@code new Yaml(options).compose(…)} does, without
     * building the object constructor and representer that composing never uses: they load a logging
     * framework and some 300 classes, a tenth of a one-file hook run.
     */
    public static Node compose(String text, LoaderOptions options) {
        return new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
    }

    /**
     * The first key that repeats a key of the same mapping, anywhere in the tree, or null. SnakeYAML
     * checks duplicates only while constructing objects, which Lockstep never lets it do.
     */
    public static ScalarNode firstDuplicateKey(Node root) {
        return firstDuplicateKey(root, 0);
    }

    private static ScalarNode firstDuplicateKey(Node node, int depth) {
        if (depth > 100) return null; // the loader already bounds nesting at 50
        if (node instanceof MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) return key;
                ScalarNode inner = firstDuplicateKey(t.getValueNode(), depth + 1);
                if (inner != null) return inner;
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                ScalarNode inner = firstDuplicateKey(item, depth + 1);
                if (inner != null) return inner;
            }
        }
        return null;
    }
}
