package dev.lockstep.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What {@link FileGate} lets through: plain files and folders under the root, nothing else. */
class FileGateTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    @Test
    void plainFilesUnderTheRootPass() throws IOException {
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/page.md"), "text");
        assertThat(FileGate.isRegularFile(root, "a/b/page.md")).isTrue();
        assertThat(FileGate.isDirectory(root, "a/b")).isTrue();
        assertThat(FileGate.isDirectory(root, "")).isTrue();
        assertThat(new String(FileGate.read(root, "a/b/page.md", 100), StandardCharsets.UTF_8)).isEqualTo("text");
        assertThat(FileGate.isRegularFile(root, "a/b/missing.md")).isFalse();
    }

    @Test
    void aLinkAnywhereOnThePathIsRefused() throws IOException {
        Files.createDirectories(outside.resolve("de"));
        Files.writeString(outside.resolve("de/page.md"), "outside");
        Files.createDirectories(root.resolve("i18n"));
        Files.createSymbolicLink(root.resolve("i18n/de"), outside.resolve("de"));
        Files.createSymbolicLink(root.resolve("file.md"), outside.resolve("de/page.md"));
        // A link that stays inside is refused too: one rule, no judgement of where a link goes.
        Files.createSymbolicLink(root.resolve("inside"), root.resolve("i18n"));

        assertThat(FileGate.isRegularFile(root, "i18n/de/page.md")).isFalse();
        assertThat(FileGate.isDirectory(root, "i18n/de")).isFalse();
        assertThat(FileGate.isRegularFile(root, "file.md")).isFalse();
        assertThat(FileGate.isDirectory(root, "inside")).isFalse();
        assertThatThrownBy(() -> FileGate.read(root, "i18n/de/page.md", 100)).isInstanceOf(FileGate.Refused.class)
                .hasMessage("a symbolic link (i18n/de), not followed");
        assertThatThrownBy(() -> FileGate.resolve(root, "../x")).isInstanceOf(FileGate.Refused.class)
                .hasMessage("outside the checked folder");
    }

    @Test
    void aRunsGateRefusesWhatTheGateRefusesAfterReadingOtherFiles() throws IOException {
        // A run's gate remembers the folders it found to be folders: links are still refused wherever they are.
        Files.createDirectories(root.resolve("i18n/fr"));
        Files.writeString(root.resolve("i18n/fr/page.md"), "fr");
        Files.writeString(root.resolve("i18n/fr/other.md"), "fr 2");
        Files.createDirectories(outside.resolve("de"));
        Files.writeString(outside.resolve("de/page.md"), "outside");
        Files.createSymbolicLink(root.resolve("i18n/de"), outside.resolve("de"));
        Files.createSymbolicLink(root.resolve("i18n/fr/linked.md"), root.resolve("i18n/fr/page.md"));
        FileGate.Root gate = new FileGate.Root(root);

        assertThat(new String(gate.read("i18n/fr/page.md", 100), StandardCharsets.UTF_8)).isEqualTo("fr");
        assertThat(new String(gate.read("i18n/fr/other.md", 100), StandardCharsets.UTF_8)).isEqualTo("fr 2");
        assertThatThrownBy(() -> gate.read("i18n/de/page.md", 100)).isInstanceOf(FileGate.Refused.class)
                .hasMessage("a symbolic link (i18n/de), not followed");
        assertThatThrownBy(() -> gate.read("i18n/fr/linked.md", 100)).isInstanceOf(FileGate.Refused.class)
                .hasMessage("a symbolic link (i18n/fr/linked.md), not followed");
        assertThatThrownBy(() -> gate.resolve("i18n/fr/../../../x")).isInstanceOf(FileGate.Refused.class)
                .hasMessage("outside the checked folder");
        assertThat(gate.resolve("i18n/fr/missing.md")).isEqualTo(FileGate.resolve(root, "i18n/fr/missing.md"));
        assertThat(gate.resolve("")).isEqualTo(FileGate.resolve(root, ""));
    }

    @Test
    void aRunsGateOverALinkedRootIsHeldToTheRootsRealPath() throws IOException {
        // The checked folder itself may be reached through a link (a checkout under a linked home): its files
        // pass, as they do through FileGate.read.
        Files.createDirectories(outside.resolve("site/docs"));
        Files.writeString(outside.resolve("site/docs/a.md"), "a");
        Path linked = root.resolve("site");
        Files.createSymbolicLink(linked, outside.resolve("site"));

        assertThat(new FileGate.Root(linked).read("docs/a.md", 100)).isEqualTo(FileGate.read(linked, "docs/a.md", 100));
    }

    @Test
    void aFileIsReadWholeWhateverSizeItHadWhenItWasAsked() throws IOException {
        // Read into an array of the size the file had: a file that is longer than it says (as /proc's, which say 0)
        // is still read to its end, and an empty one is empty.
        Files.writeString(root.resolve("empty"), "");
        assertThat(FileGate.read(root, "empty", 100)).isEmpty();
        byte[] text = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("page"), text);
        assertThat(FileGate.read(root, "page", 20_000)).isEqualTo(text);
        Path status = Path.of("/proc/self/status");
        if (Files.isRegularFile(status) && Files.size(status) == 0) {
            byte[] read = FileGate.readRegularFile(status, 1_000_000);
            assertThat(new String(read, StandardCharsets.UTF_8)).contains("Name:").endsWith("\n");
            assertThatThrownBy(() -> FileGate.readRegularFile(status, 10)).isInstanceOfSatisfying(FileGate.TooLarge.class,
                    e -> assertThat(e.size()).isEqualTo(11));
        }
    }

    @Test
    @Timeout(60) // a safety net against a hang, not a speed target
    void fifosDevicesAndFoldersAreRefusedBeforeOpening() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertThatThrownBy(() -> FileGate.read(root, "fifo", 100)).isInstanceOf(FileGate.Refused.class)
                    .hasMessage("not a regular file (a FIFO, socket or device)");
        }
        assertThatThrownBy(() -> FileGate.readRegularFile(Path.of("/dev/zero"), 100))
                .isInstanceOf(FileGate.Refused.class);
        assertThatThrownBy(() -> FileGate.readRegularFile(root, 100)).hasMessage("a folder");
    }

    @Test
    void aFileOverTheLimitIsNotRead() throws IOException {
        Files.write(root.resolve("big"), new byte[101]);
        assertThatThrownBy(() -> FileGate.read(root, "big", 100)).isInstanceOfSatisfying(FileGate.TooLarge.class,
                e -> assertThat(e.size()).isEqualTo(101));
        assertThat(FileGate.read(root, "big", 101)).hasSize(101);
    }
}
