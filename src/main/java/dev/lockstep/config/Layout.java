package dev.lockstep.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping from English source files to translated files.
 *
 * @param sourceRoot  folder of the source pages, relative to the repository ({@code docs}; empty for the top)
 * @param sourceGlob  which files below it are pages, as a glob relative to the source root
 * @param translation where a page's translation lives, relative to the repository, with
 *                    placeholders {@code {lang}}, {@code {path}} (the page's path below the source root),
 *                    {@code {dir}} (its folder below the source root, with a trailing {@code /} or empty),
 *                    {@code {name}} (file name without extension) and {@code {ext}}
 * @param exclude     globs (relative to the source root) of files that are not pages, such as partials
 *                    ({@code **}{@code /_*}); they are neither sources nor translations
 */
public record Layout(String sourceRoot, String sourceGlob, String translation, List<String> exclude) {
    /** Markdown and MDX pages: what every supported generator renders as a page. */
    public static final String PAGES = "**/*.{md,mdx}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(lang|path|dir|name|ext)}");

    public Layout {
        exclude = List.copyOf(exclude);
    }

    public Layout(String sourceRoot, String sourceGlob, String translation) {
        this(sourceRoot, sourceGlob, translation, List.of());
    }

    /** The translated path of {@code relative} (a path below the source root) in {@code language}. */
    public String translationPath(String relative, String language) {
        int slash = relative.lastIndexOf('/');
        String dir = slash >= 0 ? relative.substring(0, slash + 1) : "";
        String file = relative.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String name = dot > 0 ? file.substring(0, dot) : file;
        String ext = dot > 0 ? file.substring(dot + 1) : "";
        String t = translation.contains("{path}") || translation.contains("{name}") ? translation
                : translation + "/{path}";
        return t.replace("{lang}", language).replace("{path}", relative).replace("{dir}", dir)
                .replace("{name}", name).replace("{ext}", ext);
    }

    /**
     * The folder that holds one language's copy of the tree: the template up to its first page
     * placeholder ({@code i18n/ja} for {@code i18n/{lang}/{path}}, {@code docs/ja/docs} for
     * {@code docs/{lang}/docs/{path}}, the source folder itself for suffix files {@code {dir}{name}.{lang}.{ext}}).
     * Files of a language folder outside it are not translations.
     */
    public String languageRoot(String language) {
        String t = translation.replace("{lang}", language);
        int first = t.length();
        for (String p : List.of("{path}", "{dir}", "{name}", "{ext}")) {
            int at = t.indexOf(p);
            if (at >= 0) first = Math.min(first, at);
        }
        String fixed = t.substring(0, first);
        if (first < t.length()) {
            int slash = fixed.lastIndexOf('/');
            fixed = slash >= 0 ? fixed.substring(0, slash) : "";
        }
        while (fixed.endsWith("/")) fixed = fixed.substring(0, fixed.length() - 1);
        return fixed;
    }

    /** Whether the translations of {@code language} sit inside the source tree (suffix files, Starlight's root locale). */
    public boolean nestedInSource(String language) {
        String root = languageRoot(language);
        return sourceRoot.isEmpty() || root.equals(sourceRoot) || root.startsWith(sourceRoot + "/");
    }

    /**
     * The path below the source root whose {@code language} translation is {@code path}, or null: the
     * template read backwards, then checked forwards.
     */
    public String sourceOf(String language, String path) {
        return sourceOf(templatePattern(Pattern.quote(language)), language, path);
    }

    /** {@link #sourceOf(String, String)} with the language's {@link #templatePattern} compiled once by the caller. */
    public String sourceOf(Pattern languageTemplate, String language, String path) {
        Matcher match = languageTemplate.matcher(path);
        if (!match.matches()) return null;
        String relative = relativeFrom(match);
        return relative != null && translationPath(relative, language).equals(path) ? relative : null;
    }

    /**
     * The template as a regular expression whose group {@code lang} matches {@code languageRegex}; the page
     * placeholders become the groups {@code path}, {@code dir}, {@code name} and {@code ext}.
     */
    public Pattern templatePattern(String languageRegex) {
        String t = translation.contains("{path}") || translation.contains("{name}") ? translation
                : translation + "/{path}";
        StringBuilder regex = new StringBuilder();
        List<String> seen = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(t);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(t.substring(last, m.start())));
            String name = m.group(1);
            if (seen.contains(name)) {
                regex.append("\\k<").append(name).append('>');
            } else {
                seen.add(name);
                regex.append("(?<").append(name).append('>').append(switch (name) {
                    case "lang" -> languageRegex;
                    case "path" -> ".+";
                    case "dir" -> "(?:.+/)?";
                    case "name" -> "[^/]+?";
                    default -> "[^/]*";
                }).append(')');
            }
            last = m.end();
        }
        regex.append(Pattern.quote(t.substring(last)));
        return Pattern.compile(regex.toString());
    }

    /** The path below the source root that a match of {@link #templatePattern} stands for. */
    private static String relativeFrom(Matcher match) {
        if (has(match, "path")) return match.group("path");
        if (!has(match, "name")) return null;
        String dir = has(match, "dir") ? match.group("dir") : "";
        String ext = has(match, "ext") ? match.group("ext") : "md";
        return dir + match.group("name") + "." + ext;
    }

    private static boolean has(Matcher match, String group) {
        return match.pattern().pattern().contains("(?<" + group + ">") && match.group(group) != null;
    }
}
