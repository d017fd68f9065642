package dev.lockstep.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a user's file with its fixed text, atomically (a temporary file beside it, then a rename), and
 * only while the file still holds exactly the text that was checked: a file edited in the meantime is
 * refused, never overwritten. A symbolic link is refused too (the rename would replace the link).
 */
final class FileRewriter {
    private FileRewriter() {
    }

    /** Why a file was not rewritten. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    static void replace(Path file, String checked, String fixed) throws Refused, IOException {
        if (Files.isSymbolicLink(file)) throw new Refused("is a symbolic link; fix the file it points to");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new Refused("is not a regular file");
        Path dir = file.toAbsolutePath().getParent();
        Set<PosixFilePermission> permissions = permissions(file);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".lockstep-fix");
        try {
            Files.writeString(temp, fixed, StandardCharsets.UTF_8);
            if (permissions != null) Files.setPosixFilePermissions(temp, permissions);
            // Read again just before the rename: the window for a lost edit is this one comparison.
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(checked)) {
                throw new Refused("changed since it was checked; run fix again");
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null ? null : view.readAttributes().permissions();
    }
}
