package dev.lockstep.parse.syntax;

import dev.lockstep.config.Renderer;

/**
 * What decides which syntaxes a page may contain: the site's renderer, and whether the page is MDX
 * (a {@code .mdx} file, or any page of an MDX site).
 */
public record Flavor(Renderer renderer, boolean mdx) {

    public static Flavor of(Renderer renderer, String path) {
        boolean mdx = renderer == Renderer.MDX || path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
        return new Flavor(renderer, mdx);
    }
}
