package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
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
 * Group rules (outdated-paragraph) decide from all of a source page's translations, so their findings
 * are not cached with one pair: each pair's paragraph records are, and a run served from the cache
 * decides again from them. Their findings go through the run's policy like every rule's: configured
 * severity or off, and fingerprints that survive line shifts (baselines).
 */
class GroupRuleRunTest {
    private static final CacheTrust KEY = CacheTrust.withKey("a test machine's cache key".getBytes(StandardCharsets.UTF_8));
    private static final Path FIXTURE = Fixtures.ROOT.resolve("rules/outdated-paragraph/older-text");

    @TempDir
    Path repo;
    @TempDir
    Path cache;

    private void site() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = repo.resolve(FIXTURE.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                // An hour old: the stamps are trusted, so an unchanged page is not read again.
                Files.setLastModifiedTime(to, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
            }
        }
        Files.deleteIfExists(repo.resolve("expected.txt"));
    }

    private record Run(List<Finding> outdated, Map<String, Long> stages) {
    }

    private Run check(boolean cached) {
        Timings timings = Timings.on();
        Lockstep.Builder b = Lockstep.builder(repo).threads(1).timings(timings);
        if (cached) b.cache(cache, "build 1", KEY);
        List<Finding> outdated = b.build().run().findings().stream()
                .filter(f -> f.rule().equals("outdated-paragraph")).toList();
        return new Run(outdated, timings.millis());
    }

    @Test
    void aRunServedFromTheCacheReportsTheSameOutdatedParagraphs() throws IOException {
        site();
        Run first = check(true);
        assertThat(first.outdated()).extracting(Finding::language).containsExactly("de", "es", "fr");

        Run again = check(true);

        assertThat(again.stages()).doesNotContainKeys("read", "parse");
        assertThat(again.outdated()).isEqualTo(first.outdated()).isEqualTo(check(false).outdated());
    }

    @Test
    void aTranslationBroughtUpToDateIsDecidedWithItsCachedSiblings() throws IOException {
        site();
        check(true);
        // es now translates the current paragraph: de and fr alone (two of four) are no agreement.
        Path es = repo.resolve("i18n/es/page.md");
        Files.writeString(es, Files.readString(es).replaceFirst(
                "Antes, las organizaciones .*\\n", "Las organizaciones alquilan recursos a un proveedor.\n"));

        Run again = check(true);

        assertThat(again.stages()).containsKey("parse");
        assertThat(again.outdated()).isEmpty();
        assertThat(check(false).outdated()).isEmpty();
    }

    @Test
    void theConfigurationSetsItsSeverityOrSwitchesItOff() throws IOException {
        site();
        Files.writeString(repo.resolve(".lockstep.yml"),
                "source: docs\ntranslations: i18n/{lang}\nrules:\n  outdated-paragraph: error\n");
        assertThat(check(false).outdated()).hasSize(3).extracting(Finding::severity).containsOnly(Severity.ERROR);

        Files.writeString(repo.resolve(".lockstep.yml"),
                "source: docs\ntranslations: i18n/{lang}\nrules:\n  outdated-paragraph: off\n");
        assertThat(check(false).outdated()).isEmpty();
    }

    @Test
    void linesInsertedAboveTheParagraphChangeNoBaselineEntry() throws IOException {
        site();
        List<Baseline.Entry> before = entries();
        Path source = repo.resolve("docs/page.md");
        Files.writeString(source, "<!-- Reviewed in 2026. -->\n\n" + Files.readString(source));
        Path german = repo.resolve("i18n/de/page.md");
        Files.writeString(german, "<!-- Geprüft 2026. -->\n\n" + Files.readString(german));

        assertThat(check(false).outdated()).extracting(Finding::sourceLine).containsOnly(7);
        assertThat(entries()).hasSize(3).isEqualTo(before);
    }

    private List<Baseline.Entry> entries() {
        return Baseline.of(Lockstep.builder(repo).threads(1).build().run()).entries().stream()
                .filter(e -> e.rule().equals("outdated-paragraph")).toList();
    }
}
