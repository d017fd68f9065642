package dev.lockstep.config.site;

import dev.lockstep.text.JsonProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.parse.YamlNodes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads generators' config files into one tree type, safely: YAML through SnakeYAML's composer (never
 * constructing objects, so mkdocs.yml's {@code !!python/name} tags are inert), JSON and TOML through
 * Jackson. Errors name the file and, where known, the line.
 */
final class SiteFiles {
    /** Built on first use: an ObjectMapper loads some 400 classes, a fifth of a hook run on a YAML-configured site. */
    private static final class Mappers {
        static final ObjectMapper JSON = new ObjectMapper();
        static final TomlMapper TOML = new TomlMapper();
    }

    private SiteFiles() {
    }

    /**
     * The first of {@code names} present in {@code dir}. Present, not regular: a link or a FIFO in its
     * place is refused when read, never silently skipped.
     */
    static Optional<Path> first(Path dir, String... names) {
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A config file's text, through the file gate (no link followed, bounded size). */
    static String read(Path file) {
        return ConfigLoader.readInside(file.getParent(), file.getFileName().toString());
    }

    static boolean isDir(Path root, String relative) {
        return Files.isDirectory(root.resolve(relative.isEmpty() ? "." : relative), LinkOption.NOFOLLOW_LINKS);
    }

    /** A YAML, JSON or TOML file (by its extension) as a tree; an empty file is an empty object. */
    static JsonNode tree(Path file) {
        String name = file.getFileName().toString();
        String text = read(file);
        if (name.endsWith(".toml")) return parse(file, text, Mappers.TOML, "TOML");
        if (name.endsWith(".json")) return parse(file, text, Mappers.JSON, "JSON");
        Node root = yaml(file, text);
        return root == null ? JsonNodeFactory.instance.objectNode() : convert(root);
    }

    /** A YAML file's nodes, which keep their lines for messages; null for an empty file. */
    static Node yaml(Path file) {
        return yaml(file, read(file));
    }

    private static Node yaml(Path file, String text) {
        // mkdocs.yml names Python objects with tags (!!python/name:…, !ENV). Composing never constructs
        // anything, so any tag is inert here and can be allowed.
        LoaderOptions options = YamlNodes.safeLoaderOptions();
        options.setTagInspector(tag -> true);
        return ConfigLoader.compose(file, text, options);
    }

    private static JsonNode parse(Path file, String text, ObjectMapper mapper, String format) {
        try {
            JsonNode node = mapper.readTree(text);
            return node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
        } catch (JsonProcessingException e) {
            throw new ConfigException(JsonProblem.where(file, e), "invalid " + format + ": " + JsonProblem.of(e));
        }
    }

    /** YAML nodes as a JSON tree: scalars become strings, whatever their tag. */
    private static JsonNode convert(Node node) {
        if (node instanceof ScalarNode s) return JsonNodeFactory.instance.textNode(s.getValue());
        if (node instanceof SequenceNode seq) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Node item : seq.getValue()) array.add(convert(item));
            return array;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) object.set(key.getValue(), convert(t.getValueNode()));
        }
        return object;
    }

    /** A string value at {@code path} (object keys), or null. */
    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String key : path) {
            if (n == null || !n.isObject()) return null;
            n = n.get(key);
        }
        return n != null && n.isValueNode() ? n.asText() : null;
    }

    /** The keys of an object node, in order; none for anything else. */
    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) out.add(it.next().getKey());
        }
        return out;
    }

    /** A folder path from a config value: forward slashes, no leading {@code ./} or trailing slash. */
    static String folder(String value) {
        String p = ConfigLoader.trimSlashes(value);
        return p.equals(".") ? "" : p;
    }
}
