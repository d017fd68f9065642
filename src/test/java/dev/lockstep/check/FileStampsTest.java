package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamps file keeps every page's digest under its exact path (paths are stored against the one before). */
class FileStampsTest {
    private static final CacheTrust KEY = CacheTrust.withKey("a test machine's cache key".getBytes(StandardCharsets.UTF_8));
    private static final List<String> PATHS = List.of("a.md", "a/b.md", "a/bc.md", "ab.md", "b.md", "日本/é.md",
            "日本/éa.md", "日本/ê.md", "z/\uD834\uDD1E.md", "z/\uD834\uDD1E\uD834\uDD1E.md", "z/\uD834\uDD1F.md");

    @TempDir
    Path root;
    @TempDir
    Path cache;

    private static String digest(int i) {
        return String.format("%064x", i * 7919L + 1);
    }

    @Test
    void everyStampReadsBackUnderItsPath() throws IOException {
        for (String p : PATHS) {
            Path file = root.resolve(p);
            Files.createDirectories(file.getParent() == null ? root : file.getParent());
            Files.writeString(file, p);
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
        }
        FileStamps written = FileStamps.open(cache, root, KEY);
        for (int i = 0; i < PATHS.size(); i++) {
            written.remember(PATHS.get(i), FileStamp.of(root, PATHS.get(i)), digest(i));
        }
        written.save(true);

        FileStamps read = FileStamps.open(cache, root, KEY);
        for (int i = 0; i < PATHS.size(); i++) {
            assertThat(read.unchangedDigest(PATHS.get(i))).as(PATHS.get(i)).isEqualTo(digest(i));
        }
        assertThat(read.unchangedDigest("c.md")).isNull();

        Files.writeString(root.resolve("ab.md"), "changed");
        assertThat(FileStamps.open(cache, root, KEY).unchangedDigest("ab.md")).isNull();
    }
}
