package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Crowdin's {@code crowdin.yml}: each {@code files} entry whose source is a Markdown tree
 * ({@code /docs/**}{@code /*.*}, {@code /docs/**}{@code /*.md}) and whose translation pattern names the
 * language becomes a {@link Layout}. Entries for other files (HTML templates, includes) are ignored.
 */
final class CrowdinSite implements SiteDetector {
    private static final List<String> LANGUAGE_PLACEHOLDERS = List.of("%two_letters_code%", "%three_letters_code%",
            "%locale%", "%locale_with_underscore%", "%language%", "%android_code%", "%osx_code%", "%osx_locale%");

    @Override
    public Optional<SiteProfile> detect(Path root) {
        Optional<Path> file = SiteFiles.first(root, "crowdin.yml", "crowdin.yaml");
        if (file.isEmpty()) return Optional.empty();
        JsonNode config = SiteFiles.tree(file.get());
        List<Layout> layouts = new ArrayList<>();
        JsonNode files = config.get("files");
        if (files != null && !files.isArray()) {
            throw new ConfigException(file.get().toString(), "'files' must be a list");
        }
        if (files != null) {
            for (JsonNode entry : files) {
                Layout layout = layout(SiteFiles.text(entry, "source"), SiteFiles.text(entry, "translation"));
                if (layout != null) layouts.add(layout);
            }
        }
        if (layouts.isEmpty()) {
            throw new ConfigException(file.get().toString(), "no 'files' entry maps a Markdown source tree to "
                    + "translations (e.g. source: /docs/**/*.md, translation: /i18n/%two_letters_code%/**/%original_file_name%)");
        }
        return Optional.of(new SiteProfile("Crowdin", Optional.empty(), List.of(file.get().getFileName().toString()), layouts, List.of(),
                List.of()));
    }

    private static Layout layout(String source, String translation) {
        if (source == null || translation == null) return null;
        String src = ConfigLoader.trimSlashes(source);
        int tree = src.indexOf("/**/");
        if (tree < 0 || src.contains("..")) return null;
        String root = src.substring(0, tree);
        String glob = src.substring(tree + 1);
        boolean any = glob.equals("**/*.*") || glob.equals("**/*");
        if (!(any || glob.endsWith(".md") || glob.endsWith(".mdx") || glob.endsWith(".markdown"))) return null;
        String target = ConfigLoader.trimSlashes(translation);
        for (String placeholder : LANGUAGE_PLACEHOLDERS) target = target.replace(placeholder, "{lang}");
        target = target.replace("/**/", "/{dir}").replace("%original_path%/", "{dir}")
                .replace("%original_file_name%", "{name}.{ext}").replace("%file_name%", "{name}")
                .replace("%file_extension%", "{ext}");
        if (!target.contains("{lang}") || target.contains("%") || target.contains("..")) return null;
        return new Layout(root, any ? Layout.PAGES : glob, target);
    }
}
