package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.trust.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes reports (atomically, through {@link AtomicFile}) and appends to files other programs own. */
final class Outputs {
    private Outputs() {
    }

    /** Appends to a file another program owns (GitHub's job summary), creating it if needed. */
    static void append(Path target, String content) {
        try {
            Files.writeString(target, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UserError(target.toString(), "cannot write: " + e.getMessage());
        }
    }

    static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    static void write(Path target, String content) {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a report as it is made: a large one is never held whole in memory. */
    static void writeStreamed(Path target, Reports.Body report) {
        write(target, out -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16);
            report.writeTo(w);
            w.flush();
        });
    }

    private static void write(Path target, AtomicFile.Body body) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError(target.toString(), "output folder does not exist");
        }
        if (Files.isDirectory(absolute)) throw new UserError(target.toString(), "a folder, not a file to write to");
        try {
            AtomicFile.write(absolute, AtomicFile.Access.SHARED, body);
        } catch (AccessDeniedException e) {
            throw new UserError(target.toString(), "cannot write: permission denied");
        } catch (IOException e) {
            throw new UserError(target.toString(), "cannot write: " + e.getMessage());
        }
    }
}
