package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import dev.lockstep.config.Layout;
import dev.lockstep.config.LayoutLanguages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Astro Starlight: pages in {@code src/content/docs/}, one folder per locale key of Starlight's
 * {@code locales} (read from {@code astro.config.*}, or from the JSON file it imports them from). With a
 * {@code root} locale the English pages sit at the top of that folder and the translations inside it;
 * otherwise the default locale has its own folder. Files and folders whose name starts with {@code _}
 * are not pages (Astro leaves them out of the collection).
 */
final class StarlightSite implements SiteDetector {
    static final String CONTENT = "src/content/docs";
    /** Partials and drafts: Astro and Docusaurus leave names starting with {@code _} out. */
    static final List<String> UNDERSCORED = List.of("**/_*", "**/_*/**");

    private static final String[] NAMES = {"astro.config.mjs", "astro.config.ts", "astro.config.mts",
            "astro.config.js", "astro.config.cjs"};

    @Override
    public Optional<Generator> builtBy(Path root) {
        return SiteFiles.first(root, NAMES).map(f -> new Generator("Astro", Renderer.COMMONMARK, f.getFileName().toString()));
    }

    @Override
    public Optional<SiteProfile> detect(Path root) {
        Optional<Path> file = SiteFiles.first(root, NAMES);
        if (file.isEmpty()) return Optional.empty();
        JsScan js = new JsScan(SiteFiles.read(file.get()));
        if (!js.code().contains("starlight")) return Optional.empty();
        List<String> evidence = new ArrayList<>(List.of(file.get().getFileName().toString()));
        List<String> keys = locales(root, js, evidence);
        if (keys.size() < 2 || !SiteFiles.isDir(root, CONTENT)) return Optional.empty();
        String defaultLocale = JsScan.string(js.code(), "defaultLocale").orElse(null);
        List<String> languages = new ArrayList<>(keys);
        List<String> notes = new ArrayList<>();
        Layout layout;
        if (keys.contains("root")) {
            languages.remove("root");
            languages.remove(defaultLocale);
            Layout probe = new Layout(CONTENT, Layout.PAGES, CONTENT + "/{lang}/{path}", UNDERSCORED);
            List<String> exclude = new ArrayList<>(UNDERSCORED);
            // A language folder the site no longer builds (a retired locale) is neither source nor checked.
            for (String lang : LayoutLanguages.list(root, probe)) {
                if (!languages.contains(lang)) {
                    exclude.add(lang + "/**");
                    notes.add("not checked: " + CONTENT + "/" + lang + "/ (not one of the locales)");
                }
            }
            layout = new Layout(CONTENT, Layout.PAGES, CONTENT + "/{lang}/{path}", exclude);
        } else {
            String source = defaultLocale != null && keys.contains(defaultLocale) ? defaultLocale : keys.get(0);
            languages.remove(source);
            layout = new Layout(CONTENT + "/" + source, Layout.PAGES, CONTENT + "/{lang}/{path}", UNDERSCORED);
        }
        return Optional.of(new SiteProfile("Astro Starlight", Optional.of(Renderer.COMMONMARK), evidence, List.of(layout), languages, notes));
    }

    /** The locale keys: an object literal in the config, a variable in it, or an imported JSON file. */
    private static List<String> locales(Path root, JsScan js, List<String> evidence) {
        Optional<String> literal = js.object("locales");
        if (literal.isPresent()) return JsScan.keys(literal.get());
        Optional<String> id = js.identifier("locales");
        if (id.isEmpty()) return List.of();
        Optional<String> variable = js.variable(id.get());
        if (variable.isPresent()) return JsScan.keys(variable.get());
        Optional<String> module = js.importOf(id.get());
        if (module.isPresent() && module.get().endsWith(".json") && !module.get().contains("..")) {
            Path json = root.resolve(module.get()).normalize();
            if (json.startsWith(root) && SiteFiles.first(json.getParent(), json.getFileName().toString()).isPresent()) {
                evidence.add(SiteFiles.folder(root.relativize(json).toString()));
                return SiteFiles.keys(SiteFiles.tree(json));
            }
        }
        return List.of();
    }
}
