package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Lockstep;
import dev.lockstep.rules.Finding;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache (issue 20): a re-run with nothing changed neither parses nor reads a page, a changed
 * page is re-checked, and what comes out is what a run without the cache says.
 */
class ResultCacheTest {
    private static final CacheTrust KEY = CacheTrust.withKey("a test machine's cache key".getBytes(StandardCharsets.UTF_8));
    private static final String SOURCE = """
            # Guide

            See [the site](https://example.org/a) for more.

            </details>
            """;
    private static final String FRENCH = """
            # Guide

            Voir [le site](https://example.org/b) pour plus.
            """;
    private static final String GERMAN = """
            # Anleitung

            Siehe [die Seite](https://example.org/a) für mehr.
            """;

    @TempDir
    Path repo;
    @TempDir
    Path cache;

    private void site(Instant modified) throws IOException {
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/fr"));
        Files.createDirectories(repo.resolve("i18n/de"));
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.writeString(repo.resolve("docs/guide.md"), SOURCE);
        Files.writeString(repo.resolve("i18n/fr/guide.md"), FRENCH);
        Files.writeString(repo.resolve("i18n/de/guide.md"), GERMAN);
        if (modified != null) {
            try (Stream<Path> files = Files.walk(repo)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(p, FileTime.from(modified));
                }
            }
        }
    }

    private record Run(List<Finding> findings, Map<String, Long> stages) {
    }

    private Run check(boolean cached) {
        Timings timings = Timings.on();
        Lockstep.Builder b = Lockstep.builder(repo).threads(1).timings(timings);
        if (cached) b.cache(cache, "build 1", KEY);
        return new Run(b.build().run().findings(), timings.millis());
    }

    @Test
    void aRerunWithNothingChangedReadsAndParsesNoPage() throws IOException {
        site(Instant.now().minus(1, ChronoUnit.HOURS));
        Run first = check(true);
        assertThat(first.stages()).containsKeys("read", "parse");
        // The source page's own finding comes back from the cache too.
        assertThat(first.findings()).anyMatch(f -> f.file().equals("docs/guide.md"));

        Run again = check(true);

        assertThat(again.stages()).doesNotContainKeys("read", "parse");
        assertThat(again.findings()).isEqualTo(first.findings()).isEqualTo(check(false).findings());
    }

    @Test
    void aChangedTranslationIsReadAndCheckedAgain() throws IOException {
        site(Instant.now().minus(1, ChronoUnit.HOURS));
        check(true);
        Files.writeString(repo.resolve("i18n/fr/guide.md"), FRENCH.replace("example.org/b", "example.org/a"));

        Run again = check(true);

        assertThat(again.stages()).containsKeys("read", "parse");
        assertThat(again.findings()).isEqualTo(check(false).findings())
                .noneMatch(f -> f.rule().equals("drifted-link"));
    }

    @Test
    void filesChangedJustBeforeTheRunAreHashedAgainNotTrustedByTheirStamp() throws IOException {
        // Written now: a later edit in the same clock tick would not change the modification time.
        site(null);
        Run first = check(true);

        Run again = check(true);

        assertThat(again.stages()).containsKey("read").doesNotContainKey("parse");
        assertThat(again.findings()).isEqualTo(first.findings());
    }

    @Test
    void anotherBuildOrAnotherKeyStartsAfresh() throws IOException {
        site(Instant.now().minus(1, ChronoUnit.HOURS));
        check(true);

        Timings timings = Timings.on();
        Lockstep.builder(repo).threads(1).timings(timings).cache(cache, "build 2", KEY).build().run();
        assertThat(timings.millis()).containsKey("parse");

        Timings other = Timings.on();
        Lockstep.builder(repo).threads(1).timings(other)
                .cache(cache, "build 2", CacheTrust.withKey("another machine's key".getBytes(StandardCharsets.UTF_8)))
                .build().run();
        assertThat(other.millis()).containsKeys("read", "parse");
    }

    @Test
    void aRunOfOnePageKeepsTheOtherPagesEntries() throws IOException {
        site(Instant.now().minus(1, ChronoUnit.HOURS));
        check(true);
        Lockstep.builder(repo).threads(1).only(List.of("i18n/fr/guide.md")).cache(cache, "build 1", KEY).build().run();

        Run whole = check(true);

        assertThat(whole.stages()).doesNotContainKeys("read", "parse");
    }

    @Test
    void theFileRoundTripsEveryField() throws IOException {
        site(Instant.now().minus(1, ChronoUnit.HOURS));
        check(true);
        byte[] body = KEY.read(cache, ResultCache.FILE, ResultCache.PURPOSE, CacheTrust.MAX_FILE_BYTES).orElseThrow();

        ResultCacheFile.Contents contents = ResultCacheFile.decode(body);

        assertThat(contents.entries()).hasSize(2);
        assertThat(contents.entries().values()).extracting(e -> e.result().pair().translation())
                .containsExactlyInAnyOrder("i18n/fr/guide.md", "i18n/de/guide.md");
        assertThat(ResultCacheFile.encode(contents)).isEqualTo(body);
    }
}
