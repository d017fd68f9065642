package dev.lockstep.trust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way Lockstep replaces a file: a temp file in the target's folder, then a rename, so a killed
 * run never leaves half a report or half a cache, and a link at the target name is replaced, never
 * written through. Callers decide what a failure means (a report: an error; a cache: a slower next run).
 */
public final class AtomicFile {
    /** Who may read the file once written. */
    public enum Access {
        /** Reports: meant to be shared and uploaded ({@code rw-r--r--}). */
        SHARED,
        /** Caches and keys: the owner only ({@code rw-------}). */
        OWNER
    }

    private AtomicFile() {
    }

    /** What goes into the file, written as it is made (a report larger than memory). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with {@code parts}, written one after the other. */
    public static void write(Path target, Access access, byte[]... parts) throws IOException {
        write(target, access, out -> {
            for (byte[] part : parts) out.write(part);
        });
    }

    /** Replaces {@code target} with what {@code body} writes. */
    public static void write(Path target, Access access, Body body) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        // createTempFile makes the file private (0600) on POSIX file systems.
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                body.writeTo(out);
            }
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(
                        access == Access.SHARED ? "rw-r--r--" : "rw-------"));
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
