package dev.lockstep.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The translation platform a project translates in, so the HTML report can send a translator to the
 * platform's editor instead of the exported file (which the next export overwrites).
 *
 * <p>From {@code .lockstep.yml}:
 * <pre>
 * platform:
 *   name: crowdin            # or weblate
 *   url: https://crowdin.com # Crowdin: optional (an Enterprise organization's URL, or a project page
 *                            # https://crowdin.com/project/ID); Weblate: the instance, required
 *   project: privacyguides   # Crowdin project identifier / Weblate project slug
 *   component: docs          # Weblate only
 *   languages: {zh: zhcn}    # optional: the platform's code where it differs from the folder's
 * </pre>
 * or, without one, from {@code crowdin.yml}: {@code project_identifier}, or {@code project_id} with an
 * Enterprise {@code base_url}. A bare numeric {@code project_id} on crowdin.com names no editor URL, so it
 * gives no platform (a documented miss rather than a broken link).
 *
 * @param name      {@code crowdin} or {@code weblate}
 * @param url       scheme and host, no trailing slash ({@code https://crowdin.com})
 * @param project   the project in the platform's editor URLs
 * @param component the Weblate component, null for Crowdin
 * @param languages the platform's language code by the report's language code, where they differ
 */
public record TranslationPlatform(String name, String url, String project, String component,
                                  Map<String, String> languages) {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern CROWDIN_PROJECT_PAGE = Pattern.compile("/project/([^/]+)/?");
    private static final Pattern ENTERPRISE_API = Pattern.compile("([a-z0-9-]+)\\.api\\.crowdin\\.com");

    public TranslationPlatform {
        languages = Map.copyOf(languages);
    }

    /**
     * The platform named by {@code explicitConfig} (or {@code root/.lockstep.yml}), else by
     * {@code root/crowdin.yml}; null when neither names one.
     */
    public static TranslationPlatform find(Path root, Path explicitConfig) {
        Path file = explicitConfig != null ? explicitConfig : root.resolve(ConfigLoader.FILE_NAME);
        if (explicitConfig != null || ConfigLoader.present(root, ConfigLoader.FILE_NAME)) {
            String text = explicitConfig != null ? ConfigLoader.readExplicit(explicitConfig)
                    : ConfigLoader.readInside(root, ConfigLoader.FILE_NAME);
            if (ConfigLoader.compose(file, text) instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("platform")) {
                        return parse(file, t.getValueNode());
                    }
                }
            }
        }
        for (String name : new String[] {"crowdin.yml", "crowdin.yaml"}) {
            if (!ConfigLoader.present(root, name)) continue;
            try {
                return fromCrowdin(ConfigLoader.compose(root.resolve(name), ConfigLoader.readInside(root, name)));
            } catch (ConfigException e) {
                return null; // a crowdin.yml the layout does not come from must not stop the report
            }
        }
        return null;
    }

    /** Reads the {@code platform} section of {@code .lockstep.yml}; errors name the file and line. */
    static TranslationPlatform parse(Path file, Node node) {
        String name = null;
        String url = null;
        String project = null;
        String component = null;
        Map<String, String> languages = new LinkedHashMap<>();
        for (NodeTuple t : ConfigLoader.mapping(file, node, "platform").getValue()) {
            String key = ConfigLoader.scalar(file, t.getKeyNode(), "a key");
            Node value = t.getValueNode();
            switch (key) {
                case "name" -> name = ConfigLoader.scalar(file, value, "platform.name").toLowerCase(Locale.ROOT);
                case "url" -> url = ConfigLoader.scalar(file, value, "platform.url");
                case "project" -> project = slug(file, value, "platform.project");
                case "component" -> component = slug(file, value, "platform.component");
                case "languages" -> {
                    for (NodeTuple l : ConfigLoader.mapping(file, value, "platform.languages").getValue()) {
                        languages.put(ConfigLoader.scalar(file, l.getKeyNode(), "a language code"),
                                slug(file, l.getValueNode(), "platform.languages"));
                    }
                }
                default -> throw new ConfigException(ConfigLoader.at(file, t.getKeyNode()), "unknown key 'platform."
                        + key + "' (expected name, url, project, component or languages)");
            }
        }
        String where = ConfigLoader.at(file, node);
        if (name == null) throw new ConfigException(where, "platform.name is required (crowdin or weblate)");
        switch (name) {
            case "crowdin" -> {
                String base = url == null ? "https://crowdin.com" : url;
                Matcher page = CROWDIN_PROJECT_PAGE.matcher(path(where, base));
                if (page.matches()) {
                    if (project == null) project = page.group(1);
                    if (!SLUG.matcher(project).matches()) {
                        throw new ConfigException(where, "platform.url: '" + project + "' is not a project identifier");
                    }
                }
                if (project == null) {
                    throw new ConfigException(where, "platform.project is required for Crowdin (the project "
                            + "identifier in https://crowdin.com/project/IDENTIFIER)");
                }
                if (component != null) throw new ConfigException(where, "platform.component is for Weblate only");
                return new TranslationPlatform("crowdin", origin(base), project, null, languages);
            }
            case "weblate" -> {
                if (url == null || project == null || component == null) {
                    throw new ConfigException(where, "Weblate needs platform.url, platform.project and "
                            + "platform.component");
                }
                path(where, url);
                return new TranslationPlatform("weblate", origin(url), project, component, languages);
            }
            default -> throw new ConfigException(where, "platform.name: unknown platform '" + name
                    + "' (expected crowdin or weblate)");
        }
    }

    /** The Crowdin project a {@code crowdin.yml} names in a form its editor URLs use, or null. */
    static TranslationPlatform fromCrowdin(Node root) {
        if (!(root instanceof MappingNode map)) return null;
        String identifier = null;
        String id = null;
        String base = null;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !(t.getValueNode() instanceof ScalarNode v)) continue;
            switch (k.getValue()) {
                case "project_identifier" -> identifier = v.getValue();
                case "project_id" -> id = v.getValue();
                case "base_url" -> base = v.getValue();
                default -> { }
            }
        }
        if (identifier != null && SLUG.matcher(identifier).matches()) {
            return new TranslationPlatform("crowdin", "https://crowdin.com", identifier, null, Map.of());
        }
        if (id != null && id.matches("[0-9]{1,12}") && base != null) {
            try {
                String host = new URI(base.strip()).getHost();
                Matcher m = host == null ? null : ENTERPRISE_API.matcher(host);
                if (m != null && m.matches()) {
                    return new TranslationPlatform("crowdin", "https://" + m.group(1) + ".crowdin.com", id, null,
                            Map.of());
                }
            } catch (URISyntaxException e) {
                return null;
            }
        }
        return null;
    }

    private static String slug(Path file, Node node, String what) {
        String value = ConfigLoader.scalar(file, node, what);
        if (!SLUG.matcher(value).matches()) {
            throw new ConfigException(ConfigLoader.at(file, node), what + ": '" + value
                    + "' is not a slug (letters, digits, '.', '_', '-')");
        }
        return value;
    }

    /** The URL's path, after checking it is an http(s) URL with a host and nothing that could smuggle markup. */
    private static String path(String where, String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigException(where, "platform.url: '" + url + "' is not an http(s) address");
            }
            return uri.getRawPath() == null ? "" : uri.getRawPath();
        } catch (URISyntaxException e) {
            throw new ConfigException(where, "platform.url: '" + url + "' is not an http(s) address");
        }
    }

    /** Scheme, host and port of an address already checked by {@link #path}; a Weblate path prefix is kept. */
    private static String origin(String url) {
        URI uri = URI.create(url.strip());
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (CROWDIN_PROJECT_PAGE.matcher(path).matches()) path = "";
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    }
}
