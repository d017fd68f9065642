package dev.lockstep.config.site;

import dev.lockstep.config.Layout;
import dev.lockstep.parse.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The generator a site's pages are written for, read from syntax that only one generator family has, for
 * a site whose files name no generator (a {@code crowdin.yml} alone, bare language folders). Without it
 * such a site is parsed as CommonMark, and markup parity then reports what the real renderer renders
 * (Python-Markdown's bold next to CJK punctuation, its four-space nested lists) as broken.
 *
 * <ul>
 *   <li>Python-Markdown (mkdocs): admonitions {@code !!! note}, collapsibles {@code ??? note}, content tabs
 *       {@code === "Tab"}, snippets {@code --8<--}, pymdownx blocks {@code /// note}.</li>
 *   <li>Goldmark (Hugo): shortcodes {@code {{< name >}}} and {@code {{% name %}}}.</li>
 * </ul>
 * Decided only when at least {@link #PAGES_NEEDED} source pages show one family and none shows the other;
 * lines inside fenced code (a page that documents the syntax) do not count. Reads at most
 * {@link #MAX_FILES} pages, {@link #MAX_BYTES} of each, in name order, so the guess is the same on every run
 * and costs milliseconds on any site.
 */
final class PageSyntax {
    static final int PAGES_NEEDED = 2;
    static final int MAX_FILES = 200;
    static final int MAX_BYTES = 64 * 1024;

    private static final Pattern PYTHON_MARKDOWN = Pattern.compile(
            "^ {0,12}(?:(?:!!!|\\?\\?\\?\\+?) +[A-Za-z][\\w-]*(?: +\"[^\"]*\")? *$|=== +\"[^\"]+\" *$|--8<--|/// +[a-z][\\w-]*(?: *\\|.*)?$)");
    private static final Pattern GOLDMARK = Pattern.compile("\\{\\{[<%] *[A-Za-z/][\\w/.-]*[ >%]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private PageSyntax() {
    }

    /** The generator the pages below the layouts' source folders are written for, with a page that shows it. */
    static Optional<SiteDetector.Generator> of(Path root, List<Layout> layouts) {
        int mkdocs = 0;
        int hugo = 0;
        String mkdocsPage = null;
        String hugoPage = null;
        for (Path page : pages(root, layouts)) {
            EnumSet<Renderer> families = families(page);
            if (families.contains(Renderer.PYTHON_MARKDOWN) && mkdocs++ == 0) mkdocsPage = root.relativize(page).toString();
            if (families.contains(Renderer.GOLDMARK) && hugo++ == 0) hugoPage = root.relativize(page).toString();
        }
        if (mkdocs >= PAGES_NEEDED && hugo == 0) {
            return Optional.of(new SiteDetector.Generator("MkDocs", Renderer.PYTHON_MARKDOWN,
                    "mkdocs syntax in " + mkdocs + " pages, e.g. " + mkdocsPage.replace('\\', '/')));
        }
        if (hugo >= PAGES_NEEDED && mkdocs == 0) {
            return Optional.of(new SiteDetector.Generator("Hugo", Renderer.GOLDMARK,
                    "Hugo shortcodes in " + hugo + " pages, e.g. " + hugoPage.replace('\\', '/')));
        }
        return Optional.empty();
    }

    /**
     * The syntax families one page shows outside fenced code. The page is scanned as UTF-8 bytes (every marker
     * is ASCII, and no byte of a multi-byte character is) and only the lines that can hold a marker are
     * decoded: decoding whole pages was most of this guess's time, which every run of a site without a
     * generator's config pays before checking anything (the pre-commit hook too).
     */
    static EnumSet<Renderer> families(Path page) {
        EnumSet<Renderer> families = EnumSet.noneOf(Renderer.class);
        byte[] text;
        try (SeekableByteChannel channel = Files.newByteChannel(page, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            // Into an array of the page's size (as FileGate.readRegularFile reads), not in chunks copied together.
            text = new byte[(int) Math.min(channel.size(), MAX_BYTES)];
            int read = in.readNBytes(text, 0, text.length); // until full or at the end of a file that shrank meanwhile
            if (read < text.length) text = Arrays.copyOf(text, read);
        } catch (IOException e) {
            return families; // Unreadable here: discovery reports it when it reads the page.
        }
        String fence = null;
        int braces = indexOfBraces(text, 0); // the next "{{" at or after the line read, -1 when none is left
        int at = 0;
        while (at < text.length) {
            int end = at;
            while (end < text.length && text[end] != '\n') end++;
            // Only lines starting with what the regexes start with (after the spaces they allow) can be syntax
            // of either family or a fence, so most lines, list items too, are passed over without a regex.
            int first = at;
            while (first < end && first - at < 13 && text[first] == ' ') first++;
            if (braces >= 0 && braces < at) braces = indexOfBraces(text, at);
            boolean candidate = first - at <= 3 && (startsWith(text, first, end, "```") || startsWith(text, first, end, "~~~"))
                    || first - at <= 12 && (startsWith(text, first, end, "!!!") || startsWith(text, first, end, "???")
                            || startsWith(text, first, end, "===") || startsWith(text, first, end, "--8<--")
                            || startsWith(text, first, end, "///"))
                    || braces >= 0 && braces < end;
            if (candidate) {
                // A line's bytes decode to the same characters as its part of the whole page: lines end at '\n',
                // which is never inside a character (malformed bytes become U+FFFD either way).
                String line = new String(text, at, end - at, StandardCharsets.UTF_8);
                var f = FENCE.matcher(line);
                if (f.find()) {
                    String marker = f.group(1);
                    if (fence == null) {
                        fence = marker;
                    } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                        fence = null;
                    }
                } else if (fence == null) {
                    if (PYTHON_MARKDOWN.matcher(line).find()) families.add(Renderer.PYTHON_MARKDOWN);
                    if (GOLDMARK.matcher(line).find()) families.add(Renderer.GOLDMARK);
                }
            }
            at = end + 1;
        }
        return families;
    }

    /** Whether the line part {@code text[from, end)} starts with the ASCII {@code prefix}. */
    private static boolean startsWith(byte[] text, int from, int end, String prefix) {
        if (end - from < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    private static int indexOfBraces(byte[] text, int from) {
        for (int i = from; i + 1 < text.length; i++) {
            if (text[i] == '{' && text[i + 1] == '{') return i;
        }
        return -1;
    }

    /** Up to {@link #MAX_FILES} {@code .md} pages below the source folders, folders and files in name order. */
    private static List<Path> pages(Path root, List<Layout> layouts) {
        List<Path> pages = new ArrayList<>();
        for (Layout layout : layouts) {
            Path dir = root.resolve(layout.sourceRoot().isEmpty() ? "." : layout.sourceRoot()).normalize();
            if (dir.startsWith(root.normalize())) walk(dir, pages);
        }
        return pages;
    }

    private static void walk(Path dir, List<Path> pages) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) entries.add(p);
        } catch (IOException e) {
            return;
        }
        entries.sort(null);
        for (Path p : entries) {
            if (pages.size() >= MAX_FILES) return;
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.equals("node_modules")) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                walk(p, pages);
            } else if ((name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                pages.add(p);
            }
        }
    }
}
