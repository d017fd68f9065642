package dev.lockstep.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The Markdown implementation that turns the site's pages into HTML. Markup parity judges what this
 * renderer renders, not what CommonMark would: Python-Markdown, for one, makes {@code **請注意。**除了}
 * bold where CommonMark's flanking rules leave the asterisks as text.
 *
 * <p>Part of the site profile: set by {@code renderer:} (or implied by {@code generator:}) in
 * {@code .lockstep.yml}, or by layout detection from the generator's own files.
 */
public enum Renderer {
    /** CommonMark as flexmark parses it; the default when nothing says otherwise. */
    COMMONMARK("commonmark"),
    /** Python-Markdown with pymdownx (mkdocs, mkdocs-material). */
    PYTHON_MARKDOWN("python-markdown"),
    /** MDX (micromark: CommonMark plus JSX, ESM and expressions): Docusaurus, Starlight's {@code .mdx}. */
    MDX("mdx"),
    /** Goldmark (Hugo): CommonMark emphasis rules. */
    GOLDMARK("goldmark");

    private final String id;

    Renderer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** By its id ({@code python-markdown}), case-insensitively. */
    public static Optional<Renderer> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Renderer r : values()) if (r.id.equals(wanted)) return Optional.of(r);
        return Optional.empty();
    }

    /**
     * The renderer a static site generator uses by default, by its name as people write it
     * ({@code mkdocs}, {@code Hugo}, {@code Astro Starlight}, {@code docusaurus}); empty for a generator
     * this does not know.
     */
    public static Optional<Renderer> ofGenerator(String generator) {
        String g = generator.strip().toLowerCase(Locale.ROOT);
        if (g.contains("mkdocs") || g.equals("material")) return Optional.of(PYTHON_MARKDOWN);
        if (g.contains("hugo")) return Optional.of(GOLDMARK);
        // Docusaurus reads .md as MDX too; Starlight reads .md with remark (CommonMark) and only .mdx as MDX.
        if (g.contains("docusaurus")) return Optional.of(MDX);
        if (g.contains("starlight") || g.contains("astro") || g.contains("vitepress") || g.equals("commonmark")) {
            return Optional.of(COMMONMARK);
        }
        return Optional.empty();
    }

    /** Ids and generator names accepted in config, for error messages. */
    public static String accepted() {
        return "commonmark, python-markdown, mdx, goldmark";
    }
}
