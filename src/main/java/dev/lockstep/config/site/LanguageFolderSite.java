package dev.lockstep.config.site;

import dev.lockstep.parse.Renderer;
import dev.lockstep.config.Layout;
import dev.lockstep.config.LayoutLanguages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The last resort, when no generator or platform file says anything: folder and file names. Candidates
 * are language-code folders side by side ({@code i18n/ja}, {@code i18n/zh} with the pages elsewhere, or
 * {@code docs/en/docs} beside {@code docs/fr/docs}), a folder with language-suffixed siblings
 * ({@code pages}, {@code pages.fr}) and language-suffixed files ({@code page.fr.md}); the one whose
 * translated pages find the most sources wins.
 */
final class LanguageFolderSite implements SiteDetector {
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "dist", "vendor", "site");
    private static final int DEPTH = 2;

    @Override
    public Optional<SiteProfile> detect(Path root) {
        List<Layout> candidates = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        collect(root, "", 0, dirs);
        for (String dir : dirs) {
            List<String> children = children(root, dir);
            String prefix = dir.isEmpty() ? "" : dir + "/";
            List<String> codes = children.stream().filter(LayoutLanguages::known).toList();
            String english = codes.stream().filter(c -> c.toLowerCase(Locale.ROOT).matches("en(?:[-_][a-z]{2})?"))
                    .findFirst().orElse(null);
            if (english != null) {
                String source = commonFolder(root, prefix + english);
                String below = source.substring((prefix + english).length());
                candidates.add(new Layout(source, Layout.PAGES, prefix + "{lang}" + below + "/{path}"));
            } else if (!codes.isEmpty()) {
                for (String other : dirs) {
                    if (!other.equals(dir) && !other.startsWith(prefix) && !dir.startsWith(other + "/") && !other.isEmpty()) {
                        candidates.add(new Layout(other, Layout.PAGES, prefix + "{lang}/{path}"));
                    }
                }
            }
            for (String child : children) {
                for (String sep : List.of(".", "-", "_")) {
                    if (children.stream().anyMatch(c -> c.startsWith(child + sep)
                            && LayoutLanguages.known(c.substring(child.length() + 1)))) {
                        candidates.add(new Layout(prefix + child, Layout.PAGES, prefix + child + sep + "{lang}/{path}"));
                    }
                }
                if (dir.isEmpty() && !child.startsWith(".") && !SKIPPED.contains(child)) {
                    candidates.add(new Layout(prefix + child, Layout.PAGES, prefix + child + "/{dir}{name}.{lang}.{ext}"));
                }
            }
        }
        Layout best = null;
        int bestPairs = 0;
        for (Layout candidate : candidates) {
            int pairs = LayoutLanguages.pairs(root, candidate, LayoutLanguages.list(root, candidate));
            if (pairs > bestPairs) {
                best = candidate;
                bestPairs = pairs;
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of(new SiteProfile("language folders", Optional.empty(), List.of("folder names"), List.of(best), List.of(),
                List.of()));
    }

    /** The deepest folder below {@code folder} that still holds all of its pages ({@code docs/en/docs}). */
    private static String commonFolder(Path root, String folder) {
        List<String> pages = LayoutLanguages.files(root, folder, Layout.PAGES);
        if (pages.isEmpty()) return folder;
        String common = pages.get(0).substring(0, Math.max(0, pages.get(0).lastIndexOf('/')));
        for (String page : pages) {
            while (!common.equals(folder) && !page.startsWith(common + "/")) {
                common = common.substring(0, common.lastIndexOf('/'));
            }
        }
        return common;
    }

    private static void collect(Path root, String dir, int depth, List<String> out) {
        out.add(dir);
        if (depth >= DEPTH) return;
        for (String child : children(root, dir)) {
            if (child.startsWith(".") || SKIPPED.contains(child)) continue;
            collect(root, dir.isEmpty() ? child : dir + "/" + child, depth + 1, out);
        }
    }

    private static List<String> children(Path root, String dir) {
        Path path = root.resolve(dir.isEmpty() ? "." : dir);
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            // An unreadable folder is simply not a candidate: this is a guess from names, not a check.
            return List.of();
        }
    }
}
