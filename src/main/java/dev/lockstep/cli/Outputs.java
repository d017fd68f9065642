package dev.lockstep.cli;

import dev.lockstep.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes reports atomically: a temp file in the target folder, then a rename, so a killed run never
 * leaves a half-written report for CI to upload. The only place Lockstep writes files.
 */
final class Outputs {
    private Outputs() {
    }

    /** Appends to a file another program owns (GitHub's job summary), creating it if needed. */
    static void append(Path target, String content) {
        try {
            Files.writeString(target, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new ConfigException(target.toString(), "cannot write: " + e.getMessage());
        }
    }

    static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ConfigException(target.toString(), "output folder does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            // createTempFile makes the file private (0600); a report is meant to be shared and uploaded.
            try {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ConfigException(target.toString(), "cannot write: permission denied");
        } catch (IOException e) {
            throw new ConfigException(target.toString(), "cannot write: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the rename succeeded or the folder is gone; nothing useful to report
                }
            }
        }
    }
}
