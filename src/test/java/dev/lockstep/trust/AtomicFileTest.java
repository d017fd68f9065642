package dev.lockstep.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports, caches and the cache key are all replaced the same way. */
class AtomicFileTest {

    @Test
    void replacesTheFileWithThePartsAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old and longer than the new content");

        AtomicFile.write(target, AtomicFile.Access.SHARED, "ab".getBytes(StandardCharsets.UTF_8),
                "c".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("abc");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep me");
        Path target = dir.resolve("cache.json");
        Files.createSymbolicLink(target, elsewhere);

        AtomicFile.write(target, AtomicFile.Access.OWNER, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(elsewhere).hasContent("keep me");
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(target).hasContent("new");
    }

    @Test
    void reportsAreReadableByAllAndCachesByTheOwnerOnly(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("report.sarif");
        Path cache = dir.resolve("results.json");

        AtomicFile.write(report, AtomicFile.Access.SHARED, new byte[] {1});
        AtomicFile.write(cache, AtomicFile.Access.OWNER, new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-------");
    }
}
