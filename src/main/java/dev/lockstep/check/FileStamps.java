package dev.lockstep.check;

import dev.lockstep.trust.CacheTrust;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digests of the checked pages, known without reading them while their {@link FileStamp} has not
 * changed (as git's index does), so that a re-run where nothing changed reads no page. Kept in its own
 * small sealed file beside the result cache ({@code stamps.bin}): a run can tell whether anything changed
 * before it reads the results. Stamps belong to one checked folder; a stamp taken within two seconds of
 * the run's start is not kept (a change in the same clock tick would not show in it). Thread-safe.
 */
public final class FileStamps {
    /** No stamps: every page is read. */
    public static final FileStamps NONE = new FileStamps(null, null, CacheTrust.NONE, Map.of(), Long.MIN_VALUE);
    public static final String FILE = "stamps.bin";
    public static final String PURPOSE = "lockstep file stamps";
    private static final String MAGIC = "lockstep stamps";
    private static final int VERSION = 1;
    private static final int MAX_COUNT = 1 << 24;

    private final Path folder;
    private final Path root;
    private final CacheTrust trust;
    private final Map<String, FileStamp> previous;
    private final Map<String, FileStamp> current = new ConcurrentHashMap<>();
    private final long racyAfterMillis;
    private volatile boolean changed;

    private FileStamps(Path folder, Path root, CacheTrust trust, Map<String, FileStamp> previous,
                       long racyAfterMillis) {
        this.folder = folder;
        this.root = root;
        this.trust = trust;
        this.previous = previous;
        this.racyAfterMillis = racyAfterMillis;
    }

    /** The stamps kept in {@code folder} for the pages below {@code root}; none when {@code trust} is unusable. */
    public static FileStamps open(Path folder, Path root, CacheTrust trust) {
        if (!trust.usable()) return NONE;
        long racyAfter = System.currentTimeMillis() - 2_000;
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Map<String, FileStamp> stamps = new HashMap<>();
        Optional<byte[]> body = trust.read(folder, FILE, PURPOSE, CacheTrust.MAX_FILE_BYTES);
        if (body.isPresent()) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(body.get()));
                if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) throw new IOException("not stamps");
                boolean sameRoot = absoluteRoot.toString().equals(FindingCodec.string(in));
                int n = in.readInt();
                if (n < 0 || n > MAX_COUNT) throw new IOException("bad count " + n);
                for (int i = 0; i < n && sameRoot; i++) {
                    String path = FindingCodec.string(in);
                    FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), FindingCodec.string(in),
                            FindingCodec.string(in));
                    if (path != null && CacheTrust.relativeInside(path) && stamp.plausible()) stamps.put(path, stamp);
                }
            } catch (IOException | RuntimeException e) {
                stamps.clear(); // damaged: every page is read and hashed again
            }
        }
        return new FileStamps(folder, absoluteRoot, trust, Map.copyOf(stamps), racyAfter);
    }

    boolean enabled() {
        return folder != null;
    }

    /**
     * The digest of {@code relative} remembered with a stamp that still matches the file on disk, or null
     * (unknown, changed, or no longer a regular file): then the caller reads and hashes it.
     */
    public String unchangedDigest(String relative) {
        FileStamp remembered = previous.get(relative);
        if (remembered == null) return null;
        FileStamp now = FileStamp.of(root, relative);
        if (now == null || !now.sameFileAs(remembered)) return null;
        current.put(relative, remembered);
        return remembered.sha256();
    }

    /** Remembers that {@code relative}, stamped {@code before} it was read, has {@code sha256}. */
    void remember(String relative, FileStamp before, String sha256) {
        if (before == null || before.modifiedMillis() >= racyAfterMillis || !enabled()) return;
        current.put(relative, before.withDigest(sha256));
        changed = true;
    }

    /** Writes the stamps used or taken by this run, and after a partial run the others kept before. */
    void save(boolean wholeSite) {
        if (!enabled() || (!changed && current.size() == previous.size())) return;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            FindingCodec.string(out, root.toString());
            Map<String, FileStamp> sorted = new TreeMap<>(current);
            if (!wholeSite) previous.forEach(sorted::putIfAbsent);
            out.writeInt(sorted.size());
            for (Map.Entry<String, FileStamp> e : sorted.entrySet()) {
                FileStamp s = e.getValue();
                FindingCodec.string(out, e.getKey());
                out.writeLong(s.size());
                out.writeLong(s.modifiedNanos());
                FindingCodec.string(out, s.fileKey());
                FindingCodec.string(out, s.sha256());
            }
            out.flush();
            trust.write(folder, FILE, PURPOSE, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Read-only checkout or full disk: only the next run is slower.
        }
    }
}
