package dev.lockstep.report.html;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Builds HTML reports in-process, the way {@code check --format html} does. */
final class Reports {
    private Reports() {
    }

    record Built(CheckResult result, String html) {
    }

    /** Checks {@code dir} with every rule; {@code extra} may add findings before rendering. */
    static Built html(Path dir, Function<PairResult, Coverage> coverage, UnaryOperator<List<Finding>> extra) {
        return html(dir, coverage, extra, null);
    }

    /** As {@link #html(Path, Function, UnaryOperator)}, for a project translated on {@code platform}. */
    static Built html(Path dir, Function<PairResult, Coverage> coverage, UnaryOperator<List<Finding>> extra,
                      TranslationPlatform platform) {
        Config config = ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
        PageCollector pages = new PageCollector();
        CheckResult checked = Lockstep.builder(dir).config(config).threads(2).listener(pages).build().run();
        List<Finding> findings = extra.apply(new ArrayList<>(checked.findings()));
        findings.sort(Finding.ORDER);
        CheckResult result = new CheckResult(checked.discovery(), checked.pairs(), List.copyOf(findings));
        return new Built(result, HtmlReporter.render(result, pages, coverage, config.layouts(),
                new HtmlReporter.About("test", "0123456789abcdef0123456789abcdef01234567", Instant.parse("2026-12-03T10:15:00Z")),
                platform));
    }

    /**
     * A docs repository whose Arabic translation carries script payloads: each would set
     * {@code window.__pwned} if the report ever ran document text.
     */
    static Path hostileRepo(Path repo) throws IOException {
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/ar"));
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.writeString(repo.resolve("docs/guide.md"), """
                # Guide

                Hello world, this is the source.

                !!! note "Careful"

                    Keep `code` here.

                See [the site](https://example.org).
                """);
        Files.writeString(repo.resolve("i18n/ar/guide.md"), """
                # دليل <script>window.__pwned = 1</script>

                مرحبا <img src=x onerror="window.__pwned = 2"> بالعالم.

                <details class="note" markdown><summary>حذر</summary>

                احتفظ `</script><script>window.__pwned = 3</script>` هنا </textarea>.

                </details>

                انظر [x](javascript:window.__pwned=4).
                """);
        return repo;
    }
}
