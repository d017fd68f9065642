package dev.lockstep.check;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each pair's findings by the content of its two files, so a re-run where nothing changed
 * reads and hashes the files but parses nothing, and a change to one page re-checks only its pairs.
 *
 * <p>The whole cache is keyed by the tool's build (version and build time) and the configuration: a
 * different Lockstep or config never trusts it. It lives in {@code .lockstep-cache/} in the checked
 * folder with a {@code .gitignore} of its own, and is written atomically; a cache that cannot be read or
 * written is ignored (a read-only checkout works, only slower). Thread-safe.
 */
public final class ResultCache {
    public static final ResultCache DISABLED = new ResultCache(null, null, Map.of());
    private static final String FILE = "results.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One pair's outcome. */
    public record Entry(List<Finding> findings, PairResult result) {
    }

    private record Stored(String runKey, Map<String, Entry> entries) {
    }

    private final Path folder;
    private final String runKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private ResultCache(Path folder, String runKey, Map<String, Entry> previous) {
        this.folder = folder;
        this.runKey = runKey;
        this.previous = previous;
    }

    /** Opens the cache in {@code folder} (by default {@code .lockstep-cache} in the checked folder). */
    public static ResultCache open(Path folder, String runKey) {
        Path file = folder.resolve(FILE);
        Map<String, Entry> previous = Map.of();
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), new TypeReference<>() {
                });
                if (runKey.equals(stored.runKey()) && stored.entries() != null) previous = stored.entries();
            } catch (IOException | RuntimeException e) {
                // A corrupt or foreign cache is simply not used; it is rewritten at the end of the run.
            }
        }
        return new ResultCache(folder, runKey, previous);
    }

    public boolean enabled() {
        return folder != null;
    }

    static String pairKey(Pair pair, String sourceHash, String translationHash) {
        return pair.source() + "\u0000" + sourceHash + "\u0000" + pair.translation() + "\u0000" + translationHash;
    }

    Entry get(String key) {
        Entry hit = previous.get(key);
        if (hit != null) current.put(key, hit);
        return hit;
    }

    void put(String key, List<Finding> findings, PairResult result) {
        current.put(key, new Entry(List.copyOf(findings), result));
        changed = true;
    }

    /** Writes the entries used or made by this run (so stale ones drop out), if anything changed. */
    public void save() {
        if (!enabled() || (!changed && current.size() == previous.size())) return;
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) Files.writeString(ignore, "# Created by Lockstep: its cache, never commit it.\n*\n");
            Path temp = Files.createTempFile(folder, FILE, ".tmp");
            try {
                Files.writeString(temp, MAPPER.writeValueAsString(new Stored(runKey, new java.util.TreeMap<>(current))),
                        StandardCharsets.UTF_8);
                try {
                    Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Read-only checkout or full disk: the run's results stand, only the next run is slower.
        }
    }
}
