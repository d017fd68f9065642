package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How the docs repository is laid out: the options every checking command shares. */
final class RepoOptions {
    /** Every command names the docs repository the same way, like `git -C`; check and baseline also take it as DIR. */
    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir;
    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.lockstep.yml, "
            + "else DIR/crowdin.yml)")
    Path configFile;

    @Option(names = "--source", paramLabel = "FOLDER", description = "Folder of the English pages, e.g. docs")
    String source;

    @Option(names = "--translations", paramLabel = "PATTERN",
            description = "Where each language's copy lives, e.g. i18n/{lang}")
    String translations;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Only these languages (e.g. ja,zh)")
    List<String> languages;

    /** The repository folder: {@code -C DIR}, else the DIR argument, else the current folder. */
    Path folder(Path argument) {
        if (dir != null && argument != null && !dir.equals(argument)) {
            throw new ConfigException("-C", "the repository is given twice (" + dir + " and " + argument
                    + "): give either -C DIR or DIR");
        }
        return dir != null ? dir : argument != null ? argument : Path.of(".");
    }

    static Path root(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        return root;
    }

    Config config(Path root) {
        return ConfigLoader.load(root, configFile, new ConfigLoader.Overrides(source, translations, languages));
    }

    /** @param only the files to check (relative to {@code root}), or null for every page */
    static CheckResult check(Path root, Config config, List<String> only, int threads) {
        return Lockstep.builder(root).config(config).only(only).threads(threads).build().run();
    }
}
