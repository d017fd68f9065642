package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.config.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo: the languages of {@code hugo.toml} / {@code config.toml} (or {@code .yaml}, {@code .json}, or
 * {@code config/_default/}), each in its own {@code contentDir} ({@code content/<lang>}) or, without one,
 * translated by file name ({@code page.fr.md} beside {@code page.md}). The source is the default
 * language's content folder. Hugo's keys are case-insensitive, and so is this reader.
 */
final class HugoSite implements SiteDetector {
    private static final String[] NAMES = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "config.json"};

    /** Hugo's own names only: {@code config.toml} and the like are any tool's. */
    @Override
    public Optional<Generator> builtBy(Path root) {
        return SiteFiles.first(root, java.util.Arrays.copyOf(NAMES, 4))
                .map(f -> new Generator("Hugo", Renderer.GOLDMARK, f.getFileName().toString()));
    }

    @Override
    public Optional<SiteProfile> detect(Path root) {
        List<String> evidence = new ArrayList<>();
        JsonNode config = null;
        Optional<Path> file = SiteFiles.first(root, NAMES);
        Path defaults = root.resolve("config/_default");
        if (file.isPresent()) {
            config = SiteFiles.tree(file.get());
            evidence.add(file.get().getFileName().toString());
        } else {
            Optional<Path> inDefaults = SiteFiles.first(defaults, NAMES);
            if (inDefaults.isPresent()) {
                config = SiteFiles.tree(inDefaults.get());
                evidence.add("config/_default/" + inDefaults.get().getFileName());
            }
        }
        JsonNode languages = get(config, "languages");
        Optional<Path> languagesFile = SiteFiles.first(defaults, "languages.toml", "languages.yaml", "languages.yml",
                "languages.json");
        if ((languages == null || !languages.isObject()) && languagesFile.isPresent()) {
            languages = SiteFiles.tree(languagesFile.get());
            evidence.add("config/_default/" + languagesFile.get().getFileName());
        }
        if (config == null && languages == null) return Optional.empty();
        if (languages == null || !languages.isObject() || languages.size() < 2) return Optional.empty();

        String defaultLanguage = orElse(text(config, "defaultContentLanguage"), "en");
        String contentDir = SiteFiles.folder(orElse(text(config, "contentDir"), "content"));
        List<String> disabled = new ArrayList<>();
        JsonNode off = get(config, "disableLanguages");
        if (off != null) off.forEach(n -> disabled.add(n.asText()));

        Map<String, String> dirs = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String key : SiteFiles.keys(languages)) {
            JsonNode lang = languages.get(key);
            if (disabled.contains(key) || "true".equals(text(lang, "disabled"))) {
                notes.add("not checked: " + key + " (disabled)");
                continue;
            }
            String dir = text(lang, "contentDir");
            if (dir != null) dirs.put(key, SiteFiles.folder(dir));
            if (!key.equals(defaultLanguage)) others.add(key);
        }
        mounts(config, dirs);
        String source = dirs.getOrDefault(defaultLanguage, contentDir);
        if (others.stream().noneMatch(dirs::containsKey)) {
            // Translation by file name: about.fr.md beside about.md.
            return Optional.of(new SiteProfile("Hugo", Optional.of(Renderer.GOLDMARK), evidence, List.of(new Layout(source, "**/*.md",
                    (source.isEmpty() ? "" : source + "/") + "{dir}{name}.{lang}.{ext}")), others, notes));
        }
        // One content folder per language: the pattern most of them follow (content/{lang}).
        Map<String, List<String>> byTemplate = new LinkedHashMap<>();
        for (String lang : others) {
            String dir = dirs.get(lang);
            String template = dir == null ? null : dir.equals(lang) ? "{lang}"
                    : dir.endsWith("/" + lang) ? dir.substring(0, dir.length() - lang.length()) + "{lang}" : null;
            if (template == null) {
                notes.add("not checked: " + lang + " (content folder " + (dir == null ? "not set" : dir)
                        + " does not name the language)");
            } else {
                byTemplate.computeIfAbsent(template, t -> new ArrayList<>()).add(lang);
            }
        }
        if (byTemplate.isEmpty()) return Optional.empty();
        Map.Entry<String, List<String>> main = byTemplate.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
        byTemplate.forEach((template, langs) -> {
            if (!template.equals(main.getKey())) notes.add("not checked: " + String.join(", ", langs) + " (in "
                    + template + ", not " + main.getKey() + ")");
        });
        return Optional.of(new SiteProfile("Hugo", Optional.of(Renderer.GOLDMARK), evidence, List.of(new Layout(source, "**/*.md",
                main.getKey() + "/{path}")), main.getValue(), notes));
    }

    /** Hugo Modules: {@code [[module.mounts]] source = "content/fr", target = "content", lang = "fr"}. */
    private static void mounts(JsonNode config, Map<String, String> dirs) {
        JsonNode mounts = get(get(config, "module"), "mounts");
        if (mounts == null || !mounts.isArray()) return;
        for (JsonNode m : mounts) {
            String target = text(m, "target");
            String lang = text(m, "lang");
            String source = text(m, "source");
            if (lang != null && source != null && target != null && SiteFiles.folder(target).equals("content")) {
                dirs.put(lang, SiteFiles.folder(source));
            }
        }
    }

    private static JsonNode get(JsonNode node, String key) {
        if (node == null || !node.isObject()) return null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) return e.getValue();
        }
        return null;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = get(node, key);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
