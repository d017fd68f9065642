package dev.lockstep.config;

import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the languages a layout's pattern finds on disk, when no one declared them: the folders (or
 * file-name parts) that {@code {lang}} can stand for. The source's own language folder is not one of
 * them ({@code docs/en/docs} with {@code docs/{lang}/docs}). Where translations sit inside the source
 * tree (Starlight's root locale, suffix files), a name counts only if it is a language code that Java's
 * locale data knows and its files mirror source pages, so that {@code docs/os/} stays a source folder.
 */
public final class LayoutLanguages {
    /** Language folder names look like {@code ja}, {@code pt-BR}, {@code zh_Hant}, {@code sr-Latn-RS}. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}");
    private static final int MAX_DEPTH = 64;

    private LayoutLanguages() {
    }

    /** Every language {@code layout} finds below {@code root}, sorted. */
    public static List<String> list(Path root, Layout layout) {
        TreeSet<String> found = new TreeSet<>();
        String t = layout.translation();
        int at = t.indexOf("{lang}");
        if (at < 0) throw new ConfigException("translations", "'" + t + "' must contain {lang}");
        int segmentStart = t.lastIndexOf('/', at) + 1;
        int segmentEnd = t.indexOf('/', at);
        String parent = t.substring(0, Math.max(0, segmentStart - 1));
        String segment = segmentEnd < 0 ? t.substring(segmentStart) : t.substring(segmentStart, segmentEnd);
        boolean folder = segmentEnd >= 0 && !segment.replace("{lang}", "").contains("{")
                && !parent.contains("{");
        if (folder) {
            Pattern name = Pattern.compile(Pattern.quote(segment.substring(0, at - segmentStart)) + "(" + CODE
                    + ")" + Pattern.quote(segment.substring(at - segmentStart + "{lang}".length())));
            for (String child : folders(root, parent)) {
                Matcher m = name.matcher(child);
                if (m.matches() && counts(root, layout, m.group(1))) found.add(m.group(1));
            }
        } else {
            // {lang} in a file name (page.fr.md): the files that fit the pattern say which codes are used.
            Pattern pattern = layout.templatePattern(CODE.pattern());
            for (String file : files(root, layout.languageRoot("x"), layout.sourceGlob())) {
                Matcher m = pattern.matcher(file);
                if (!m.matches() || found.contains(m.group("lang")) || !known(m.group("lang"))) continue;
                Path source = source(root, layout, m.group("lang"), file);
                if (source != null && Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) found.add(m.group("lang"));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether {@code code} reads as a locale: a language Java's locale data (CLDR) knows, then subtags as sites
     * write them: a region of two letters (ISO's, or a platform's own such as Crowdin's {@code sr-SP} and
     * {@code en-UK}) or three digits ({@code es-419}), a script CLDR knows ({@code zh-Hant}), an extended language
     * it knows ({@code zh-yue}, {@code zh-min-nan}), or a variant ({@code be-tarask}, {@code ca-ES-valencia},
     * {@code de-formal}, {@code de-1901}). A four-letter subtag must be a script: a folder of examples such as
     * {@code div-with-nested-details} is not Divehi.
     */
    public static boolean known(String code) {
        if (!CODE.matcher(code).matches()) return false;
        String[] subtags = code.split("[-_]");
        if (!knownLanguage(subtags[0])) return false;
        for (int i = 1; i < subtags.length; i++) {
            if (!knownSubtag(subtags[i])) return false;
        }
        return true;
    }

    private static boolean knownLanguage(String language) {
        return !Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
    }

    private static boolean knownSubtag(String subtag) {
        // CODE has made it ASCII letters and digits.
        int n = subtag.length();
        int digitCount = 0;
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(subtag.charAt(i))) digitCount++;
        }
        boolean letters = digitCount == 0;
        boolean digits = digitCount == n;
        if (n == 2) return letters;
        if (n == 3) return digits || letters && knownLanguage(subtag);
        if (n == 4 && letters) {
            return !Locale.forLanguageTag("und-" + subtag).getDisplayScript(Locale.ENGLISH).equalsIgnoreCase(subtag);
        }
        if (n == 4) return Character.isDigit(subtag.charAt(0));
        return n >= 5;
    }

    private static boolean counts(Path root, Layout layout, String lang) {
        String langRoot = layout.languageRoot(lang);
        if (!FileGate.isDirectory(root, langRoot.isEmpty() ? "." : langRoot)) {
            return false;
        }
        String source = layout.sourceRoot();
        // The source's own language: its folder is the source tree or holds it.
        if (langRoot.equals(source) || source.startsWith(langRoot + "/") || langRoot.isEmpty()) return false;
        if (!layout.nestedInSource(lang)) return true;
        if (!known(lang)) return false;
        int pages = 0;
        int mirrored = 0;
        for (String file : files(root, langRoot, layout.sourceGlob())) {
            pages++;
            Path s = source(root, layout, lang, file);
            if (s != null && Files.isRegularFile(s, LinkOption.NOFOLLOW_LINKS)) mirrored++;
        }
        return mirrored > 0 && mirrored * 2 >= pages;
    }

    /** How many translated pages of {@code languages} have their source: how well a layout explains a tree. */
    public static int pairs(Path root, Layout layout, List<String> languages) {
        int pairs = 0;
        for (String lang : languages) {
            for (String file : files(root, layout.languageRoot(lang), layout.sourceGlob())) {
                Path s = source(root, layout, lang, file);
                if (s != null && !s.equals(root.resolve(file)) && Files.isRegularFile(s, LinkOption.NOFOLLOW_LINKS)) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static Path source(Path root, Layout layout, String lang, String translation) {
        String relative = layout.sourceOf(lang, translation);
        if (relative == null) return null;
        return root.resolve(layout.sourceRoot().isEmpty() ? relative : layout.sourceRoot() + "/" + relative);
    }

    private static List<String> folders(Path root, String parent) {
        // The gate refuses a linked parent; the filter below, linked language folders.
        if (!FileGate.isDirectory(root, parent.isEmpty() ? "." : parent)) return List.of();
        Path dir = root.resolve(parent.isEmpty() ? "." : parent);
        // A loop, not a stream: every run lists these once, and each lambda is linked on its first call.
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path p : children) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) names.add(p.getFileName().toString());
            }
        } catch (IOException | DirectoryIteratorException e) {
            throw new ConfigException(dir.toString(), "cannot list language folders: " + e.getMessage());
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** Page files below {@code folder}, as paths relative to {@code root}. */
    public static List<String> files(Path root, String folder, String glob) {
        Path dir = root.resolve(folder.isEmpty() ? "." : folder).normalize();
        if (!dir.startsWith(root) || !FileGate.isDirectory(root, folder.isEmpty() ? "." : folder)) return List.of();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher flat = glob.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3))
                : matcher;
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                Path rel = dir.relativize(p);
                if (matcher.matches(rel) || flat.matches(rel)) {
                    out.add(root.relativize(p).toString().replace(java.io.File.separatorChar, '/'));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(dir.toString(), "cannot list files: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }
}
