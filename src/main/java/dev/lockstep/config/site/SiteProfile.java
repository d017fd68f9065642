package dev.lockstep.config.site;

import dev.lockstep.config.Layout;
import dev.lockstep.parse.Renderer;
import java.util.List;
import java.util.Optional;

/**
 * What a site's own files say about its translations.
 *
 * @param generator  who declared it, for people ({@code Hugo}, {@code Astro Starlight}, {@code crowdin.yml})
 * @param renderer   how the generator renders Markdown; empty when nothing names the generator (a platform's
 *                   file or folder names alone)
 * @param evidence   the files it was read from, relative to the site's folder
 * @param layouts    where the source pages are and where each language's copy lives
 * @param languages  the translation languages the site declares, sorted; empty when the layout's folders list them
 * @param notes      what was found but is not checked, and why (a language folder the site does not build)
 */
public record SiteProfile(String generator, Optional<Renderer> renderer, List<String> evidence, List<Layout> layouts, List<String> languages,
                          List<String> notes) {
    public SiteProfile {
        evidence = List.copyOf(evidence);
        layouts = List.copyOf(layouts);
        languages = languages.stream().sorted().distinct().toList();
        notes = List.copyOf(notes);
    }

    /** One line for people: generator, files, where sources and translations are. */
    public String summary() {
        StringBuilder sb = new StringBuilder(generator).append(" (").append(String.join(", ", evidence)).append("): ");
        for (int i = 0; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            if (i > 0) sb.append("; ");
            sb.append(l.sourceRoot().isEmpty() ? "." : l.sourceRoot()).append(" -> ").append(l.translation());
        }
        if (!notes.isEmpty()) sb.append("; ").append(String.join("; ", notes));
        return sb.toString();
    }
}
