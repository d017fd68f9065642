package dev.lockstep.config.site;

import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Crowdin's {@code crowdin.yml}: each {@code files} entry whose source is a Markdown tree
 * ({@code /docs/**}{@code /*.*}, {@code /docs/**}{@code /*.md}) and whose translation pattern names the
 * language becomes a {@link Layout}. Entries for other files (HTML templates, includes) are ignored. When
 * no entry gives a layout, the error names the line of the first Markdown entry that could not be read,
 * and why.
 */
final class CrowdinSite implements SiteDetector {
    private static final List<String> LANGUAGE_PLACEHOLDERS = List.of("%two_letters_code%", "%three_letters_code%",
            "%locale%", "%locale_with_underscore%", "%language%", "%android_code%", "%osx_code%", "%osx_locale%");
    private static final Pattern PLACEHOLDER = Pattern.compile("%[A-Za-z_]+%");
    private static final String EXAMPLE = "e.g. source: /docs/**/*.md, translation: "
            + "/i18n/%two_letters_code%/**/%original_file_name%";

    /** What one {@code files} entry gives: a layout, the reason a Markdown entry gives none, or neither. */
    private record Entry(Layout layout, Node at, String problem) {
        static final Entry OTHER_FILES = new Entry(null, null, null);
    }

    @Override
    public Optional<SiteProfile> detect(Path root) {
        Optional<Path> found = SiteFiles.first(root, "crowdin.yml", "crowdin.yaml");
        if (found.isEmpty()) return Optional.empty();
        Path file = found.get();
        Node files = value(SiteFiles.yaml(file), "files");
        if (files != null && !(files instanceof SequenceNode)) {
            throw new ConfigException(ConfigLoader.at(file, files), "'files' must be a list");
        }
        List<Layout> layouts = new ArrayList<>();
        Entry firstProblem = null;
        for (Node node : files == null ? List.<Node>of() : ((SequenceNode) files).getValue()) {
            Entry entry = entry(node);
            if (entry.layout() != null) layouts.add(entry.layout());
            if (entry.problem() != null && firstProblem == null) firstProblem = entry;
        }
        if (layouts.isEmpty()) {
            String nothing = "no 'files' entry maps a Markdown source tree to translations";
            throw firstProblem != null
                    ? new ConfigException(ConfigLoader.at(file, firstProblem.at()), nothing + ": "
                            + firstProblem.problem())
                    : new ConfigException(files != null ? ConfigLoader.at(file, files) : file.toString(),
                            nothing + " (" + EXAMPLE + ")");
        }
        return Optional.of(new SiteProfile("Crowdin", Optional.empty(), List.of(file.getFileName().toString()), layouts,
                List.of(), List.of()));
    }

    private static Entry entry(Node entry) {
        Node sourceNode = value(entry, "source");
        Node translationNode = value(entry, "translation");
        String source = text(sourceNode);
        if (source == null) return Entry.OTHER_FILES;
        String src = ConfigLoader.trimSlashes(source);
        int tree = src.indexOf("/**/");
        String glob = tree < 0 ? src.substring(src.lastIndexOf('/') + 1) : src.substring(tree + 1);
        boolean any = tree >= 0 && (glob.equals("**/*.*") || glob.equals("**/*"));
        if (!(any || glob.endsWith(".md") || glob.endsWith(".mdx") || glob.endsWith(".markdown"))) {
            return Entry.OTHER_FILES;
        }
        if (src.contains("..")) return problem(sourceNode, "source '" + source + "' points outside the folder");
        if (tree < 0) return problem(sourceNode, "source '" + source + "' is not a tree of pages (no /**/)");
        String translation = text(translationNode);
        if (translation == null) return problem(entry, "the entry for '" + source + "' has no translation");
        String target = ConfigLoader.trimSlashes(translation);
        for (String placeholder : LANGUAGE_PLACEHOLDERS) target = target.replace(placeholder, "{lang}");
        target = target.replace("/**/", "/{dir}").replace("%original_path%/", "{dir}")
                .replace("%original_file_name%", "{name}.{ext}").replace("%file_name%", "{name}")
                .replace("%file_extension%", "{ext}");
        if (!target.contains("{lang}")) {
            return problem(translationNode, "translation '" + translation + "' names no language (%two_letters_code%, "
                    + "%locale%, …)");
        }
        if (target.contains("%")) {
            Matcher unread = PLACEHOLDER.matcher(target);
            return problem(translationNode, "translation '" + translation + "' has a placeholder Lockstep does not "
                    + "read (" + (unread.find() ? unread.group() : "%") + ")");
        }
        if (target.contains("..")) {
            return problem(translationNode, "translation '" + translation + "' points outside the folder");
        }
        return new Entry(new Layout(src.substring(0, tree), any ? Layout.PAGES : glob, target), null, null);
    }

    private static Entry problem(Node at, String problem) {
        return new Entry(null, at, problem);
    }

    /** The value of {@code key} in a mapping node, or null. */
    private static Node value(Node node, String key) {
        if (!(node instanceof MappingNode map)) return null;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
        }
        return null;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }
}
