package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Docusaurus: {@code i18n.defaultLocale} and {@code i18n.locales} of {@code docusaurus.config.*}; each
 * content plugin's translations under {@code i18n/<locale>/}: {@code docs/} in
 * {@code docusaurus-plugin-content-docs/current/}, each {@code versioned_docs/version-X/} in
 * {@code docusaurus-plugin-content-docs/version-X/}, {@code blog/} in {@code docusaurus-plugin-content-blog/},
 * Markdown pages of {@code src/pages/} in {@code docusaurus-plugin-content-pages/}. Names starting with
 * {@code _} are not pages (Docusaurus's default {@code exclude}). Plugins with another id or path are not read.
 */
final class DocusaurusSite implements SiteDetector {
    private static final String[] NAMES = {"docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
            "docusaurus.config.cjs", "docusaurus.config.mts"};

    @Override
    public Optional<Generator> builtBy(Path root) {
        return SiteFiles.first(root, NAMES).map(f -> new Generator("Docusaurus", Renderer.MDX, f.getFileName().toString()));
    }

    @Override
    public Optional<SiteProfile> detect(Path root) {
        Optional<Path> file = SiteFiles.first(root, NAMES);
        if (file.isEmpty()) return Optional.empty();
        JsScan js = new JsScan(SiteFiles.read(file.get()));
        Optional<String> i18n = js.object("i18n");
        if (i18n.isEmpty()) return Optional.empty();
        String defaultLocale = JsScan.string(i18n.get(), "defaultLocale").orElse("en");
        // Locales computed at run time: the folders under i18n/ say which there are.
        List<String> languages = new ArrayList<>(JsScan.strings(i18n.get(), "locales").orElse(List.of()));
        languages.remove(defaultLocale);
        List<Layout> layouts = new ArrayList<>();
        String i18nDir = "i18n/{lang}/";
        if (SiteFiles.isDir(root, "docs")) {
            layouts.add(layout("docs", i18nDir + "docusaurus-plugin-content-docs/current"));
        }
        for (String version : versions(root)) {
            layouts.add(layout("versioned_docs/" + version, i18nDir + "docusaurus-plugin-content-docs/" + version));
        }
        if (SiteFiles.isDir(root, "blog")) layouts.add(layout("blog", i18nDir + "docusaurus-plugin-content-blog"));
        if (SiteFiles.isDir(root, "src/pages")) {
            layouts.add(layout("src/pages", i18nDir + "docusaurus-plugin-content-pages"));
        }
        if (layouts.isEmpty()) return Optional.empty();
        return Optional.of(new SiteProfile("Docusaurus", Optional.of(Renderer.MDX), List.of(file.get().getFileName().toString()), layouts,
                languages, List.of()));
    }

    private static Layout layout(String source, String translations) {
        return new Layout(source, Layout.PAGES, translations + "/{path}", StarlightSite.UNDERSCORED);
    }

    private static List<String> versions(Path root) {
        Path dir = root.resolve("versioned_docs");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("version-")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), "cannot list versions: " + e.getMessage());
        }
    }
}
