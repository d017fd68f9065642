package dev.lockstep.config.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every site detector, in the order they are asked: the translation platform's file first (it maps
 * files exactly), then each generator's own config, then folder names. The first that recognizes the
 * site wins.
 */
public final class Sites {
    private static final List<SiteDetector> FROM_FILES = List.of(new CrowdinSite(), new DocusaurusSite(),
            new StarlightSite(), new HugoSite(), new MkDocsSite());
    private static final SiteDetector FROM_FOLDER_NAMES = new LanguageFolderSite();

    private Sites() {
    }

    /** What the config files in {@code dir} declare, without guessing from folder names. */
    public static Optional<SiteProfile> fromFiles(Path dir) {
        for (SiteDetector d : FROM_FILES) {
            Optional<SiteProfile> p = d.detect(dir);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** {@link #fromFiles}, else what the folder and file names suggest. */
    public static Optional<SiteProfile> detect(Path dir) {
        Optional<SiteProfile> p = fromFiles(dir);
        return p.isPresent() ? p : FROM_FOLDER_NAMES.detect(dir);
    }
}
