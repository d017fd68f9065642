package dev.lockstep.check;

import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each pair's findings by the content of its two files, so a re-run where nothing changed
 * parses nothing, and a change to one page re-checks only its pairs. Its {@link FileStamps} know the
 * digest of a page whose stamp has not changed without reading it.
 *
 * <p>Each entry is bound to what it describes: its key is a digest of the run key (this build of
 * Lockstep, the configuration, the rule set, the history setting) and both files' paths and SHA-256.
 * The file is sealed by {@link CacheTrust} with a key kept outside the repository, so a cache committed
 * in a pull request is not believed (it could otherwise drop or forge findings); every entry read back is
 * checked again and a doubtful one is recomputed. It lives in {@code .lockstep-cache/} in the checked
 * folder with a {@code .gitignore} of its own, and is written atomically; a cache that cannot be read or
 * written is ignored (a read-only checkout works, only slower). The format is {@link ResultCacheFile}.
 * Thread-safe.
 */
public final class ResultCache {
    public static final ResultCache DISABLED = new ResultCache(null, null, CacheTrust.NONE, Map.of(), FileStamps.NONE);
    /** The file's name; the JSON form it replaced ({@code results.json}) is left for the user to delete. */
    public static final String FILE = "results.bin";
    public static final String PURPOSE = "lockstep result cache";

    /** One pair's outcome. */
    public record Entry(List<Finding> findings, PairResult result) {
    }

    private final Path folder;
    private final String runKey;
    private final CacheTrust trust;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final FileStamps stamps;
    private volatile boolean changed;

    private ResultCache(Path folder, String runKey, CacheTrust trust, Map<String, Entry> previous, FileStamps stamps) {
        this.folder = folder;
        this.runKey = runKey;
        this.trust = trust;
        this.previous = previous;
        this.stamps = stamps;
    }

    /**
     * Opens the cache in {@code folder} (by default {@code .lockstep-cache} in the checked folder) for the
     * pages below {@code root}; with an unusable {@code trust} the cache is off.
     */
    public static ResultCache open(Path folder, String runKey, FileStamps stamps, CacheTrust trust) {
        if (!trust.usable()) return DISABLED;
        Map<String, Entry> previous = new HashMap<>();
        Optional<byte[]> body = trust.read(folder, FILE, PURPOSE, CacheTrust.MAX_FILE_BYTES);
        if (body.isPresent()) {
            try {
                ResultCacheFile.Contents stored = ResultCacheFile.decode(body.get());
                if (runKey.equals(stored.runKey())) {
                    for (Map.Entry<String, Entry> e : stored.entries().entrySet()) {
                        if (plausible(e.getKey(), e.getValue())) previous.put(e.getKey(), e.getValue());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A damaged or foreign cache is simply not used; it is rewritten at the end of the run.
            }
        }
        return new ResultCache(folder, runKey, trust, Map.copyOf(previous), stamps);
    }

    private static boolean plausible(String key, Entry entry) {
        if (!FileStamp.isSha256Hex(key) || entry == null || entry.findings() == null
                || entry.result() == null || !plausible(entry.result().pair())
                || !entry.result().plausibleFor(entry.result().pair())) {
            return false;
        }
        for (Finding f : entry.findings()) {
            if (!plausible(f, entry.result().pair(), RuleRegistry.ids())) return false;
        }
        return true;
    }

    /**
     * Whether a finding read back from a cache can belong to {@code pair}: it names the pair's
     * translation or its source (a finding on the source page comes with each of its pairs), a known rule
     * and severity, and no negative position.
     */
    public static boolean plausible(Finding f, Pair pair, Set<String> knownRules) {
        return f != null && f.rule() != null && knownRules.contains(f.rule()) && f.severity() != null
                && (pair.translation().equals(f.file()) || pair.source().equals(f.file()))
                && (f.sourceFile() == null || pair.source().equals(f.sourceFile()))
                && f.line() >= 0 && f.column() >= 0 && f.sourceLine() >= 0 && f.message() != null
                && f.details() != null && f.identity() != null && f.fingerprint() == null
                && (f.language() == null || f.language().equals(pair.language()));
    }

    /** Whether a pair read back from a cache names files inside the checked folder. */
    public static boolean plausible(Pair pair) {
        return pair != null && CacheTrust.relativeInside(pair.source()) && CacheTrust.relativeInside(pair.translation())
                && pair.language() != null && !pair.language().isEmpty();
    }

    public boolean enabled() {
        return folder != null;
    }

    static String pairKey(Pair pair, String sourceHash, String translationHash) {
        return pair.source() + "\u0000" + sourceHash + "\u0000" + pair.translation() + "\u0000" + translationHash;
    }

    /** The stored key: the pair's key bound to this run's build, configuration and rules. */
    private String bound(String pairKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(runKey.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(pairKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    Entry get(String key) {
        String bound = bound(key);
        Entry hit = previous.get(bound);
        if (hit != null) current.put(bound, hit);
        return hit;
    }

    void put(String key, List<Finding> findings, PairResult result) {
        current.put(bound(key), new Entry(List.copyOf(findings), result));
        changed = true;
    }

    /** The page digests this cache's run knows without reading (see {@link FileStamps}). */
    FileStamps stamps() {
        return stamps;
    }

    /**
     * Writes the entries (and stamps) if anything changed: after a run of the whole site only those it
     * used or made (so stale ones drop out), after a run of some pages those and all the others kept before.
     */
    public void save(boolean wholeSite) {
        stamps.save(wholeSite);
        if (!enabled() || (!changed && current.size() == previous.size())) return;
        Map<String, Entry> kept = current;
        if (!wholeSite) {
            kept = new HashMap<>(previous);
            kept.putAll(current);
        }
        try {
            trust.write(folder, FILE, PURPOSE, ResultCacheFile.encode(new ResultCacheFile.Contents(runKey, kept)));
        } catch (IOException | RuntimeException e) {
            // Read-only checkout or full disk: the run's results stand, only the next run is slower.
        }
    }
}
