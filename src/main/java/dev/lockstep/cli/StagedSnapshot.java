package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Git;
import dev.lockstep.discover.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What {@code git commit} would record, written to a temporary folder: the hook checks that, not the work
 * tree, so a bad translation staged with a clean copy left in the work tree is still caught. Only the
 * files the staged pages concern are written (their sources and translations, the config, the
 * baseline), plus every folder of the index, so that discovery sees the same language folders.
 */
final class StagedSnapshot implements AutoCloseable {
    /** Read from the index when tracked; from the work tree when only there (an untracked config is still the config). */
    private static final List<String> SETTINGS = List.of(ConfigLoader.FILE_NAME, "crowdin.yml", "crowdin.yaml",
            PreCommitCommand.DEFAULT_BASELINE);

    private final Path top;
    private final Path root;
    private final Path realRoot;

    private StagedSnapshot(Path top, Path root, Path realRoot) {
        this.top = top;
        this.root = root;
        this.realRoot = realRoot;
    }

    /**
     * Writes the snapshot for the staged files of {@code git}.
     *
     * @param realRoot the checked folder in the work tree
     * @param staged   staged paths, relative to the checked folder
     * @param config   loads the config of a checked folder (the snapshot's)
     */
    static StagedSnapshot write(Git git, Path realRoot, List<String> staged, Function<Path, Config> config) {
        Path top;
        try {
            top = Files.createTempDirectory("lockstep-staged-");
        } catch (IOException e) {
            throw new UserError("--staged", "cannot create a temporary folder: " + e.getMessage());
        }
        String fromTop = git.rootFromTop();
        Path root = fromTop.equals(".") ? top : top.resolve(fromTop);
        StagedSnapshot snapshot = new StagedSnapshot(top, root, realRoot);
        try {
            List<String> indexed = git.indexed();
            Set<String> inIndex = new HashSet<>(indexed);
            Set<Path> folders = new HashSet<>();
            folders.add(root);
            for (String f : indexed) folders.add(root.resolve(f).getParent());
            for (Path folder : folders) Files.createDirectories(folder);

            List<String> settings = new ArrayList<>();
            for (String name : SETTINGS) {
                if (inIndex.contains(name)) {
                    settings.add(name);
                } else if (Files.isRegularFile(realRoot.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(realRoot.resolve(name), root.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            git.checkoutIndex(settings, top);

            // Which files the staged ones concern, by the work tree's view of the layout: a superset, since a
            // file that is only in the work tree is left out below.
            DiscoveryResult concerned = new Discovery(realRoot).discover(config.apply(root), staged);
            Set<String> wanted = new TreeSet<>(staged);
            for (Pair p : concerned.pairs()) {
                wanted.add(p.source());
                wanted.add(p.translation());
            }
            for (DiscoveryResult.Missing m : concerned.missing()) {
                wanted.add(m.source());
                wanted.add(m.expected());
            }
            for (DiscoveryResult.Orphan o : concerned.orphans()) wanted.add(o.translation());
            wanted.retainAll(inIndex);
            git.checkoutIndex(new ArrayList<>(wanted), top);
            return snapshot;
        } catch (IOException e) {
            snapshot.close();
            throw new UserError("--staged", "cannot write the staged files: " + e.getMessage());
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /** The checked folder inside the snapshot. */
    Path root() {
        return root;
    }

    /** A message that names a file of the snapshot names the work tree's file instead. */
    String inWorkTree(String message) {
        return message.replace(root.toString(), realRoot.toString());
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the check's result stands
        }
    }
}
