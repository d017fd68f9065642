package dev.lockstep.config;

/**
 * One mapping from English source files to translated files.
 *
 * @param sourceRoot  folder of the source pages, relative to the repository ({@code docs})
 * @param sourceGlob  which files below it are pages, as a glob relative to the source root
 * @param translation where a page's translation lives, relative to the repository, with
 *                    placeholders {@code {lang}}, {@code {path}} (the page's path below the source root),
 *                    {@code {dir}} (its folder below the source root, with a trailing {@code /} or empty),
 *                    {@code {name}} (file name without extension) and {@code {ext}}
 */
public record Layout(String sourceRoot, String sourceGlob, String translation) {

    /** The translated path of {@code relative} (a path below the source root) in {@code language}. */
    public String translationPath(String relative, String language) {
        int slash = relative.lastIndexOf('/');
        String dir = slash >= 0 ? relative.substring(0, slash + 1) : "";
        String file = relative.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String name = dot > 0 ? file.substring(0, dot) : file;
        String ext = dot > 0 ? file.substring(dot + 1) : "";
        return translation.replace("{lang}", language).replace("{path}", relative).replace("{dir}", dir)
                .replace("{name}", name).replace("{ext}", ext);
    }

    /** The fixed folder before {@code {lang}}, or null when the language is not a whole folder name. */
    public String languageParent() {
        int at = translation.indexOf("{lang}");
        if (at < 0) return null;
        boolean segmentStart = at == 0 || translation.charAt(at - 1) == '/';
        int after = at + "{lang}".length();
        boolean segmentEnd = after == translation.length() || translation.charAt(after) == '/';
        if (!segmentStart || !segmentEnd) return null;
        String parent = translation.substring(0, at);
        return parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
    }

    /** The folder that holds one language's pages ({@code i18n/ja}), or null when not a whole folder. */
    public String languageRoot(String language) {
        String parent = languageParent();
        if (parent == null) return null;
        return (parent.isEmpty() ? "" : parent + "/") + language;
    }
}
