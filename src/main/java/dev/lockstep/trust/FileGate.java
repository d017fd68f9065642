package dev.lockstep.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;

/**
 * The one way into the checked repository. A path given relative to the repository is let through only
 * when no part of it below the repository is a symbolic link (a linked language folder, a linked parent
 * of the source folder, a linked file) and its real path stays under the repository's; a file is read
 * only when it is a regular file, checked on the name itself before opening (opening a FIFO would block,
 * a device never ends), opened without following a link, and read no further than a limit.
 *
 * <p>The checks and the open are separate system calls, so a local process racing Lockstep could still
 * swap a file in between; a pull request cannot, its content being fixed before the run starts.
 */
public final class FileGate {

    /** Why a file was not read; the message is a few words for a finding or a one-line error. */
    public static class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** Over the size limit; the file was not read. */
    public static final class TooLarge extends Refused {
        private final long size;

        TooLarge(long size) {
            super("too large");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    private FileGate() {
    }

    /**
     * {@code root/relative} if it stays in {@code root} without passing through a link; otherwise
     * {@link Refused}. Missing files pass (reading them then fails as usual).
     *
     * @param relative {@code /}-separated, relative to root
     */
    public static Path resolve(Path root, String relative) throws Refused {
        return resolve(root.toAbsolutePath().normalize(), relative, null, null);
    }

    /**
     * The gate of one checked folder for one run, which reads many files below it: the folder's absolute and real
     * paths are taken once, and a folder on the way to a file that was found to be a folder, not a link, is not
     * asked again for the next file in it. What is refused is what {@link #resolve} refuses: a link is never
     * remembered, and every file's real path is still held to the folder's. Safe for concurrent use.
     */
    public static final class Root {
        private final Path base;
        /** The folder's real path; null when it could not be taken (then it is asked for each file, as resolve does). */
        private final Path real;
        private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

        public Root(Path root) {
            this.base = root.toAbsolutePath().normalize();
            Path r;
            try {
                r = base.toRealPath();
            } catch (IOException e) {
                r = null;
            }
            this.real = r;
        }

        /** {@link FileGate#resolve} of {@code relative} below this folder. */
        public Path resolve(String relative) throws Refused {
            return FileGate.resolve(base, relative, real, folders);
        }

        /** {@link FileGate#read} of {@code relative} below this folder. */
        public byte[] read(String relative, long maxBytes) throws IOException {
            return readRegularFile(resolve(relative), maxBytes);
        }
    }

    /**
     * @param base    the root, absolute and normalized
     * @param real    the root's real path, or null to take it here
     * @param folders folders below the root already found to be folders and not links (added to), or null
     */
    private static Path resolve(Path base, String relative, Path real, java.util.Set<Path> folders) throws Refused {
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base)) {
            throw new Refused("outside the checked folder");
        }
        Path parent = target.getParent();
        if (folders != null && parent != null && folders.contains(parent)) {
            // Every folder on the way was found to be a folder and no link: only the last part is asked.
            refuseLink(base, target, attributes(target));
        } else {
            Path current = base;
            Path below = base.relativize(target);
            int parts = below.getNameCount();
            int k = 0;
            for (Path part : below) {
                k++;
                if (part.toString().isEmpty()) continue;
                current = current.resolve(part);
                boolean onTheWay = folders != null && k < parts;
                if (onTheWay && folders.contains(current)) continue; // found a folder, no link, for an earlier file
                BasicFileAttributes attrs = attributes(current);
                refuseLink(base, current, attrs);
                if (onTheWay && attrs != null && attrs.isDirectory()) folders.add(current);
            }
        }
        try {
            Path realTarget = target.toRealPath();
            if (!realTarget.startsWith(real != null ? real : base.toRealPath())) throw new Refused("outside the checked folder");
        } catch (NoSuchFileException e) {
            // not there (yet): nothing was followed
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            // unreadable: the read that follows reports it
        }
        return target;
    }

    /** A path's own attributes, not following a link; null when it is not there or cannot be read. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // Files.isSymbolicLink's answer: not a link
        }
    }

    private static void refuseLink(Path base, Path path, BasicFileAttributes attrs) throws Refused {
        if (attrs != null && attrs.isSymbolicLink()) {
            throw new Refused("a symbolic link (" + slashes(base.relativize(path)) + "), not followed");
        }
    }

    /** Whether {@code root/relative} is a regular file reachable through the gate. */
    public static boolean isRegularFile(Path root, String relative) {
        try {
            return Files.isRegularFile(resolve(root, relative), LinkOption.NOFOLLOW_LINKS);
        } catch (Refused e) {
            return false;
        }
    }

    /** Whether {@code root/relative} is a folder reachable through the gate. */
    public static boolean isDirectory(Path root, String relative) {
        try {
            return Files.isDirectory(resolve(root, relative), LinkOption.NOFOLLOW_LINKS);
        } catch (Refused e) {
            return false;
        }
    }

    /** Reads {@code root/relative} through the gate (see {@link #readRegularFile}). */
    public static byte[] read(Path root, String relative, long maxBytes) throws IOException {
        return readRegularFile(resolve(root, relative), maxBytes);
    }

    /**
     * A regular file's bytes, at most {@code maxBytes}: a link, FIFO, device or folder is refused
     * before it is opened, a file over the limit before it is read ({@link TooLarge}).
     */
    public static byte[] readRegularFile(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) throw new Refused("a symbolic link, not followed");
        if (!attrs.isRegularFile()) {
            throw new Refused(attrs.isDirectory() ? "a folder" : "not a regular file (a FIFO, socket or device)");
        }
        if (attrs.size() > maxBytes) throw new TooLarge(attrs.size());
        // At most one byte more than allowed is read: a file that grew since is noticed.
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_LINK);
             InputStream in = Channels.newInputStream(channel)) {
            // Read into an array of the size the file had, not in chunks copied together at the end.
            byte[] bytes = new byte[(int) Math.min(attrs.size(), limit)];
            int read = in.readNBytes(bytes, 0, bytes.length); // until the array is full or the file ends
            if (read < bytes.length) {
                bytes = Arrays.copyOf(bytes, read); // it shrank since
            } else if (bytes.length < limit) {
                byte[] more = in.readNBytes(limit - bytes.length); // it may have grown since
                if (more.length > 0) {
                    byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
                    System.arraycopy(more, 0, all, bytes.length, more.length);
                    bytes = all;
                }
            }
            if (bytes.length > maxBytes) throw new TooLarge(bytes.length);
            return bytes;
        }
    }

    private static final Set<OpenOption> READ_NO_LINK = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
