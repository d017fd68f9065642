package dev.lockstep.discover;

import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.Layout;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds which translated file belongs to which source page. Never follows symbolic links (of a file or
 * of any folder on its way, see {@link FileGate}) and never leaves the checked folder, whatever the
 * layout says.
 */
public final class Discovery {
    /** Language folder names look like {@code ja}, {@code pt-BR}, {@code zh_Hant}, {@code sr-Latn-RS}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(path|dir|name|ext)}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}");

    private final Path root;

    public Discovery(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public DiscoveryResult discover(Config config) {
        List<Pair> pairs = new ArrayList<>();
        List<DiscoveryResult.Missing> missing = new ArrayList<>();
        Set<String> languages = new TreeSet<>();
        Set<String> claimed = new HashSet<>();
        int sourcePages = 0;

        for (Layout layout : config.layouts()) {
            List<String> langs = config.languages().isEmpty() ? languagesOf(layout) : config.languages();
            languages.addAll(langs);
            Set<String> translationRoots = new HashSet<>();
            for (String lang : langs) {
                String langRoot = layout.languageRoot(lang);
                if (langRoot != null) translationRoots.add(langRoot);
            }
            List<String> sources = pages(layout.sourceRoot(), layout.sourceGlob(), translationRoots);
            sourcePages += sources.size();
            for (String source : sources) {
                String relative = layout.sourceRoot().isEmpty() ? source : source.substring(layout.sourceRoot().length() + 1);
                for (String lang : langs) {
                    String translation = inside(layout.translationPath(relative, lang));
                    claimed.add(translation);
                    if (FileGate.isRegularFile(root, translation)) {
                        pairs.add(new Pair(source, translation, lang));
                    } else {
                        missing.add(new DiscoveryResult.Missing(source, lang, translation));
                    }
                }
            }
        }

        List<DiscoveryResult.Orphan> orphans = new ArrayList<>();
        for (Layout layout : config.layouts()) {
            for (String lang : languages) {
                String langRoot = layout.languageRoot(lang);
                if (langRoot == null) continue;
                for (String page : pages(langRoot, "**/*.md", Set.of())) {
                    if (!claimed.contains(page)) orphans.add(new DiscoveryResult.Orphan(page, lang));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparing(Pair::source).thenComparing(Pair::language));
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
        for (Layout layout : config.layouts()) {
            List<String> langs = config.languages().isEmpty() ? languagesOf(layout) : config.languages();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + layout.sourceGlob());
            PathMatcher flat = layout.sourceGlob().startsWith("**/")
                    ? FileSystems.getDefault().getPathMatcher("glob:" + layout.sourceGlob().substring(3)) : matcher;
            String prefix = layout.sourceRoot().isEmpty() ? "" : layout.sourceRoot() + "/";
            for (String file : files) {
                String path = inside(file);
                boolean translated = false;
                for (String lang : langs) {
                    String relative = sourceOf(layout, lang, path);
                    if (relative == null) continue;
                    translated = true;
                    String source = inside(prefix + relative);
                    boolean sourceExists = FileGate.isRegularFile(root, source);
                    boolean exists = FileGate.isRegularFile(root, path);
                    languages.add(lang);
                    if (sourceExists) {
                        sources.add(source);
                        if (exists) {
                            pairs.add(new Pair(source, path, lang));
                        } else {
                            missing.add(new DiscoveryResult.Missing(source, lang, path));
                        }
                    } else if (exists) {
                        orphans.add(new DiscoveryResult.Orphan(path, lang));
                    }
                }
                if (translated || !path.startsWith(prefix)) continue;
                Path below = Path.of(path.substring(prefix.length()));
                if (!(matcher.matches(below) || flat.matches(below))) continue;
                boolean sourceExists = FileGate.isRegularFile(root, path);
                if (sourceExists) sources.add(path);
                for (String lang : langs) {
                    String translation = inside(layout.translationPath(slashes(below), lang));
                    boolean exists = FileGate.isRegularFile(root, translation);
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
        sorted.sort(java.util.Comparator.comparing(Pair::source).thenComparing(Pair::language));
        return new DiscoveryResult(List.copyOf(sorted), List.copyOf(languages), List.copyOf(missing),
                List.copyOf(orphans), sources.size());
    }

    /**
     * The source path (below the source root) whose {@code language} translation is {@code path}, or
     * null: the layout's template read backwards, then checked forwards.
     */
    static String sourceOf(Layout layout, String language, String path) {
        String template = layout.translation().replace("{lang}", language);
        StringBuilder regex = new StringBuilder();
        List<String> groups = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            groups.add(m.group(1));
            regex.append(switch (m.group(1)) {
                case "path" -> "(.+)";
                case "dir" -> "((?:.+/)?)";
                case "name" -> "([^/]+?)";
                default -> "([^/]*)";
            });
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher match = Pattern.compile(regex.toString()).matcher(path);
        if (!match.matches()) return null;
        String relative;
        int pathGroup = groups.indexOf("path");
        if (pathGroup >= 0) {
            relative = match.group(pathGroup + 1);
        } else {
            int dir = groups.indexOf("dir");
            int name = groups.indexOf("name");
            int ext = groups.indexOf("ext");
            if (name < 0) return null;
            relative = (dir >= 0 ? match.group(dir + 1) : "") + match.group(name + 1) + "."
                    + (ext >= 0 ? match.group(ext + 1) : "md");
        }
        return layout.translationPath(relative, language).equals(path) ? relative : null;
    }

    /** Every folder that the layout's {@code {lang}} can stand for. */
    private List<String> languagesOf(Layout layout) {
        String parent = layout.languageParent();
        if (parent == null) {
            throw new ConfigException("translations", "cannot list languages for '" + layout.translation()
                    + "': name them with `languages:` in .lockstep.yml or --lang");
        }
        String relative = inside(parent.isEmpty() ? "." : parent);
        // The gate refuses a linked parent; the filter below, linked language folders.
        if (!FileGate.isDirectory(root, relative)) return List.of();
        Path dir = root.resolve(relative);
        String sourceTop = layout.sourceRoot().contains("/") ? null : layout.sourceRoot();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> LANGUAGE.matcher(name).matches())
                    .filter(name -> !(parent.isEmpty() && name.equals(sourceTop)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), "cannot list language folders: " + e.getMessage());
        }
    }

    /** Markdown pages below {@code folder} (relative paths from the root), skipping other languages' trees. */
    private List<String> pages(String folder, String glob, Set<String> excludedRoots) {
        String relative = inside(folder.isEmpty() ? "." : folder);
        if (!FileGate.isDirectory(root, relative)) return List.of();
        Path dir = root.resolve(relative);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher flat = glob.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3))
                : matcher;
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                Path rel = dir.relativize(p);
                if (!(matcher.matches(rel) || flat.matches(rel))) return;
                String path = slashes(root.relativize(p));
                for (String excluded : excludedRoots) {
                    if (path.startsWith(excluded + "/")) return;
                }
                out.add(path);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(dir.toString(), "cannot list files: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    /** Resolves a layout path and refuses any that would leave the checked folder. */
    private String inside(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new ConfigException("layout", "'" + relative + "' points outside " + root);
        }
        return slashes(root.relativize(resolved));
    }

    static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
