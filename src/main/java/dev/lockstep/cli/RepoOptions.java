package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.engine.Lockstep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** How the docs repository is laid out: the options every checking command shares. */
final class RepoOptions {
    /** Every command names the docs repository the same way, like `git -C`; check and baseline also take it as DIR. */
    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir;
    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: .lockstep.yml found "
            + "upward, else the layout the site's own files declare: crowdin.yml, mkdocs.yml, astro.config.*, "
            + "docusaurus.config.*, hugo.toml)")
    Path configFile;

    @Option(names = "--source", paramLabel = "FOLDER", description = "Folder of the English pages, e.g. docs")
    String source;

    @Option(names = "--translations", paramLabel = "PATTERN",
            description = "Where each language's copy lives, e.g. i18n/{lang}")
    String translations;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Only these languages (e.g. ja,zh)")
    List<String> languages;

    /** These options for {@link QuickArgs}, which {@link #set} then fills in. */
    static QuickArgs quick(QuickArgs args) {
        return args.option("-C", "--dir").option("--config").option("--source").option("--translations").option("--lang");
    }

    /** Sets one of the options {@link #quick} names; false for a value left to picocli. */
    boolean set(String name, String value) {
        switch (name) {
            case "--dir" -> dir = Path.of(value);
            case "--config" -> configFile = Path.of(value);
            case "--source" -> source = value;
            case "--translations" -> translations = value;
            case "--lang" -> {
                // picocli's split also reads quotes and empty items: only plain lists are read here.
                for (String lang : value.split(",", -1)) {
                    if (lang.isEmpty() || !lang.chars().allMatch(c -> c == '-' || c == '_' || Character.isLetterOrDigit(c))) {
                        return false;
                    }
                }
                languages = List.of(value.split(","));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * What to check: the PATH argument, read from {@code -C DIR} when both are given, as {@code git -C DIR} and
     * {@code make -C DIR} read their arguments (as if started in DIR); an absolute PATH stays as it is. Null
     * when there is no argument.
     */
    Path target(Path argument) {
        return dir != null && argument != null ? dir.resolve(argument) : argument;
    }

    /** Where to start looking for the site: {@link #target} when there is an argument, else {@code -C DIR}, else the current folder. */
    Path folder(Path argument) {
        // -C names the repository's folder; a file there would quietly stand for whatever site holds it.
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("-C", "'" + dir + "' is a file, not a folder (a page to check goes after the command: check PATH)");
        }
        return argument != null ? target(argument) : dir != null ? dir : Path.of(".");
    }

    static Path root(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new UserError(dir.toString(), "not a folder");
        return root;
    }

    /**
     * The docs repository that {@code path} (a folder, a page or a translation) belongs to: the nearest
     * folder up from it with a .lockstep.yml or a site config; with {@code --config} or a layout given by
     * flags, the folder itself.
     */
    ConfigLoader.Located locate(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new UserError(path.toString(), "no such file or folder"
                    + (dir != null && path.startsWith(dir) && !path.equals(dir) ? " (a PATH after -C DIR is read from DIR, as git -C reads it)" : ""));
        }
        if (configFile != null || (source != null && translations != null)) {
            return new ConfigLoader.Located(Files.isDirectory(p) ? p : p.getParent(), null);
        }
        return ConfigLoader.locateSite(p);
    }

    Config config(Path root) {
        return ConfigLoader.load(root, configFile, new ConfigLoader.Overrides(source, translations, languages));
    }

    /**
     * The config of a repository {@link #locate} found from {@code asked}; when the layout was recognized from the
     * site's files, one line on {@code err} says what was found, and where when that is a folder above the one asked.
     */
    Config config(ConfigLoader.Located site, Path asked, PrintWriter err) {
        Path root = site.root();
        ConfigLoader.Loaded loaded = ConfigLoader.loadSite(site, configFile,
                new ConfigLoader.Overrides(source, translations, languages));
        if (loaded.detected() != null) {
            // A config file of rules only (or an empty one) leaves the layout to the site's files.
            boolean configRead = configFile != null
                    || java.nio.file.Files.exists(root.resolve(ConfigLoader.FILE_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            String why = configRead ? (configFile != null ? configFile.getFileName().toString() : ConfigLoader.FILE_NAME)
                    + " sets no layout" : "no " + ConfigLoader.FILE_NAME + "; `lockstep init` writes one";
            Path from = asked.toAbsolutePath().normalize();
            if (!Files.isDirectory(from)) from = from.getParent();
            // Found by walking up: the user asked about a folder inside the site and should see which site it is.
            String where = from.equals(root) ? "" : "site " + root + ": ";
            err.println("lockstep: " + where + loaded.detected().summary() + "; languages " + String.join(", ",
                    loaded.config().languages()) + " (" + why + ")");
            err.flush();
        }
        return loaded.config();
    }

    /**
     * The files to check when {@code path} is a page, a translation or a sub-folder of {@code root} (paths
     * relative to it), or null for the whole site.
     */
    static List<String> scope(Path root, Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (p.equals(root)) return null;
        if (!Files.isDirectory(p)) return List.of(Discovery.slashes(root.relativize(p)));
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> Discovery.slashes(root.relativize(f))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(path.toString(), "cannot list files: " + e.getMessage());
        }
    }

    /** Both restrictions of a run (a PATH and the changed files), either null for none. */
    static List<String> narrow(List<String> scope, List<String> changed) {
        if (scope == null) return changed;
        if (changed == null) return scope;
        return changed.stream().filter(scope::contains).toList();
    }

    /** {@code --threads}, which every checking command takes: at least one. */
    static void requireThreads(int threads) {
        if (threads < 1) throw new UserError("--threads", "must be at least 1 (got " + threads + ")");
    }

    /** @param only the files to check (relative to {@code root}), or null for every page */
    static CheckResult check(Path root, Config config, List<String> only, int threads) {
        requireThreads(threads);
        return Lockstep.builder(root).config(config).only(only).threads(threads).build().run();
    }
}
