package dev.lockstep.config;

import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .lockstep.yml} (or, without one, {@code crowdin.yml}) safely: YAML is composed into
 * nodes and never constructed into objects, with alias and nesting limits; every error names the file
 * and line.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".lockstep.yml";
    /** The YAML loader reads at most a million code points; four bytes each is the most they can take. */
    private static final long MAX_CONFIG_BYTES = 4L * 1024 * 1024;
    private static final Set<String> KEYS = Set.of("source", "translations", "languages", "rules", "glossary",
            "limits", "platform");

    /** What flags say; null fields defer to the file. */
    public record Overrides(String source, String translations, List<String> languages) {
        public static final Overrides NONE = new Overrides(null, null, null);
    }

    private ConfigLoader() {
    }

    /** Loads the config for the repository at {@code root}: explicit file, then .lockstep.yml, then crowdin.yml. */
    public static Config load(Path root, Path explicitFile, Overrides overrides) {
        Config base;
        if (explicitFile != null) {
            if (!Files.isRegularFile(explicitFile)) {
                throw new ConfigException(explicitFile.toString(), "config file not found");
            }
            base = parse(explicitFile, readExplicit(explicitFile));
        } else if (present(root, FILE_NAME)) {
            base = parse(root.resolve(FILE_NAME), readInside(root, FILE_NAME));
        } else if (present(root, "crowdin.yml")) {
            base = CrowdinConfig.parse(root.resolve("crowdin.yml"), readInside(root, "crowdin.yml"));
        } else if (present(root, "crowdin.yaml")) {
            base = CrowdinConfig.parse(root.resolve("crowdin.yaml"), readInside(root, "crowdin.yaml"));
        } else {
            base = new Config(List.of(), List.of(), Map.of(), List.of(), Map.of(), List.of(), Config.Limits.DEFAULTS,
                    "defaults");
        }
        return apply(base, overrides);
    }

    /** A config file named on the command line: a link is the user's choice, but never a FIFO or a huge file. */
    static String readExplicit(Path explicitFile) {
        return read(explicitFile, () -> FileGate.readRegularFile(explicitFile.toRealPath(), MAX_CONFIG_BYTES));
    }

    /** Whether the repository has this file, of any kind: a link or a FIFO in its place is an error, not absent. */
    static boolean present(Path root, String name) {
        return Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** A config file in the repository, read through the {@link FileGate}: a link is never followed. */
    static String readInside(Path root, String name) {
        return read(root.resolve(name), () -> FileGate.read(root, name, MAX_CONFIG_BYTES));
    }

    private static Config apply(Config base, Overrides o) {
        List<Layout> layouts = base.layouts();
        if (o.source() != null || o.translations() != null) {
            Layout first = layouts.isEmpty() ? null : layouts.get(0);
            String source = o.source() != null ? trimSlashes(o.source()) : first != null ? first.sourceRoot() : null;
            String translations = o.translations() != null ? translationTemplate(o.translations())
                    : first != null ? first.translation() : null;
            if (source == null || translations == null) {
                throw new ConfigException("options", "--source and --translations must both be given when there is "
                        + "no .lockstep.yml or crowdin.yml");
            }
            layouts = List.of(new Layout(source, "**/*.md", translations));
        }
        if (layouts.isEmpty()) {
            throw new ConfigException("options", "no layout: add a .lockstep.yml (source: docs, translations: "
                    + "i18n/{lang}), a crowdin.yml, or pass --source and --translations");
        }
        List<String> languages = o.languages() != null && !o.languages().isEmpty() ? o.languages() : base.languages();
        return new Config(layouts, languages, base.severities(), base.disabled(), base.ruleOptions(), base.glossary(),
                base.limits(), base.origin());
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private static String read(Path file, Bytes bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.read())).toString();
        } catch (FileGate.TooLarge e) {
            throw new ConfigException(file.toString(), "too large (" + e.size() + " bytes; a configuration file is at most "
                    + MAX_CONFIG_BYTES / (1024 * 1024) + " MB)");
        } catch (FileGate.Refused e) {
            throw new ConfigException(file.toString(), e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigException(file.toString(), "cannot read: " + e.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Composes YAML into a node tree; errors carry file and line. */
    static Node compose(Path file, String text) {
        try {
            Node root = new Yaml(dev.lockstep.parse.YamlNodes.safeLoaderOptions()).compose(new StringReader(text));
            ScalarNode duplicate = root == null ? null : dev.lockstep.parse.YamlNodes.firstDuplicateKey(root);
            if (duplicate != null) {
                throw new ConfigException(at(file, duplicate), "duplicate key '" + duplicate.getValue() + "'");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ConfigException(file + (line > 0 ? ":" + line : ""),
                    (e.getProblem() != null ? e.getProblem() : "invalid YAML").replaceAll("\\s+", " "));
        } catch (YAMLException e) {
            throw new ConfigException(file.toString(), "invalid YAML: " + String.valueOf(e.getMessage())
                    .replaceAll("\\s+", " "));
        }
    }

    static Config parse(Path file, String text) {
        Node root = compose(file, text);
        List<String> languages = List.of();
        Map<String, Severity> severities = new LinkedHashMap<>();
        List<String> disabled = new ArrayList<>();
        Map<String, Map<String, Object>> ruleOptions = new LinkedHashMap<>();
        List<String> glossary = List.of();
        Config.Limits limits = Config.Limits.DEFAULTS;
        String source = null;
        String translations = null;
        if (root != null) {
            MappingNode map = mapping(file, root, "the config");
            for (NodeTuple t : map.getValue()) {
                String key = scalar(file, t.getKeyNode(), "a key");
                Node value = t.getValueNode();
                switch (key) {
                    case "source" -> source = trimSlashes(scalar(file, value, "source"));
                    case "translations" -> translations = translationTemplate(scalar(file, value, "translations"));
                    case "languages" -> languages = strings(file, value, "languages");
                    case "glossary" -> glossary = strings(file, value, "glossary");
                    case "rules" -> readRules(file, value, severities, disabled, ruleOptions);
                    case "limits" -> limits = readLimits(file, value);
                    case "platform" -> TranslationPlatform.parse(file, value); // checked here, used by the HTML report
                    default -> throw new ConfigException(at(file, t.getKeyNode()), "unknown key '" + key
                            + "' (expected one of " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
                }
            }
        }
        List<Layout> layouts = new ArrayList<>();
        if (source != null || translations != null) {
            if (source == null || translations == null) {
                throw new ConfigException(file.toString(), "'source' and 'translations' must be set together");
            }
            layouts.add(new Layout(source, "**/*.md", translations));
        }
        return new Config(layouts, languages, severities, disabled, ruleOptions, glossary, limits, file.getFileName()
                .toString());
    }

    private static void readRules(Path file, Node node, Map<String, Severity> severities, List<String> disabled,
                                  Map<String, Map<String, Object>> ruleOptions) {
        for (NodeTuple t : mapping(file, node, "rules").getValue()) {
            String id = scalar(file, t.getKeyNode(), "a rule id");
            if (RuleRegistry.find(id).isEmpty()) {
                throw new ConfigException(at(file, t.getKeyNode()), "unknown rule '" + id
                        + "' (see `lockstep rules`)");
            }
            Node value = t.getValueNode();
            if (value instanceof ScalarNode s) {
                applySeverity(file, s, id, severities, disabled);
            } else {
                Map<String, Object> options = new LinkedHashMap<>();
                for (NodeTuple o : mapping(file, value, "rules." + id).getValue()) {
                    String key = scalar(file, o.getKeyNode(), "an option name");
                    if (key.equals("severity")) {
                        applySeverity(file, o.getValueNode(), id, severities, disabled);
                    } else {
                        options.put(key, plain(file, o.getValueNode()));
                    }
                }
                checkOptions(file, (MappingNode) value, id, options);
                ruleOptions.put(id, options);
            }
        }
    }

    /** Builds the rules with these options now, so a wrong one is reported at its line before any work. */
    private static void checkOptions(Path file, MappingNode node, String id, Map<String, Object> options) {
        try {
            RuleRegistry.pageRules(new RuleOptions(List.of(), Map.of(id, options)));
        } catch (RuleOptions.Invalid e) {
            // The line of the deepest option the path names: a wrong key's own line, else its parent's.
            Node at = node;
            for (String key : e.path()) {
                if (!(at instanceof MappingNode m)) break;
                NodeTuple found = m.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals(key)).findFirst().orElse(null);
                if (found == null) break;
                at = found.getValueNode() instanceof MappingNode ? found.getValueNode() : found.getKeyNode();
            }
            throw new ConfigException(at(file, at), e.getMessage());
        }
    }

    private static void applySeverity(Path file, Node node, String id, Map<String, Severity> severities,
                                      List<String> disabled) {
        String value = scalar(file, node, "rules." + id);
        if (value.equals("off") || value.equals("false")) {
            disabled.add(id);
            return;
        }
        try {
            severities.put(id, Severity.parse(value));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at(file, node), "rules." + id + ": " + e.getMessage().replace(")", ", or off)"));
        }
    }

    private static Config.Limits readLimits(Path file, Node node) {
        Config.Limits d = Config.Limits.DEFAULTS;
        long maxFileBytes = d.maxFileBytes();
        long maxLineChars = d.maxLineChars();
        long maxBlockChars = d.maxBlockChars();
        long maxNesting = d.maxNesting();
        for (NodeTuple t : mapping(file, node, "limits").getValue()) {
            String key = scalar(file, t.getKeyNode(), "a key");
            long value = positive(file, t.getValueNode(), "limits." + key);
            switch (key) {
                case "maxFileBytes" -> maxFileBytes = value;
                case "maxLineChars" -> maxLineChars = value;
                case "maxBlockChars" -> maxBlockChars = value;
                case "maxNesting" -> maxNesting = value;
                default -> throw new ConfigException(at(file, t.getKeyNode()), "unknown key 'limits." + key
                        + "' (expected maxFileBytes, maxLineChars, maxBlockChars or maxNesting)");
            }
        }
        return new Config.Limits(maxFileBytes, (int) Math.min(Integer.MAX_VALUE, maxLineChars),
                (int) Math.min(Integer.MAX_VALUE, maxBlockChars), (int) Math.min(Integer.MAX_VALUE, maxNesting));
    }

    private static long positive(Path file, Node node, String what) {
        String value = scalar(file, node, what);
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n <= 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(at(file, node), what + " must be a positive whole number, not '" + value + "'");
        }
    }

    /** {@code i18n/{lang}} means "the same tree below i18n/<lang>/". */
    static String translationTemplate(String value) {
        String t = trimSlashes(value);
        if (!t.contains("{lang}")) {
            throw new ConfigException("translations", "'" + value + "' must contain {lang}");
        }
        if (!t.contains("{path}") && !t.contains("{name}")) t = t + "/{path}";
        return t;
    }

    static String trimSlashes(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    static MappingNode mapping(Path file, Node node, String what) {
        if (node instanceof MappingNode m) return m;
        throw new ConfigException(at(file, node), what + " must be a mapping of keys to values");
    }

    static String scalar(Path file, Node node, String what) {
        if (node instanceof ScalarNode s) return s.getValue();
        throw new ConfigException(at(file, node), what + " must be a single value, not a "
                + (node instanceof SequenceNode ? "list" : "mapping"));
    }

    static List<String> strings(Path file, Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isEmpty()) return List.of(s.getValue());
        if (!(node instanceof SequenceNode seq)) {
            throw new ConfigException(at(file, node), what + " must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) out.add(scalar(file, item, what + " entries"));
        return List.copyOf(out);
    }

    private static Object plain(Path file, Node node) {
        if (node instanceof ScalarNode s) return s.getValue();
        if (node instanceof SequenceNode) return strings(file, node, "option");
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : mapping(file, node, "option").getValue()) {
            map.put(scalar(file, t.getKeyNode(), "a key"), plain(file, t.getValueNode()));
        }
        return map;
    }

    static String at(Path file, Node node) {
        return file + ":" + (node.getStartMark().getLine() + 1);
    }
}
