package dev.lockstep.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What identifies a file's content without reading it, as git's index does: its size, modification time
 * and identity (device and inode where the system has them), with the SHA-256 the content had when the
 * stamp was taken ({@code sha256} is null until then).
 */
public record FileStamp(long size, long modifiedNanos, String fileKey, String sha256) {

    /** The stamp of {@code root/relative} now, or null when it is not a regular file (or cannot be read). */
    static FileStamp of(Path root, String relative) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(root.resolve(relative), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) return null;
            Object key = attrs.fileKey();
            return new FileStamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    key == null ? "" : key.toString(), null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    long modifiedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(modifiedNanos);
    }

    /** Whether both stamps describe the same file in the same state (the digests are not compared). */
    boolean sameFileAs(FileStamp other) {
        return size == other.size && modifiedNanos == other.modifiedNanos && fileKey.equals(other.fileKey);
    }

    FileStamp withDigest(String digest) {
        return new FileStamp(size, modifiedNanos, fileKey, digest);
    }

    /** Whether a stamp read back from a cache file is well formed. */
    boolean plausible() {
        return size >= 0 && fileKey != null && isSha256Hex(sha256);
    }

    /** Lowercase hex of 32 bytes; a loop, not a regex: it runs once per remembered page on every run. */
    static boolean isSha256Hex(String text) {
        if (text == null || text.length() != 64) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
        }
        return true;
    }
}
