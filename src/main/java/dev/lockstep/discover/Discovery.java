package dev.lockstep.discover;

import dev.lockstep.UserError;
import dev.lockstep.config.Config;
import dev.lockstep.config.Layout;
import dev.lockstep.config.LayoutLanguages;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds which translated file belongs to which source page. Never follows symbolic links (of a file or
 * of any folder on its way, see {@link FileGate}) and never leaves the checked folder, whatever the
 * layout says.
 */
public final class Discovery {
    /** A translation may change a page's format between these (Starlight and Docusaurus match by slug). */
    private static final List<String> PAGE_EXTENSIONS = List.of("md", "mdx");

    private final Path root;

    public Discovery(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public DiscoveryResult discover(Config config) {
        return discover(config, Shard.WHOLE);
    }

    /**
     * What {@link #discover(Config)} finds, for the source pages {@code shard} holds only: their pairs
     * and missing translations, the orphans whose source would be theirs, and their count.
     */
    public DiscoveryResult discover(Config config, Shard shard) {
        List<Pair> pairs = new ArrayList<>();
        List<DiscoveryResult.Missing> missing = new ArrayList<>();
        Set<String> languages = new TreeSet<>();
        Set<String> claimed = new HashSet<>();
        int sourcePages = 0;
        List<Mapping> mappings = mappings(config);
        // Each language folder is listed once: the orphan pass needs the lists, and a page found by the
        // walk (which follows no link) needs no second look through the gate.
        Map<String, List<String>> languagePages = new HashMap<>();
        Set<String> walked = new HashSet<>();
        for (Mapping mapping : mappings) {
            for (String lang : mapping.languages) {
                List<String> found = languagePages.computeIfAbsent(mapping.layout.languageRoot(lang) + "\u0000"
                        + mapping.layout.sourceGlob(), k -> pages(mapping.layout.languageRoot(lang), mapping.layout.sourceGlob()));
                walked.addAll(found);
            }
        }
        for (Mapping mapping : mappings) {
            languages.addAll(mapping.languages);
            List<String> allSources = pages(mapping.layout.sourceRoot(), mapping.layout.sourceGlob());
            walked.addAll(allSources);
            for (String source : allSources) {
                if (!mapping.isSourcePage(source)) continue;
                String relative = mapping.relative(source);
                // Every source claims its translations, held or not: an unclaimed page may be an orphan.
                boolean held = shard.holds(source);
                if (held) sourcePages++;
                for (String lang : mapping.languages) {
                    String translation = translationOf(mapping.layout, relative, lang, walked);
                    claimed.add(translation);
                    if (!held) continue;
                    if (walked.contains(translation) || isFile(translation)) {
                        pairs.add(new Pair(source, translation, lang));
                    } else {
                        missing.add(new DiscoveryResult.Missing(source, lang, translation));
                    }
                }
            }
        }

        List<DiscoveryResult.Orphan> orphans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mapping mapping : mappings) {
            for (String lang : mapping.languages) {
                for (String page : languagePages.get(mapping.layout.languageRoot(lang) + "\u0000"
                        + mapping.layout.sourceGlob())) {
                    if (claimed.contains(page) || !seen.add(page)) continue;
                    String relative = mapping.sourceOf(lang, page);
                    if (relative == null || mapping.excluded(relative)) continue;
                    String source = sourceFile(mapping.layout, relative);
                    if (!walked.contains(source) && !isFile(source) && shard.holds(source)) {
                        orphans.add(new DiscoveryResult.Orphan(page, lang));
                    }
                }
            }
        }
        pairs.sort(Discovery::bySourceThenLanguage);
        return new DiscoveryResult(List.copyOf(pairs), List.copyOf(languages), List.copyOf(missing),
                List.copyOf(orphans), sourcePages);
    }

