package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognizes one docs generator's (or translation platform's) layout from the site's own files. A new
 * generator is one more implementation, listed in {@link Sites}.
 */
public interface SiteDetector {
    /**
     * The layout that the files in {@code root} declare, or empty when this generator's files are absent
     * or say nothing about translations (a single-language site). Throws {@link dev.lockstep.config.ConfigException}
     * only for a file that is this generator's but cannot be read.
     */
    Optional<SiteProfile> detect(Path root);

    /**
     * The generator whose own config file is in {@code root}, named as {@link SiteProfile#generator()} names
     * it, with that file: also when the file declares no translations (a site whose translations a platform
     * such as Crowdin maps). Empty for a detector that is not a generator's, or when its file is absent.
     */
    default Optional<Generator> builtBy(Path root) {
        return Optional.empty();
    }

    /** A generator ({@code MkDocs}), how it renders Markdown, and the file that names it ({@code mkdocs.yml}). */
    record Generator(String name, Renderer renderer, String file) {
    }
}
