package dev.lockstep.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a cache file must prove before Lockstep believes it. The cache folder usually sits inside the
 * checked repository, which in CI is a stranger's pull request: whatever is there may have been written
 * by the attacker (docs/limits.md, "Threat model").
 *
 * <p>Guarantees, each stated by {@code CacheTrustTest}:
 * <ul>
 *   <li>A file is believed only when it carries an HMAC-SHA256 made with this machine's key, which lives
 *       outside every repository (the user's cache folder) and is never written into one. A file that was
 *       committed, copied from another machine, edited by hand, or sealed for another purpose (a link
 *       cache renamed to a result cache) reads as empty, so it can neither add nor remove a finding.</li>
 *   <li>Reading never follows a symbolic link, never opens anything but a regular file (no FIFO, device,
 *       folder) and never reads more than a fixed number of bytes: a hostile file costs nothing.</li>
 *   <li>Writing never follows a link out of the cache folder: a cache folder that is a link is not
 *       written to, a {@code .gitignore} that exists (even as a dangling link) is left alone, and the file
 *       is replaced by an atomic rename, which replaces a link rather than writing through it.</li>
 *   <li>Every field read back is checked again ({@link #plausible}): a sealed file is our own output, but
 *       the check costs little and keeps a bug or a format change from becoming a wrong verdict.</li>
 * </ul>
 * Any failure means "no cache": the run checks everything and is correct, only slower.
 */
public final class CacheTrust {
    /** A key that seals nothing: every read is empty, nothing is written. */
    public static final CacheTrust NONE = new CacheTrust(null);
    /** Far above a real cache: the Privacy Guides corpus (984 pairs) writes a result cache of about 5 MB. */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
    private static final int KEY_BYTES = 32;
    private static final String MAGIC = "lockstep-sealed-v1";
    private static final int HEADER_BYTES = MAGIC.length() + 1 + 64 + 1;

    private final byte[] key;

    private CacheTrust(byte[] key) {
        this.key = key;
    }

    /** Seals with the given key; for tests and for callers that keep the key elsewhere. */
    public static CacheTrust withKey(byte[] key) {
        if (key.length < 16) throw new IllegalArgumentException("a cache key has at least 16 bytes");
        return new CacheTrust(key.clone());
    }

    /**
     * This machine's key from {@code keyFile}, created (owner-only, 32 random bytes) when missing or
     * damaged. {@link #NONE} when it can be neither read nor made: then nothing is cached.
     */
    public static CacheTrust fromKeyFile(Path keyFile) {
        try {
            byte[] existing = readKey(keyFile);
            if (existing != null) return new CacheTrust(existing);
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path folder = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            AtomicFile.write(keyFile, AtomicFile.Access.OWNER, fresh);
            // Another run may have won the race: use whatever key is on disk now.
            byte[] stored = readKey(keyFile);
            return stored == null ? NONE : new CacheTrust(stored);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** The default key file: in the user's cache folder, outside every repository. */
    public static Path defaultKeyFile(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        String localAppData = env.get("LOCALAPPDATA");
        Path base;
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else if (localAppData != null && Path.of(localAppData).isAbsolute()) {
            base = Path.of(localAppData);
        } else {
            base = Path.of(System.getProperty("user.home"), ".cache");
        }
        return base.resolve("lockstep").resolve("cache.key");
    }

    public boolean usable() {
        return key != null;
    }

    /**
     * The body of {@code folder/name} if this machine sealed it for {@code purpose}; empty for anything
     * else: missing, a link, not a regular file, over {@code maxBytes}, unsealed, sealed by another key
     * or for another purpose.
     */
    public Optional<byte[]> read(Path folder, String name, String purpose, long maxBytes) {
        if (key == null) return Optional.empty();
        Optional<byte[]> bytes = readRegularFile(folder.resolve(name), maxBytes + HEADER_BYTES);
        if (bytes.isEmpty()) return Optional.empty();
        byte[] all = bytes.get();
        if (all.length < HEADER_BYTES || all[HEADER_BYTES - 1] != '\n') return Optional.empty();
        String header = new String(all, 0, HEADER_BYTES - 1, StandardCharsets.ISO_8859_1);
        if (!header.startsWith(MAGIC + " ")) return Optional.empty();
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(MAGIC.length() + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOfRange(all, HEADER_BYTES, all.length);
        return MessageDigest.isEqual(claimed, mac(purpose, body)) ? Optional.of(body) : Optional.empty();
    }

    /**
     * Seals {@code body} for {@code purpose} and writes it to {@code folder/name} atomically, with a
     * {@code .gitignore} beside it. Returns false (and writes nothing) when the folder or file is a link,
     * the key is unusable, or the disk says no: a cache that cannot be written only makes the next run
     * slower.
     */
    public boolean write(Path folder, String name, String purpose, byte[] body) {
        if (key == null) return false;
        try {
            Files.createDirectories(folder);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return false;
            // A rename replaces a link at the target name instead of writing through it.
            Path target = folder.resolve(name);
            writeGitignore(folder);
            byte[] header = (MAGIC + " " + HexFormat.of().formatHex(mac(purpose, body)) + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            AtomicFile.write(target, AtomicFile.Access.OWNER, header, body);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A {@code /}-separated path that stays inside its folder: not absolute, no {@code ..}, no control. */
    public static boolean relativeInside(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) return false;
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains(":")) return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    /**
     * A regular file's bytes, read without following a link and never more than {@code maxBytes};
     * empty for anything else. The type is checked on the link itself before opening, so a FIFO or a
     * device is never opened (opening a FIFO would block).
     */
    public static Optional<byte[]> readRegularFile(Path file, long maxBytes) {
        try {
            return Optional.of(FileGate.readRegularFile(file, maxBytes));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String purpose, byte[] body) {
        return hmacSha256(key, (purpose + "\n").getBytes(StandardCharsets.UTF_8), body);
    }

    /**
     * HMAC-SHA256 (RFC 2104) of {@code parts} in order. Built on {@link MessageDigest} rather than
     * {@code javax.crypto.Mac}: looking up a JCE {@code Mac} loads and verifies every security provider,
     * about 40 ms of a 0.5 s re-run with nothing changed; SHA-256 comes from the first provider.
     */
    static byte[] hmacSha256(byte[] key, byte[]... parts) {
        MessageDigest sha = sha256();
        byte[] block = new byte[64];
        byte[] k = key.length > block.length ? sha.digest(key) : key;
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] pad = new byte[block.length];
        for (int i = 0; i < block.length; i++) pad[i] = (byte) (block[i] ^ 0x36);
        sha.update(pad);
        for (byte[] part : parts) sha.update(part);
        byte[] inner = sha.digest();
        for (int i = 0; i < block.length; i++) pad[i] = (byte) (block[i] ^ 0x5c);
        sha.update(pad);
        return sha.digest(inner);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static byte[] readKey(Path keyFile) {
        Optional<byte[]> bytes = readRegularFile(keyFile, KEY_BYTES);
        return bytes.isPresent() && bytes.get().length == KEY_BYTES ? bytes.get() : null;
    }

    /** Creates the folder's {@code .gitignore} unless something (even a dangling link) is already there. */
    private static void writeGitignore(Path folder) throws IOException {
        Path ignore = folder.resolve(".gitignore");
        if (Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            // CREATE_NEW is O_EXCL: it fails on any existing name, a dangling link included.
            Files.write(ignore, "# Created by Lockstep: its cache, never commit it.\n*\n"
                    .getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            // made by a concurrent run, or a link we must not write through
        }
    }
}
