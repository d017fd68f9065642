package dev.lockstep.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Derives layouts from a {@code crowdin.yml}: each {@code files} entry whose source is a Markdown tree
 * ({@code /docs/**}{@code /*.*}, {@code /docs/**}{@code /*.md}) and whose translation pattern names the
 * language becomes a {@link Layout}. Entries for other files (HTML templates, includes) are ignored.
 */
final class CrowdinConfig {
    private static final List<String> LANGUAGE_PLACEHOLDERS = List.of("%two_letters_code%", "%three_letters_code%",
            "%locale%", "%locale_with_underscore%", "%language%", "%android_code%", "%osx_code%", "%osx_locale%");

    private CrowdinConfig() {
    }

    static Config parse(Path file, String text) {
        Node root = ConfigLoader.compose(file, text);
        List<Layout> layouts = new ArrayList<>();
        if (root != null) {
            MappingNode map = ConfigLoader.mapping(file, root, "crowdin.yml");
            for (NodeTuple t : map.getValue()) {
                if (!ConfigLoader.scalar(file, t.getKeyNode(), "a key").equals("files")) continue;
                if (!(t.getValueNode() instanceof SequenceNode files)) {
                    throw new ConfigException(ConfigLoader.at(file, t.getValueNode()), "'files' must be a list");
                }
                for (Node entry : files.getValue()) {
                    Layout layout = layout(file, ConfigLoader.mapping(file, entry, "a files entry"));
                    if (layout != null) layouts.add(layout);
                }
            }
        }
        if (layouts.isEmpty()) {
            throw new ConfigException(file.toString(), "no 'files' entry maps a Markdown source tree to translations "
                    + "(e.g. source: /docs/**/*.md, translation: /i18n/%two_letters_code%/**/%original_file_name%)");
        }
        return new Config(layouts, List.of(), Map.of(), List.of(), Map.of(), List.of(), Config.Limits.DEFAULTS,
                file.getFileName().toString());
    }

    private static Layout layout(Path file, MappingNode entry) {
        String source = null;
        String translation = null;
        for (NodeTuple t : entry.getValue()) {
            String key = ConfigLoader.scalar(file, t.getKeyNode(), "a key");
            if (key.equals("source")) source = ConfigLoader.scalar(file, t.getValueNode(), "source");
            if (key.equals("translation")) translation = ConfigLoader.scalar(file, t.getValueNode(), "translation");
        }
        if (source == null || translation == null) return null;
        String src = ConfigLoader.trimSlashes(source);
        int tree = src.indexOf("/**/");
        if (tree < 0 || src.contains("..")) return null;
        String root = src.substring(0, tree);
        String glob = src.substring(tree + 1);
        if (!(glob.equals("**/*.*") || glob.equals("**/*") || glob.endsWith(".md") || glob.endsWith(".markdown"))) {
            return null;
        }
        String target = ConfigLoader.trimSlashes(translation);
        for (String placeholder : LANGUAGE_PLACEHOLDERS) target = target.replace(placeholder, "{lang}");
        target = target.replace("/**/", "/{dir}").replace("%original_path%/", "{dir}")
                .replace("%original_file_name%", "{name}.{ext}").replace("%file_name%", "{name}")
                .replace("%file_extension%", "{ext}");
        if (!target.contains("{lang}") || target.contains("%") || target.contains("..")) return null;
        return new Layout(root, glob.equals("**/*.*") || glob.equals("**/*") ? "**/*.md" : glob, target);
    }
}
