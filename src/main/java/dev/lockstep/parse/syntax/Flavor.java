package dev.lockstep.parse.syntax;

import dev.lockstep.parse.Renderer;

/**
 * What decides which syntaxes a page may contain: the site's renderer, and whether the page is MDX
 * (a {@code .mdx} file, or any page of an MDX site).
 */
public record Flavor(Renderer renderer, boolean mdx) {

    public static Flavor of(Renderer renderer, String path) {
        boolean mdx = renderer == Renderer.MDX || path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
        return new Flavor(renderer, mdx);
    }

    // Written out: a record's generated equals and hashCode go through method handles, and every page looks
    // its syntaxes up by its flavor.
    @Override
    public boolean equals(Object o) {
        return o instanceof Flavor f && f.renderer == renderer && f.mdx == mdx;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(renderer) + Boolean.hashCode(mdx);
    }
}
