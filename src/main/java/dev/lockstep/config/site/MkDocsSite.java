package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.config.Layout;
import dev.lockstep.config.LayoutLanguages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * MkDocs: {@code mkdocs.yml}'s {@code docs_dir} and the mkdocs-static-i18n plugin ({@code i18n}):
 * {@code docs_structure: suffix} ({@code page.fr.md} beside {@code page.md}, the default) or
 * {@code folder} ({@code docs/en/}, {@code docs/fr/}), languages as a list of {@code locale} entries
 * (1.x) or a map with {@code default_language} (0.x). Without the plugin, a site built once per
 * language ({@code docs/en/mkdocs.yml}, {@code docs/fr/mkdocs.yml}) has its English pages in the
 * English project's {@code docs_dir} and each translation in the same place of its language's folder.
 */
final class MkDocsSite implements SiteDetector {
    private static final String[] NAMES = {"mkdocs.yml", "mkdocs.yaml"};

    @Override
    public Optional<SiteProfile> detect(Path root) {
        Optional<Path> file = SiteFiles.first(root, NAMES);
        if (file.isPresent()) {
            JsonNode config = SiteFiles.tree(file.get());
            Optional<SiteProfile> plugin = staticI18n(config, file.get().getFileName().toString());
            if (plugin.isPresent()) return plugin;
        }
        return perLanguageProjects(root);
    }

    @Override
    public Optional<Generator> builtBy(Path root) {
        return SiteFiles.first(root, NAMES).map(f -> new Generator("MkDocs", Renderer.PYTHON_MARKDOWN, f.getFileName().toString()));
    }

    private static Optional<SiteProfile> staticI18n(JsonNode config, String evidence) {
        String docsDir = SiteFiles.folder(orElse(SiteFiles.text(config, "docs_dir"), "docs"));
        JsonNode plugin = plugin(config.get("plugins"), "i18n");
        if (plugin == null) return Optional.empty();
        String defaultLanguage = SiteFiles.text(plugin, "default_language");
        List<String> languages = new ArrayList<>();
        JsonNode langs = plugin.get("languages");
        if (langs != null && langs.isArray()) {
            for (JsonNode l : langs) {
                String locale = SiteFiles.text(l, "locale");
                if (locale == null) continue;
                if ("true".equals(SiteFiles.text(l, "default"))) {
                    defaultLanguage = locale;
                } else {
                    languages.add(locale);
                }
            }
        } else {
            languages.addAll(SiteFiles.keys(langs));
        }
        if (defaultLanguage == null) defaultLanguage = "en";
        languages.remove(defaultLanguage);
        languages.remove("default");
        if (languages.isEmpty()) return Optional.empty();
        String prefix = docsDir.isEmpty() ? "" : docsDir + "/";
        Layout layout = "folder".equals(SiteFiles.text(plugin, "docs_structure"))
                ? new Layout(prefix + defaultLanguage, "**/*.md", prefix + "{lang}/{path}")
                : new Layout(docsDir, "**/*.md", prefix + "{dir}{name}.{lang}.{ext}");
        return Optional.of(new SiteProfile("MkDocs with mkdocs-static-i18n", Optional.of(Renderer.PYTHON_MARKDOWN), List.of(evidence), List.of(layout),
                languages, List.of()));
    }

    /** The plugin's options from {@code plugins:}, a list of names and one-key maps; an empty object when bare. */
    private static JsonNode plugin(JsonNode plugins, String name) {
        if (plugins == null) return null;
        if (plugins.isObject()) return plugins.has(name) ? orEmpty(plugins.get(name)) : null;
        for (JsonNode p : plugins) {
            if (p.isTextual() && p.asText().equals(name)) return orEmpty(null);
            if (p.isObject() && p.has(name)) return orEmpty(p.get(name));
        }
        return null;
    }

    /** {@code docs/<lang>/mkdocs.yml} in language folders: one MkDocs project per language. */
    private static Optional<SiteProfile> perLanguageProjects(Path root) {
        for (String parent : candidates(root)) {
            Path dir = root.resolve(parent.isEmpty() ? "." : parent);
            List<String> projects = new ArrayList<>();
            for (String child : children(dir)) {
                if (LayoutLanguages.CODE.matcher(child).matches() && SiteFiles.first(dir.resolve(child), NAMES).isPresent()) {
                    projects.add(child);
                }
            }
            if (projects.isEmpty()) continue;
            String english = projects.stream().filter(p -> p.equals("en") || p.startsWith("en-") || p.startsWith("en_"))
                    .findFirst().orElse(null);
            if (english == null) continue;
            Path yml = SiteFiles.first(dir.resolve(english), NAMES).orElseThrow();
            String docsDir = SiteFiles.folder(orElse(SiteFiles.text(SiteFiles.tree(yml), "docs_dir"), "docs"));
            if (docsDir.contains("..") || docsDir.startsWith("/")) continue;
            String base = parent.isEmpty() ? "" : parent + "/";
            String inside = docsDir.isEmpty() ? "" : "/" + docsDir;
            Layout layout = new Layout(base + english + inside, "**/*.md", base + "{lang}" + inside + "/{path}");
            return Optional.of(new SiteProfile("MkDocs, one project per language", Optional.of(Renderer.PYTHON_MARKDOWN),
                    List.of(base + english + "/" + yml.getFileName()), List.of(layout), List.of(), List.of()));
        }
        return Optional.empty();
    }

    /** The site's folder and its direct sub-folders: where language projects sit ({@code docs/en/mkdocs.yml}). */
    private static List<String> candidates(Path root) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String child : children(root)) {
            if (!child.startsWith(".")) out.add(child);
        }
        return out;
    }

    private static List<String> children(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            // An unreadable folder is simply not a candidate: looking for the site walks up through folders (and their
            // neighbours) that need not be the user's, as LanguageFolderSite's guess does.
            return List.of();
        }
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())
                ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
