package dev.lockstep.config.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every site detector, in the order they are asked: the translation platform's file first (it maps
 * files exactly), then each generator's own config, then folder names. The first that recognizes the
 * site gives the layout; when that is the platform's file, the generator whose config file is beside it
 * gives the renderer.
 */
public final class Sites {
    private static final List<SiteDetector> FROM_FILES = List.of(new CrowdinSite(), new DocusaurusSite(),
            new StarlightSite(), new HugoSite(), new MkDocsSite());
    private static final SiteDetector FROM_FOLDER_NAMES = new LanguageFolderSite();

    /** Files that can declare a site's layout: when one changes, every page may pair differently. */
    private static final java.util.regex.Pattern SITE_FILES = java.util.regex.Pattern.compile(
            "crowdin\\.ya?ml|mkdocs\\.ya?ml|(?:.*/)?mkdocs\\.ya?ml|astro\\.config\\.[cm]?[jt]s|locales\\.json"
                    + "|docusaurus\\.config\\.[cm]?[jt]s|(?:config/_default/)?(?:hugo|config|languages)\\.(?:toml|ya?ml|json)");

    private Sites() {
    }

    /** Whether {@code relativePath} (from the site's folder) is a file some detector reads. */
    public static boolean isSiteFile(String relativePath) {
        return SITE_FILES.matcher(relativePath).matches();
    }

    /** What the config files in {@code dir} declare, without guessing from folder names. */
    public static Optional<SiteProfile> fromFiles(Path dir) {
        Optional<SiteProfile> p = declared(dir);
        return p.isPresent() ? Optional.of(withGenerator(p.get(), dir)) : p;
    }

    /**
     * What the first config file in {@code dir} that declares translations says, before the generator is
     * looked for; {@link #completed} finishes it as {@link #fromFiles} would.
     */
    public static Optional<SiteProfile> declared(Path dir) {
        for (SiteDetector d : FROM_FILES) {
            Optional<SiteProfile> p = d.detect(dir);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** A profile {@link #declared} found in {@code dir}, completed as {@link #fromFiles} completes it. */
    public static SiteProfile completed(SiteProfile declared, Path dir) {
        return withGenerator(declared, dir);
    }

    /**
     * A profile that names no generator (a translation platform's file gave the layout) completed with
     * the generator whose config file is in the same folder, so that the pages are parsed with that
     * generator's renderer ({@code mkdocs.yml} beside {@code crowdin.yml}: Python-Markdown).
     */
    private static SiteProfile withGenerator(SiteProfile p, Path dir) {
        if (p.renderer().isPresent()) return p;
        for (SiteDetector d : FROM_FILES) {
            Optional<SiteDetector.Generator> g = d.builtBy(dir);
            if (g.isPresent()) return completed(p, g.get());
        }
        // No generator's file (a repository of translations alone): the pages' own syntax may still name it.
        return PageSyntax.of(dir, p.layouts()).map(g -> completed(p, g)).orElse(p);
    }

    private static SiteProfile completed(SiteProfile p, SiteDetector.Generator g) {
        List<String> evidence = new java.util.ArrayList<>(p.evidence());
        evidence.add(g.file());
        return new SiteProfile(p.generator() + " for " + g.name(), Optional.of(g.renderer()), evidence, p.layouts(),
                p.languages(), p.notes());
    }

    /**
     * Whether {@code dir} is a site's folder: its config files declare translations, or (with
     * {@code byFolderNames}) its folder names show them. Cheaper than {@link #detect}: the generator is not
     * looked for (no page is read), for walking up from a file to its site.
     */
    public static boolean recognizes(Path dir, boolean byFolderNames) {
        return declared(dir).isPresent() || byFolderNames && FROM_FOLDER_NAMES.detect(dir).isPresent();
    }

    /** {@link #fromFiles}, else what the folder and file names suggest. */
    public static Optional<SiteProfile> detect(Path dir) {
        Optional<SiteProfile> p = fromFiles(dir);
        return p.isPresent() ? p : FROM_FOLDER_NAMES.detect(dir).map(f -> withGenerator(f, dir));
    }
}
