package dev.lockstep.config.site;

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
}
