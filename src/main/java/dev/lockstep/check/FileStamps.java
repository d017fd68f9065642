package dev.lockstep.check;

import dev.lockstep.trust.CacheTrust;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
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
    /**
     * 2: paths as the length shared with the previous path and the rest, digests as their 32 bytes; a
     * re-run with nothing changed authenticates and reads this file first, and version 1 (paths and hex
     * digests whole) was 75% larger. A file of another version reads as no stamps.
     */
    private static final int VERSION = 2;
    private static final int MAX_COUNT = 1 << 24;
    private static final int DIGEST_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

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
                String path = "";
                byte[] digest = new byte[DIGEST_BYTES];
                for (int i = 0; i < n && sameRoot; i++) {
                    int shared = in.readUnsignedShort();
                    if (shared > path.length()) throw new IOException("bad path prefix " + shared);
                    path = path.substring(0, shared) + in.readUTF();
                    long size = in.readLong();
                    long modified = in.readLong();
                    String fileKey = in.readUTF();
                    in.readFully(digest);
                    FileStamp stamp = new FileStamp(size, modified, fileKey, HEX.formatHex(digest));
                    if (CacheTrust.relativeInside(path) && stamp.plausible()) stamps.put(path, stamp);
                }
            } catch (IOException | RuntimeException e) {
                stamps.clear(); // damaged: every page is read and hashed again
            }
        }
        return new FileStamps(folder, absoluteRoot, trust, Map.copyOf(stamps), racyAfter);
    }

    /** The number of leading characters both have, never splitting a surrogate pair. */
    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) i--;
        return i;
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
            String previousPath = "";
            for (Map.Entry<String, FileStamp> e : sorted.entrySet()) {
                FileStamp s = e.getValue();
                String path = e.getKey();
                int shared = Math.min(sharedPrefix(previousPath, path), 0xFFFF);
                out.writeShort(shared);
                out.writeUTF(path.substring(shared));
                out.writeLong(s.size());
                out.writeLong(s.modifiedNanos());
                out.writeUTF(s.fileKey());
                byte[] digest = HEX.parseHex(s.sha256());
                if (digest.length != DIGEST_BYTES) throw new IllegalStateException("not a SHA-256: " + s.sha256());
                out.write(digest);
                previousPath = path;
            }
            out.flush();
            trust.write(folder, FILE, PURPOSE, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Read-only checkout or full disk: only the next run is slower.
        }
    }
}
