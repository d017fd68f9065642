package dev.lockstep.config;

import dev.lockstep.parse.Renderer;
import dev.lockstep.config.site.SiteProfile;
import dev.lockstep.config.site.Sites;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.Severity;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .lockstep.yml} (or, without one, {@code crowdin.yml}) safely: YAML is composed into
 * nodes and never constructed into objects, with alias and nesting limits; every error names the file
 * and line.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".lockstep.yml";
    /** The YAML loader reads at most a million code points; four bytes each is the most they can take. */
    private static final long MAX_CONFIG_BYTES = 4L * 1024 * 1024;
    private static final Set<String> KEYS = Set.of("source", "translations", "pages", "exclude", "layouts", "languages",
            "rules", "glossary", "limits", "platform", "renderer", "generator");
    private static final Set<String> LAYOUT_KEYS = Set.of("source", "translations", "pages", "exclude");

    /** What flags say; null fields defer to the file. */
    public record Overrides(String source, String translations, List<String> languages) {
        public static final Overrides NONE = new Overrides(null, null, null);
    }

    private ConfigLoader() {
    }

    /**
     * A loaded config and, when no config file said where the pages are, the site profile that was
     * recognized instead (null otherwise).
     */
    public record Loaded(Config config, SiteProfile detected) {
    }

    /**
     * Where one layout's source and translations were given, for messages: the config file and line of
     * each key, the flag that set it, or the site files it was recognized from.
     */
    private record LayoutOrigin(String source, String translations) {
    }

    /** A config and the origin of each of its layouts, in the same order. */
    private record Placed(Config config, List<LayoutOrigin> origins) {
        /** Layouts recognized from the site's files: their evidence is all a message can name. */
        static Placed recognized(Config config) {
            LayoutOrigin o = new LayoutOrigin(config.origin(), config.origin());
            return new Placed(config, java.util.Collections.nCopies(config.layouts().size(), o));
        }
    }

    /**
     * A docs repository's folder, as {@link #locateSite} finds it, and what a site config file there declared
     * when that is how it was found (null otherwise): loading the config then completes it instead of
     * reading the file again.
     */
    public record Located(Path root, SiteProfile declared) {
    }

    /** Loads the config for the repository at {@code root}: explicit file, then .lockstep.yml, then the site's files. */
    public static Config load(Path root, Path explicitFile, Overrides overrides) {
        return loadSite(root, explicitFile, overrides).config();
    }

    /**
     * Loads the config for the repository at {@code root}: the explicit file, else {@code .lockstep.yml},
     * else what the site's own files (crowdin.yml, the generator's config) or folder names declare; then
     * the flags. Languages come out resolved: declared, or found from the layout's pattern, filtered by
     * {@code --lang}. An unknown language, a missing source folder or a site with no translations is an error.
     */
    public static Loaded loadSite(Path root, Path explicitFile, Overrides overrides) {
        return loadSite(new Located(root, null), explicitFile, overrides);
    }

    /** {@link #loadSite(Path, Path, Overrides)} for a repository {@link #locateSite} found. */
    public static Loaded loadSite(Located site, Path explicitFile, Overrides overrides) {
        Path root = site.root();
        Path file = explicitFile != null ? explicitFile : root.resolve(FILE_NAME);
        Placed base;
        SiteProfile detected = null;
        boolean flagsLayout = overrides.source() != null && overrides.translations() != null;
        boolean fileRead = explicitFile != null || present(root, FILE_NAME);
        if (fileRead) {
            if (explicitFile != null) requireRegularFile(explicitFile);
            // Renderer null: the file names neither renderer nor generator.
            base = parse(file, explicitFile != null ? readExplicit(explicitFile) : readInside(root, FILE_NAME), null);
            Config parsed = base.config();
            Renderer renderer = parsed.renderer();
            if (parsed.layouts().isEmpty() && !flagsLayout) {
                // A config file with rules only: the site's own files still say where the pages are, and
                // unless the file says otherwise, how they are rendered.
                detected = detect(site);
                if (detected != null) {
                    if (renderer == null) renderer = detected.renderer().orElse(null);
                    base = Placed.recognized(new Config(detected.layouts(), parsed.languages().isEmpty()
                            ? detected.languages() : parsed.languages(), parsed.severities(), parsed.disabled(),
                            parsed.ruleOptions(), parsed.glossary(), parsed.limits(),
                            String.join(", ", detected.evidence()), renderer));
                }
            }
            if (renderer == null) base = new Placed(base.config().withRenderer(Renderer.COMMONMARK), base.origins());
        } else {
            detected = flagsLayout ? null : detect(site);
            base = Placed.recognized(new Config(detected == null ? List.of() : detected.layouts(),
                    detected == null ? List.of() : detected.languages(), Map.of(), List.of(), Map.of(), List.of(),
                    Config.Limits.DEFAULTS, detected == null ? "defaults" : String.join(", ", detected.evidence()),
                    detected == null ? Renderer.COMMONMARK
                            : detected.renderer().orElse(Renderer.COMMONMARK)));
        }
        Placed placed = apply(root, fileRead ? file : null, base, overrides);
        Config config = placed.config();
        for (int i = 0; i < config.layouts().size(); i++) {
            Layout layout = config.layouts().get(i);
            LayoutOrigin origin = placed.origins().get(i);
            if (!inside(root, layout.sourceRoot())) {
                throw new ConfigException(origin.source(), "source '" + layout.sourceRoot() + "' points outside "
                        + root);
            }
            if (!inside(root, layout.languageRoot("xx"))) {
                throw new ConfigException(origin.translations(), "translations '" + layout.translation()
                        + "' points outside " + root);
            }
            if (!Files.isDirectory(root.resolve(layout.sourceRoot().isEmpty() ? "." : layout.sourceRoot()))) {
                throw new ConfigException(origin.source(), "source folder '" + layout.sourceRoot()
                        + "' does not exist in " + root);
            }
        }
        return new Loaded(withLanguages(root, placed, base.config().languages(), overrides.languages()), detected);
    }

    /** What the site's own files declare, from what locating it already read when it did. */
    private static SiteProfile detect(Located site) {
        return site.declared() != null ? Sites.completed(site.declared(), site.root())
                : Sites.detect(site.root()).orElse(null);
    }

    private static boolean inside(Path root, String path) {
        return root.resolve(path.isEmpty() ? "." : path).normalize().startsWith(root.normalize());
    }

    /** A config file named on the command line must be one: a folder or a FIFO is said to be what it is. */
    private static void requireRegularFile(Path file) {
        if (Files.isDirectory(file)) throw new ConfigException(file.toString(), "a folder, not a config file");
        if (!Files.exists(file)) throw new ConfigException(file.toString(), "config file not found");
        if (!Files.isRegularFile(file)) throw new ConfigException(file.toString(), "not a regular file");
    }

    /** The languages to check: the declared ones or those the layouts find, narrowed by {@code --lang}. */
    private static Config withLanguages(Path root, Placed placed, List<String> declared, List<String> only) {
        Config config = placed.config();
        TreeSet<String> known = new TreeSet<>(declared);
        boolean asked = only != null && !only.isEmpty();
        if (known.isEmpty()) {
            for (Layout layout : config.layouts()) known.addAll(LayoutLanguages.list(root, layout));
        }
        if (known.isEmpty()) {
            Layout first = config.layouts().get(0);
            throw new ConfigException(placed.origins().get(0).translations(), "no translations: nothing matches "
                    + first.translation()
                    + (config.layouts().size() > 1 ? " (or the other layouts)" : "")
                    + "; name the languages with `languages:` in .lockstep.yml");
        }
        List<String> languages = List.copyOf(known);
        if (asked) {
            for (String lang : only) {
                if (lang.isBlank()) throw new ConfigException("--lang", "an empty language code (e.g. --lang ja,fr)");
                if (!known.contains(lang)) {
                    throw new ConfigException("--lang", "unknown language '" + lang + "' (this site has "
                            + String.join(", ", known) + ")");
                }
            }
            languages = List.copyOf(new java.util.LinkedHashSet<>(only));
        }
        return new Config(config.layouts(), languages, config.severities(), config.disabled(), config.ruleOptions(),
                config.glossary(), config.limits(), config.origin(), config.renderer());
    }

    /**
     * The folder whose config governs {@code start} (a folder or file): the nearest one, going up, with a
     * {@code .lockstep.yml} or a site config that declares translations, else the nearest whose folder
     * names show translations, without leaving the git work tree; {@code start}'s folder when there is none. With
     * it, what a site config file declared when that is how the folder was found.
     */
    public static Located locateSite(Path start) {
        Path from = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) from = from.getParent();
        List<Path> levels = new ArrayList<>();
        boolean inWorkTree = false;
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) return new Located(dir, null);
            Optional<SiteProfile> declared = Sites.declared(dir);
            if (declared.isPresent()) return new Located(dir, declared.get());
            levels.add(dir);
            if (Files.exists(dir.resolve(".git"))) {
                inWorkTree = true;
                break;
            }
        }
        // No file declares the site: the nearest folder whose language folders or files explain it, looked
        // for up to the top of the git work tree only (never across a whole disk).
        for (Path dir : inWorkTree ? levels : List.of(from)) {
            if (Sites.recognizes(dir, true)) return new Located(dir, null);
        }
        return new Located(from, null);
    }

    /** A config file named on the command line: a link is the user's choice, but never a FIFO or a huge file. */
    static String readExplicit(Path explicitFile) {
        return read(explicitFile, () -> FileGate.readRegularFile(explicitFile.toRealPath(), MAX_CONFIG_BYTES));
    }

    /**
     * The layout the flags give, if any, over the config's.
     *
     * @param file the config file that was read, or null
     */
    private static Placed apply(Path root, Path file, Placed base, Overrides o) {
        List<Layout> layouts = base.config().layouts();
        List<LayoutOrigin> origins = base.origins();
        String origin = base.config().origin();
        if (o.source() != null || o.translations() != null) {
            Layout first = layouts.isEmpty() ? null : layouts.get(0);
            String source = o.source() != null ? trimSlashes(o.source()) : first != null ? first.sourceRoot() : null;
            String translations = o.translations() != null ? translationTemplate("--translations", o.translations())
                    : first != null ? first.translation() : null;
            if (source == null || translations == null) {
                throw new ConfigException(o.source() != null ? "--source" : "--translations", "needs "
                        + (o.source() != null ? "--translations" : "--source") + " too (no .lockstep.yml or site "
                        + "config says where the translations are)");
            }
            layouts = List.of(new Layout(source, first != null ? first.sourceGlob() : Layout.PAGES, translations,
                    first != null ? first.exclude() : List.of()));
            origins = List.of(new LayoutOrigin(o.source() != null ? "--source" : origins.get(0).source(),
                    o.translations() != null ? "--translations" : origins.get(0).translations()));
            origin = o.source() != null && o.translations() != null ? "--source/--translations"
                    : o.source() != null ? "--source" : "--translations";
        }
        if (layouts.isEmpty()) {
            String how = "add source and translations (e.g. source: docs, translations: i18n/{lang}) or pass --source "
                    + "and --translations";
            throw file != null
                    ? new ConfigException(file.toString(), "sets no layout and no site config declares translations "
                            + "(crowdin.yml, mkdocs.yml, astro.config.*, docusaurus.config.*, hugo.toml) nor are "
                            + "there language folders; " + how)
                    : new ConfigException(root.toString(), "no layout: no .lockstep.yml, no site config that declares "
                            + "translations (crowdin.yml, mkdocs.yml, astro.config.*, docusaurus.config.*, hugo.toml) "
                            + "and no language folders found; add a .lockstep.yml (source: docs, "
                            + "translations: i18n/{lang}) or pass --source and --translations");
        }
        Config c = base.config();
        return new Placed(new Config(layouts, c.languages(), c.severities(), c.disabled(), c.ruleOptions(),
                c.glossary(), c.limits(), origin, c.renderer()), origins);
    }

    /** Whether the repository has this file, of any kind: a link or a FIFO in its place is an error, not absent. */
    static boolean present(Path root, String name) {
        return Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** A config file in {@code dir}, read through the {@link FileGate}: a link is never followed. */
    public static String readInside(Path dir, String name) {
        return read(dir.resolve(name), () -> FileGate.read(dir, name, MAX_CONFIG_BYTES));
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private static String read(Path file, Bytes bytes) {
        try {
            return utf8(file, bytes.read());
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

    /** The text of a config file, which must be UTF-8: an error names the line of the first byte that is not. */
    private static String utf8(Path file, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new ConfigException(file + ":" + line, "not UTF-8 text (save the file as UTF-8)");
        }
        return out.flip().toString();
    }

    /** Composes YAML into a node tree; errors carry file and line. */
    public static Node compose(Path file, String text) {
        return compose(file, text, dev.lockstep.parse.YamlNodes.safeLoaderOptions());
    }

    /** {@link #compose(Path, String)} with other loader options (a generator's file may carry its own tags). */
    public static Node compose(Path file, String text, org.yaml.snakeyaml.LoaderOptions options) {
        try {
            Node root = dev.lockstep.parse.YamlNodes.compose(text, options);
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

    /** @param undeclared the renderer when the file names neither {@code renderer} nor {@code generator} */
    private static Placed parse(Path file, String text, Renderer undeclared) {
        Node root = compose(file, text);
        List<String> languages = List.of();
        Map<String, Severity> severities = new LinkedHashMap<>();
        List<String> disabled = new ArrayList<>();
        Map<String, Object> ruleOptions = new LinkedHashMap<>();
        List<String> glossary = List.of();
        Config.Limits limits = Config.Limits.DEFAULTS;
        Map<String, Node> layoutKeys = new LinkedHashMap<>();
        List<Layout> layouts = new ArrayList<>();
        List<LayoutOrigin> origins = new ArrayList<>();
        Node layoutsKey = null;
        Renderer renderer = null;
        Renderer generatorRenderer = null;
        if (root != null) {
            MappingNode map = mapping(file, root, "the config");
            for (NodeTuple t : map.getValue()) {
                String key = scalar(file, t.getKeyNode(), "a key");
                Node value = t.getValueNode();
                switch (key) {
                    case "source", "translations", "pages", "exclude" -> layoutKeys.put(key, value);
                    case "layouts" -> {
                        layoutsKey = t.getKeyNode();
                        if (!(value instanceof SequenceNode list)) {
                            throw new ConfigException(at(file, value), "layouts must be a list of "
                                    + "{source, translations, pages, exclude} entries");
                        }
                        for (Node entry : list.getValue()) {
                            Map<String, Node> keys = new LinkedHashMap<>();
                            for (NodeTuple e : mapping(file, entry, "a layouts entry").getValue()) {
                                String k = scalar(file, e.getKeyNode(), "a key");
                                if (!LAYOUT_KEYS.contains(k)) {
                                    throw new ConfigException(at(file, e.getKeyNode()), "unknown key 'layouts." + k
                                            + "' (expected exclude, pages, source or translations)");
                                }
                                keys.put(k, e.getValueNode());
                            }
                            layouts.add(layout(file, entry, keys));
                            origins.add(origin(file, keys));
                        }
                    }
                    case "languages" -> languages = languages(file, value);
                    case "glossary" -> glossary = strings(file, value, "glossary");
                    case "rules" -> readRules(file, value, severities, disabled, ruleOptions);
                    case "limits" -> limits = readLimits(file, value);
                    case "renderer" -> renderer = Renderer.byId(scalar(file, value, "renderer")).orElseThrow(() ->
                            new ConfigException(at(file, value), "unknown renderer '" + ((ScalarNode) value).getValue()
                                    + "' (expected " + Renderer.accepted() + ")"));
                    // A generator we do not know says nothing about the renderer: CommonMark, as without the key.
                    case "generator" -> generatorRenderer = Renderer.ofGenerator(scalar(file, value, "generator"))
                            .orElse(null);
                    case "platform" -> TranslationPlatform.parse(file, value); // checked here, used by the HTML report
                    default -> throw new ConfigException(at(file, t.getKeyNode()), "unknown key '" + key
                            + "' (expected one of " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
                }
            }
            if (!layoutKeys.isEmpty()) {
                if (!layouts.isEmpty()) {
                    throw new ConfigException(at(file, layoutsKey), "give either 'layouts' or 'source' and "
                            + "'translations', not both");
                }
                layouts.add(layout(file, root, layoutKeys));
                origins.add(origin(file, layoutKeys));
            }
        }
        Renderer chosen = renderer != null ? renderer : generatorRenderer != null ? generatorRenderer : undeclared;
        // The origin is the file's name, not its path: it is part of the shard and cache keys, which must not
        // change with the folder a checkout is in.
        return new Placed(new Config(layouts, languages, severities, disabled, ruleOptions, glossary, limits,
                file.getFileName().toString(), chosen), origins);
    }

    /** The lines of a layout's keys: {@link #layout} has checked that both are there. */
    private static LayoutOrigin origin(Path file, Map<String, Node> keys) {
        return new LayoutOrigin(at(file, keys.get("source")), at(file, keys.get("translations")));
    }

    /** Language codes: a number ({@code languages: 3}) is a slip, never a language folder's name. */
    private static List<String> languages(Path file, Node node) {
        List<String> codes = strings(file, node, "languages");
        for (Node code : node instanceof SequenceNode list ? list.getValue() : List.of(node)) {
            if (code.getTag().equals(Tag.INT) || code.getTag().equals(Tag.FLOAT)) {
                throw new ConfigException(at(file, code), "languages: '" + ((ScalarNode) code).getValue()
                        + "' is a number, not a language code (e.g. languages: [ja, pt-BR])");
            }
        }
        return codes;
    }

    /** One layout from its keys: {@code source} and {@code translations} are required together. */
    private static Layout layout(Path file, Node where, Map<String, Node> keys) {
        if (!keys.containsKey("source") || !keys.containsKey("translations")) {
            throw new ConfigException(at(file, where), "'source' and 'translations' must be set together");
        }
        for (String key : List.of("source", "translations")) {
            if (keys.get(key).getTag().equals(Tag.NULL)) {
                throw new ConfigException(at(file, keys.get(key)), key + " has no value (e.g. " + (key.equals("source")
                        ? "source: docs, or source: . for the top folder" : "translations: i18n/{lang}") + ")");
            }
        }
        String source = trimSlashes(scalar(file, keys.get("source"), "source"));
        String translations = translationTemplate(at(file, keys.get("translations")) + ": translations",
                scalar(file, keys.get("translations"), "translations"));
        List<String> pages = keys.containsKey("pages") ? strings(file, keys.get("pages"), "pages") : List.of();
        String glob = pages.isEmpty() ? Layout.PAGES : pages.size() == 1 ? pages.get(0)
                : "{" + String.join(",", pages) + "}";
        List<String> exclude = keys.containsKey("exclude") ? strings(file, keys.get("exclude"), "exclude") : List.of();
        return new Layout(source.equals(".") ? "" : source, glob, translations, exclude);
    }

    private static void readRules(Path file, Node node, Map<String, Severity> severities, List<String> disabled,
                                  Map<String, Object> ruleOptions) {
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
                if (!options.isEmpty()) ruleOptions.put(id, parseOptions(file, (MappingNode) value, id, options));
            }
        }
    }

    /** Parses a rule's options into its record now, so a wrong one is reported at its line before any work. */
    private static Object parseOptions(Path file, MappingNode node, String id, Map<String, Object> options) {
        RuleOptions.Reader<?> reader = RuleRegistry.optionReaders().stream().filter(r -> r.ruleId().equals(id))
                .findFirst().orElse(null);
        if (reader == null) {
            String key = options.keySet().iterator().next();
            throw new ConfigException(at(file, node.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(key)).findFirst().map(NodeTuple::getKeyNode).orElse(node)),
                    "rules." + id + ": unknown option '" + key + "' (the rule takes only severity)");
        }
        try {
            return reader.parse().apply(options);
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

    /**
     * {@code i18n/{lang}} means "the same tree below i18n/<lang>/".
     *
     * @param where what the value is and where it comes from: the file, line and key, or the flag
     */
    static String translationTemplate(String where, String value) {
        String t = trimSlashes(value);
        if (!t.contains("{lang}")) {
            throw new ConfigException(where, "'" + value + "' must contain {lang}"
                    + (t.contains("{") ? "" : " (e.g. " + (t.isEmpty() ? "i18n" : t) + "/{lang})"));
        }
        if (!t.contains("{path}") && !t.contains("{name}")) t = t + "/{path}";
        return t;
    }

    public static String trimSlashes(String path) {
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

    /** {@code file:line} of a node: how every error about a YAML file names its place. */
    public static String at(Path file, Node node) {
        return file + ":" + (node.getStartMark().getLine() + 1);
    }
}
