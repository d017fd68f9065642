package dev.lockstep.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRewriterTest {

    @Test
    void replacesTheFileAndKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("page.md"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        FileRewriter.replace(file, "old\n", "new\n");

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void refusesAFileEditedSinceItWasChecked(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("page.md"), "edited by a person\n");

        assertThatThrownBy(() -> FileRewriter.replace(file, "old\n", "new\n"))
                .isInstanceOf(FileRewriter.Refused.class).hasMessage("changed since it was checked; run fix again");
        assertThat(file).hasContent("edited by a person");
    }

    @Test
    void refusesASymbolicLink(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("page.md"), real);

        assertThatThrownBy(() -> FileRewriter.replace(link, "old\n", "new\n"))
                .isInstanceOf(FileRewriter.Refused.class).hasMessageContaining("symbolic link");
        assertThat(real).hasContent("old");
    }
}
