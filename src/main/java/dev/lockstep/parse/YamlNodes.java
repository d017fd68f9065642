package dev.lockstep.parse;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Checks on composed YAML trees that SnakeYAML makes only when constructing objects, which Lockstep never does. */
public final class YamlNodes {
    private YamlNodes() {
    }

    /** The first key that repeats a key of the same mapping, anywhere in the tree, or null. */
    public static ScalarNode firstDuplicateKey(Node root) {
        return FrontMatterReader.firstDuplicateKey(root, 0);
    }
}