    /**
     * Discovers only what concerns {@code files} (paths relative to the root, existing or deleted): a
     * source page with all its translations, a translated page with its source. Finds the same pairs,
     * missing translations and orphans as {@link #discover(Config)} would for those pages, without
     * walking the tree: this is what keeps the pre-commit hook fast.
     */
    public DiscoveryResult discover(Config config, Collection<String> files) {
        Set<Pair> pairs = new LinkedHashSet<>();
        Set<DiscoveryResult.Missing> missing = new LinkedHashSet<>();
        Set<DiscoveryResult.Orphan> orphans = new LinkedHashSet<>();
        Set<String> languages = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (Mapping mapping : mappings(config)) {
            Layout layout = mapping.layout;
            for (String file : files) {
                String path = inside(file);
                boolean translated = false;
                for (String lang : mapping.languages) {
                    String relative = mapping.sourceOf(lang, path);
                    if (relative == null || mapping.excluded(relative)) continue;
                    translated = true;
                    String source = sourceFile(layout, relative);
                    languages.add(lang);
                    if (isFile(source)) {
                        sources.add(source);
                        if (isFile(path)) {
                            pairs.add(new Pair(source, path, lang));
                        } else {
                            missing.add(new DiscoveryResult.Missing(source, lang, path));
                        }
                    } else if (isFile(path)) {
                        orphans.add(new DiscoveryResult.Orphan(path, lang));
                    }
                }
                if (translated || !mapping.isSourcePage(path)) continue;
                boolean sourceExists = isFile(path);
                if (sourceExists) sources.add(path);
                String relative = mapping.relative(path);
                for (String lang : mapping.languages) {
                    String translation = translationOf(layout, relative, lang, Set.of());
                    boolean exists = isFile(translation);
                    languages.add(lang);
                    if (sourceExists && exists) {
                        pairs.add(new Pair(path, translation, lang));
                    } else if (sourceExists) {
                        missing.add(new DiscoveryResult.Missing(path, lang, translation));
                    } else if (exists) {
                        orphans.add(new DiscoveryResult.Orphan(translation, lang));
                    }
                }
            }
        }
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Discovery::bySourceThenLanguage);
        return new DiscoveryResult(List.copyOf(sorted), List.copyOf(languages), List.copyOf(missing),
                List.copyOf(orphans), sources.size());
    }

    /**
     * A run that found no pair checked nothing: that is an error (exit 2), never a green result. Says what
     * was found instead. {@code scope} is the file or folder asked for, or null for the whole site.
     */
    public static void requirePairs(DiscoveryResult result, Config config, String scope) {
        if (!result.pairs().isEmpty()) return;
        String languages = String.join(", ", result.languages());
        if (scope != null) {
            throw new UserError(scope, "checked nothing: not a page or translation of this site, or one "
                    + "without a translation" + (languages.isEmpty() ? "" : " (languages " + languages + ")"));
        }
        if (result.sourcePages() == 0) {
            Layout first = config.layouts().get(0);
            throw new UserError(config.origin(), "checked nothing: no pages in source folder '"
                    + first.sourceRoot() + "' (" + first.sourceGlob() + ")");
        }
        throw new UserError(config.origin(), "checked nothing: none of the " + result.sourcePages()
                + " source pages has a translation in " + languages
                + (result.missing().isEmpty() ? "" : " (expected e.g. " + result.missing().get(0).expected() + ")"));
    }

    /** The source page's path for {@code relative}, or its twin in the other page format when only that exists. */
    private String sourceFile(Layout layout, String relative) {
        String prefix = layout.sourceRoot().isEmpty() ? "" : layout.sourceRoot() + "/";
        String expected = inside(prefix + relative);
        if (isFile(expected)) return expected;
        for (String twin : twins(relative)) {
            String path = inside(prefix + twin);
            if (isFile(path)) return path;
        }
        return expected;
    }

    /** Where the translation of {@code relative} is: the layout's path, or its other-format twin if only that exists. */
    private String translationOf(Layout layout, String relative, String lang, Set<String> walked) {
        String expected = inside(layout.translationPath(relative, lang));
        if (walked.contains(expected) || isFile(expected)) return expected;
        for (String twin : twins(relative)) {
            String path = inside(layout.translationPath(twin, lang));
            if (walked.contains(path) || isFile(path)) return path;
        }
        return expected;
    }

    private static List<String> twins(String relative) {
        int dot = relative.lastIndexOf('.');
        if (dot < 0 || relative.indexOf('/', dot) >= 0) return List.of();
        String ext = relative.substring(dot + 1);
        if (!PAGE_EXTENSIONS.contains(ext)) return List.of();
        List<String> out = new ArrayList<>();
        for (String e : PAGE_EXTENSIONS) if (!e.equals(ext)) out.add(relative.substring(0, dot + 1) + e);
        return out;
    }

    /**
     * Pairs by source page, then language: the order of every run's pairs, which a merge of shards restores. One
     * method, not a comparator chain: what a run does once should not link a lambda per key (the JDK's own comparator
     * lambdas are not kept in the launcher's class archive).
     */
    public static int bySourceThenLanguage(Pair a, Pair b) {
        int bySource = a.source().compareTo(b.source());
        return bySource != 0 ? bySource : a.language().compareTo(b.language());
    }

    private boolean isFile(String relative) {
        return FileGate.isRegularFile(root, relative);
    }

    private List<Mapping> mappings(Config config) {
        List<Mapping> out = new ArrayList<>();
        for (Layout layout : config.layouts()) {
            List<String> langs = config.languages().isEmpty() ? LayoutLanguages.list(root, layout) : config.languages();
            out.add(new Mapping(layout, langs));
        }
        return out;
    }

    /** One layout with its languages, and what it needs to tell pages, partials and translations apart. */
    private static final class Mapping {
        final Layout layout;
        final List<String> languages;
        private final String prefix;
        private final PathMatcher glob;
        private final PathMatcher flatGlob;
        private final List<PathMatcher> exclude = new ArrayList<>();
        private final Map<String, Pattern> templates = new HashMap<>();

        Mapping(Layout layout, List<String> languages) {
            this.layout = layout;
            this.languages = languages;
            this.prefix = layout.sourceRoot().isEmpty() ? "" : layout.sourceRoot() + "/";
            this.glob = matcher(layout.sourceGlob());
            this.flatGlob = layout.sourceGlob().startsWith("**/") ? matcher(layout.sourceGlob().substring(3)) : glob;
            for (String e : layout.exclude()) {
                exclude.add(matcher(e));
                if (e.startsWith("**/")) exclude.add(matcher(e.substring(3)));
            }
        }

        String relative(String path) {
            return path.substring(prefix.length());
        }

        boolean excluded(String relative) {
            Path p = Path.of(relative);
            for (PathMatcher m : exclude) if (m.matches(p)) return true;
            return false;
        }

        /** A page of the source tree: below the root, a page format, not a partial, not a nested translation. */
        boolean isSourcePage(String path) {
            if (!path.startsWith(prefix)) return false;
            String relative = relative(path);
            Path below = Path.of(relative);
            if (!(glob.matches(below) || flatGlob.matches(below)) || excluded(relative)) return false;
            for (String lang : languages) {
                if (!layout.nestedInSource(lang)) continue;
                String langRoot = layout.languageRoot(lang);
                if (!langRoot.equals(layout.sourceRoot()) && path.startsWith(langRoot + "/")) return false;
                if (sourceOf(lang, path) != null) return false;
            }
            return true;
        }

        String sourceOf(String lang, String path) {
            return layout.sourceOf(templates.computeIfAbsent(lang, l -> layout.templatePattern(Pattern.quote(l))), lang,
                    path);
        }

        private static PathMatcher matcher(String glob) {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        }
    }

    /** Page files below {@code folder} (relative paths from the root). */
    private List<String> pages(String folder, String glob) {
        String relative = inside(folder.isEmpty() ? "." : folder);
        if (!FileGate.isDirectory(root, relative)) return List.of();
        Path dir = root.resolve(relative);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher flat = glob.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3))
                : matcher;
        List<String> suffixes = nameSuffixes(glob);
        String rootPrefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        List<String> out = new ArrayList<>();
        try {
            // The walk reads each entry's attributes once (no link is followed); a second stat per file
            // was a fifth of a re-run with nothing changed. Paths are cut from the walk's strings, and the
            // usual page globs are a test of the name's ending: Path arithmetic and a regex per file were
            // most of the walk's own time.
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    String path = p.toString();
                    boolean cut = suffixes != null && path.startsWith(rootPrefix);
                    if (cut ? endsWithAny(path, suffixes) : isPage(dir.relativize(p))) {
                        out.add(cut ? path.substring(rootPrefix.length()) : slashes(root.relativize(p)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private boolean isPage(Path rel) {
                    return matcher.matches(rel) || flat.matches(rel);
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(dir.toString(), "cannot list files: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    /**
     * The endings that make a file a page when {@code glob} is {@code **}{@code /*.EXT} or
     * {@code **}{@code /*.{EXT,…}} (with the glob's own {@code *.EXT} for files at the top, as
     * {@link #pages} tries both): the name ends in {@code .EXT}, since {@code *} matches any name part,
     * an empty one too. Null for any other glob, and where paths are not {@code /}-separated or globs
     * ignore case (Windows), which the glob matcher then decides.
     */
    static List<String> nameSuffixes(String glob) {
        if (java.io.File.separatorChar != '/' || !glob.startsWith("**/*.")) return null;
        String ext = glob.substring("**/*.".length());
        boolean braces = ext.startsWith("{") && ext.endsWith("}");
        List<String> out = new ArrayList<>();
        for (String e : (braces ? ext.substring(1, ext.length() - 1) : ext).split(",", -1)) {
            if (e.isEmpty() || (!braces && ext.indexOf(',') >= 0)) return null;
            for (int i = 0; i < e.length(); i++) {
                char c = e.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                    return null;
                }
            }
            out.add("." + e);
        }
        return out;
    }

    private static boolean endsWithAny(String path, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (path.endsWith(suffix)) return true;
        }
        return false;
    }

    /** Resolves a layout path and refuses any that would leave the checked folder. */
    private String inside(String relative) {
        // Most paths are plain already; the Path arithmetic below was a fifth of discovery's time.
        if (plain(relative)) return relative;
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new UserError("layout", "'" + relative + "' points outside " + root);
        }
        return slashes(root.relativize(resolved));
    }

    /**
     * Whether resolving {@code relative} against a folder and normalizing it gives back the same names:
     * {@code /}-separated names, none empty, {@code .} or {@code ..}, no NUL (which a Path refuses).
     */
    static boolean plain(String relative) {
        if (java.io.File.separatorChar != '/' || relative.isEmpty()) return false;
        int start = 0;
        for (int i = 0; i <= relative.length(); i++) {
            char c = i < relative.length() ? relative.charAt(i) : '/';
            if (c == '\0') return false;
            if (c != '/') continue;
            int length = i - start;
            if (length == 0 || relative.charAt(start) == '.' && (length == 1
                    || length == 2 && relative.charAt(start + 1) == '.')) {
                return false;
            }
            start = i + 1;
        }
        return true;
    }

    public static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
