package dev.lockstep.engine;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.links.BrokenLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.RunReviewer;
import dev.lockstep.check.SortedFindings;
import dev.lockstep.check.Timings;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's one policy step: what the config switches off or re-grades, and what a run reviewer decides. */
class LockstepTest {
    /** A missing translation is a finding only for the pages the config names (here: every page). */
    private static final String EVERY_PAGE_REQUIRED = "  missing-translation:\n    pages: [\"**\"]\n";
    private static final String SOURCE = """
            # Guide

            See [the site](https://example.org/a) for more.
            """;
    private static final String TRANSLATION = """
            # Guide

            Voir [le site](https://example.org/b) pour plus.
            """;

    private static Path repo(Path dir, String rules) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("i18n/fr"));
        Files.createDirectories(dir.resolve("i18n/de"));
        Files.writeString(dir.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n" + rules);
        Files.writeString(dir.resolve("docs/guide.md"), SOURCE);
        Files.writeString(dir.resolve("i18n/fr/guide.md"), TRANSLATION);
        return dir;
    }

    @Test
    void findingsComeOutOrderedAndFingerprinted(@TempDir Path dir) throws IOException {
        CheckResult result = Lockstep.builder(repo(dir, "rules:\n" + EVERY_PAGE_REQUIRED)).threads(1).build().run();

        assertThat(result.findings()).extracting(Finding::rule, Finding::file, Finding::severity).containsExactly(
                tuple("missing-translation", "i18n/de/guide.md", Severity.INFO),
                tuple("drifted-link", "i18n/fr/guide.md", Severity.ERROR));
        assertThat(result.findings()).allMatch(f -> f.fingerprint() != null);
    }

    @Test
    void theConfigSwitchesRulesOffAndRegradesThem(@TempDir Path dir) throws IOException {
        repo(dir, "rules:\n  missing-translation: off\n  drifted-link: warning\n");

        CheckResult result = Lockstep.builder(dir).threads(1).build().run();

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("drifted-link", Severity.WARNING));
    }

    @Test
    void onlyTheRulesAskedForAreOn(@TempDir Path dir) throws IOException {
        CheckResult result = Lockstep.builder(repo(dir, "")).threads(1).rules("drifted-link"::equals).build().run();

        assertThat(result.findings()).extracting(Finding::rule).containsExactly("drifted-link");
    }

    @Test
    void cachedResultsServeOnlyRunsOfTheSameRules(@TempDir Path dir, @TempDir Path cache) throws IOException {
        repo(dir, "");
        CacheTrust key = CacheTrust.withKey("a test machine's cache key".getBytes(StandardCharsets.UTF_8));
        Lockstep.builder(dir).threads(1).cache(cache, "build 1", key).build().run();

        Timings narrowed = Timings.on();
        CheckResult one = Lockstep.builder(dir).threads(1).rules("missing-block"::equals).timings(narrowed)
                .cache(cache, "build 1", key).build().run();
        Files.writeString(dir.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n"
                + "rules:\n  missing-block: off\n");
        Timings switchedOff = Timings.on();
        CheckResult off = Lockstep.builder(dir).threads(1).timings(switchedOff).cache(cache, "build 1", key).build().run();

        assertThat(narrowed.millis()).containsKey("parse");
        assertThat(one.findings()).isEmpty();
        assertThat(switchedOff.millis()).containsKey("parse");
        assertThat(off.findings()).extracting(Finding::rule).containsExactly("drifted-link");
    }

    @Test
    void aRunReviewersVerdictStandsOverTheConfiguredSeverity(@TempDir Path dir) throws IOException {
        repo(dir, "rules:\n  drifted-link: info\n  missing-translation:\n    severity: warning\n    pages: [\"**\"]\n");
        RunReviewer escalate = findings -> {
            List<Finding> out = new ArrayList<>();
            Set<Finding> verdicts = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Finding f : findings) {
                if (f.rule().equals("drifted-link")) {
                    Finding broken = f.withSeverity(Severity.ERROR);
                    verdicts.add(broken);
                    out.add(broken);
                } else {
                    out.add(f);
                }
            }
            return new RunReviewer.Reviewed(out, verdicts);
        };

        CheckResult result = Lockstep.builder(dir).threads(1).runReviewer(escalate).build().run();

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple("missing-translation", Severity.WARNING),
                tuple("drifted-link", Severity.ERROR));
    }

    @Test
    void aRuleSwitchedOffStaysOffWhenARunReviewerReportsIt(@TempDir Path dir) throws IOException {
        repo(dir, "rules:\n  broken-link: off\n" + EVERY_PAGE_REQUIRED);
        RunReviewer addsBrokenLink = findings -> {
            List<Finding> out = new ArrayList<>(findings);
            Finding drift = findings.stream().filter(f -> f.rule().equals("drifted-link")).findFirst().orElseThrow();
            out.add(Finding.builder(BrokenLink.SPEC, drift.file(), drift.language(), drift.sourceFile())
                    .at(new Position(drift.line(), drift.column())).message("link is broken").key("x").build());
            return new RunReviewer.Reviewed(out, Set.of());
        };

        CheckResult result = Lockstep.builder(dir).threads(1).runReviewer(addsBrokenLink).build().run();

        assertThat(result.findings()).extracting(Finding::rule)
                .containsExactly("missing-translation", "drifted-link");
    }

    @Test
    void findingsSpilledToDiskInSortedRunsComeOutAsFromMemory() {
        Path qubes = Path.of("fixtures", "qubes");
        CheckResult inMemory = Lockstep.builder(qubes).threads(2).build().run();

        CheckResult spilled = Lockstep.builder(qubes).threads(2).memoryBound(3).build().run();

        assertThat(inMemory.findings()).hasSizeGreaterThan(6).isNotInstanceOf(SortedFindings.SeverityCounts.class);
        assertThat(spilled.findings()).isInstanceOf(SortedFindings.SeverityCounts.class);
        assertThat(spilled.findings()).containsExactlyElementsOf(inMemory.findings());
        for (Severity s : Severity.values()) assertThat(spilled.count(s)).isEqualTo(inMemory.count(s));
    }
}
