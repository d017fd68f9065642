package dev.lockstep.config;

import dev.lockstep.config.site.SiteProfile;
import dev.lockstep.parse.Renderer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commented {@code .lockstep.yml} that {@code lockstep init} writes from a recognized site: the
 * same layout and languages a bare {@code lockstep check} would use, so that the file changes nothing
 * until someone edits it. {@link ConfigLoader} reads it back to the same layouts.
 */
public final class InitFile {
    private InitFile() {
    }

    public static String render(SiteProfile profile, List<String> languages) {
        StringBuilder y = new StringBuilder();
        y.append("# Lockstep's settings, written by `lockstep init` from what ").append(profile.generator())
                .append(" declares (").append(String.join(", ", profile.evidence())).append(").\n");
        y.append("# With this file Lockstep no longer guesses the layout: edit it freely.\n\n");
        y.append("# Where the English pages are (source), which files there are pages (pages), which are not\n");
        y.append("# (exclude, e.g. partials), and where each language's copy lives (translations; {lang} is the\n");
        y.append("# language, {path} the page's path below source; {dir}, {name}, {ext} its folder, name, extension).\n");
        y.append("layouts:\n");
        for (Layout l : profile.layouts()) {
            y.append("  - source: ").append(quote(l.sourceRoot().isEmpty() ? "." : l.sourceRoot())).append('\n');
            y.append("    translations: ").append(quote(l.translation())).append('\n');
            y.append("    pages: ").append(quote(l.sourceGlob())).append('\n');
            if (!l.exclude().isEmpty()) y.append("    exclude: ").append(list(l.exclude())).append('\n');
        }
        profile.renderer().ifPresent(r -> {
            y.append("\n# How the site renders Markdown, which markup checks follow (").append(Renderer.accepted())
                    .append(").\n");
            y.append("renderer: ").append(quote(r.id())).append('\n');
        });
        y.append("\n# The languages to check (--lang narrows them for one run).\n");
        y.append("languages: ").append(list(languages)).append('\n');
        for (String note : profile.notes()) y.append("# ").append(note).append('\n');
        y.append("\n# Change a rule's severity or switch it off (`lockstep rules` lists them):\n");
        y.append("# rules:\n#   extra-block: info\n\n");
        y.append("# Terms that stay in English by design (not reported as untranslated):\n# glossary: []\n");
        return y.toString();
    }

    private static String list(List<String> values) {
        return values.stream().map(InitFile::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A double-quoted YAML scalar: braces and asterisks in patterns are never read as YAML syntax. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
