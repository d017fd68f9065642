package dev.lockstep.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockstep.discover.Pair;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The guarantees {@link CacheTrust} gives every cache that uses it (issue 21). */
class CacheTrustTest {
    private static final byte[] BODY = "{\"entries\":{}}".getBytes(StandardCharsets.UTF_8);
    private final CacheTrust mine = CacheTrust.withKey("this machine's key, 32 bytes long".getBytes(StandardCharsets.UTF_8));
    private final CacheTrust theirs = CacheTrust.withKey("somebody else's key, also long".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void theSealIsHmacSha256AsRfc4231AndTheJdkComputeIt() throws Exception {
        // RFC 4231, test cases 2 and 6 (a key longer than SHA-256's block is hashed first).
        assertThat(HexFormat.of().formatHex(CacheTrust.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want ".getBytes(StandardCharsets.US_ASCII), "for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        byte[] longKey = new byte[131];
        java.util.Arrays.fill(longKey, (byte) 0xaa);
        byte[] text = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(CacheTrust.hmacSha256(longKey, text)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
        byte[] key = "this machine's key, 32 bytes long".getBytes(StandardCharsets.UTF_8);
        jdk.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        jdk.update("results\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CacheTrust.hmacSha256(key, "results\n".getBytes(StandardCharsets.UTF_8), BODY)).isEqualTo(jdk.doFinal(BODY));
    }

    @Test
    void whatThisMachineSealedReadsBack() {
        assertThat(mine.write(dir, "c.json", "results", BODY)).isTrue();
        assertThat(mine.read(dir, "c.json", "results", 1000)).hasValue(BODY);
        assertThat(dir.resolve(".gitignore")).content().contains("*");
    }

    @Test
    void anotherKeyAnEditAnotherPurposeOrNoSealReadsAsEmpty() throws IOException {
        theirs.write(dir, "c.json", "results", BODY);
        assertThat(mine.read(dir, "c.json", "results", 1000)).isEmpty();

        mine.write(dir, "c.json", "links", BODY);
        assertThat(mine.read(dir, "c.json", "results", 1000)).isEmpty();

        mine.write(dir, "c.json", "results", BODY);
        byte[] edited = Files.readAllBytes(dir.resolve("c.json"));
        edited[edited.length - 2] ^= 1;
        Files.write(dir.resolve("c.json"), edited);
        assertThat(mine.read(dir, "c.json", "results", 1000)).isEmpty();

        Files.write(dir.resolve("c.json"), BODY);
        assertThat(mine.read(dir, "c.json", "results", 1000)).isEmpty();
        assertThat(CacheTrust.NONE.read(dir, "c.json", "results", 1000)).isEmpty();
        assertThat(CacheTrust.NONE.write(dir, "d.json", "results", BODY)).isFalse();
        assertThat(dir.resolve("d.json")).doesNotExist();
    }

    @Test
    void aSealedFileOverTheLimitIsNotRead() throws IOException {
        mine.write(dir, "c.json", "results", BODY);
        assertThat(mine.read(dir, "c.json", "results", BODY.length - 1)).isEmpty();
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("huge").toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        assertThat(CacheTrust.readRegularFile(dir.resolve("huge"), 1024)).isEmpty();
    }

    @Test
    @Timeout(60) // a safety net against a hang, not a speed target
    void linksFifosAndDevicesAreNeverOpened(@TempDir Path outside) throws Exception {
        Files.write(outside.resolve("real"), BODY);
        Files.createSymbolicLink(dir.resolve("link"), outside.resolve("real"));
        assertThat(CacheTrust.readRegularFile(dir.resolve("link"), 1000)).isEmpty();
        assertThat(CacheTrust.readRegularFile(Path.of("/dev/zero"), 1000)).isEmpty();
        assertThat(CacheTrust.readRegularFile(dir, 1000)).isEmpty();
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertThat(CacheTrust.readRegularFile(dir.resolve("fifo"), 1000)).isEmpty();
    }

    @Test
    void writingNeverGoesThroughALink(@TempDir Path outside) throws IOException {
        // A cache folder that is a link: nothing is written, not even the .gitignore.
        Files.createSymbolicLink(dir.resolve("cache"), outside);
        assertThat(mine.write(dir.resolve("cache"), "c.json", "results", BODY)).isFalse();
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }

        // A .gitignore that is a dangling link to an outside path: that path is not created.
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.createSymbolicLink(real.resolve(".gitignore"), outside.resolve("created"));
        Files.createSymbolicLink(real.resolve("c.json"), outside.resolve("target"));
        Files.write(outside.resolve("target"), "untouched".getBytes(StandardCharsets.UTF_8));
        assertThat(mine.write(real, "c.json", "results", BODY)).isTrue();
        assertThat(outside.resolve("created")).doesNotExist();
        assertThat(outside.resolve("target")).hasContent("untouched");
        assertThat(Files.isSymbolicLink(real.resolve("c.json"))).isFalse();
        assertThat(mine.read(real, "c.json", "results", 1000)).hasValue(BODY);
    }

    @Test
    void theKeyFileIsMadeOnceOwnerOnlyAndRemadeWhenDamaged() throws IOException {
        Path keyFile = dir.resolve("user-cache/lockstep/cache.key");
        CacheTrust first = CacheTrust.fromKeyFile(keyFile);
        assertThat(first.usable()).isTrue();
        assertThat(Files.size(keyFile)).isEqualTo(32);
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        first.write(dir, "c.json", "results", BODY);
        assertThat(CacheTrust.fromKeyFile(keyFile).read(dir, "c.json", "results", 1000)).hasValue(BODY);

        Files.write(keyFile, new byte[3]);
        CacheTrust remade = CacheTrust.fromKeyFile(keyFile);
        assertThat(remade.usable()).isTrue();
        assertThat(remade.read(dir, "c.json", "results", 1000)).isEmpty();
    }

    @Test
    void theKeyLivesInTheUsersCacheFolder() {
        assertThat(CacheTrust.defaultKeyFile(Map.of("XDG_CACHE_HOME", "/home/u/.cache")))
                .isEqualTo(Path.of("/home/u/.cache/lockstep/cache.key"));
        // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
        assertThat(CacheTrust.defaultKeyFile(Map.of("XDG_CACHE_HOME", "rel")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "lockstep", "cache.key"));
    }
}
