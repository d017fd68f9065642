package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.discover.Git;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.SarifReporter;
import dev.lockstep.report.SiteFacts;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.HtmlReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.shard.ShardFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/** Renders a result in each {@link OutputFormat}. */
final class Reports {

    /**
     * What formats other than the findings need: the facts about the site (SARIF paths, HTML layouts,
     * commit and platform; read when a format first asks), the collected pages (HTML, null unless an
     * HTML report was asked for), how text lists findings, and for a shard's run its header (the JSON
     * report then carries the {@code shard} section, with the pages when {@code shardPages}).
     */
    record Context(Supplier<SiteFacts> site, PageCollector pages, TextReporter.Options text, ShardFile.Header shard,
                   boolean shardPages) {
    }

    /** Each pair's coverage for the HTML report. */
    static final Function<PairResult, Coverage> COVERAGE = PairResult::coverage;

    private Reports() {
    }

    /** A report written as it is made. */
    @FunctionalInterface
    interface Body {
        void writeTo(java.io.Writer out) throws java.io.IOException;
    }

    /**
     * The report in {@code format}, written as it is made where the format allows (JSON, HTML: findings
     * are read one at a time), else rendered and then written.
     */
    static Body streamed(OutputFormat format, CheckResult result, Context context) {
        return switch (format) {
            case JSON -> context.shard() == null ? out -> JsonReporter.write(result, Version.get(), null, out)
                    : out -> out.write(render(format, result, context));
            case HTML -> out -> {
                SiteFacts site = context.site().get();
                HtmlReporter.write(result, context.pages(), COVERAGE, site.layouts(),
                        new HtmlReporter.About(Version.get(), site.commit(), Instant.now()), site.platform(), out);
            };
            case SARIF -> out -> SarifReporter.write(result, RuleRegistry.specs(), Version.get(),
                    context.site().get().repositoryPrefix(), out);
            case JUNIT -> out -> JunitReporter.write(result, out);
            case GITHUB -> out -> GithubReporter.write(result, out);
            case TEXT -> out -> TextReporter.write(result, context.text(), out);
            default -> out -> out.write(render(format, result, context));
        };
    }

    static String render(OutputFormat format, CheckResult result, Context context) {
        return switch (format) {
            case HTML -> {
                SiteFacts site = context.site().get();
                yield HtmlReporter.render(result, context.pages(), COVERAGE, site.layouts(),
                        new HtmlReporter.About(Version.get(), site.commit(), Instant.now()), site.platform());
            }
            case JSON -> context.shard() == null ? JsonReporter.render(result, Version.get())
                    : ShardFile.render(result, context.shard(), context.shardPages() ? context.pages() : null);
            case SARIF -> SarifReporter.render(result, RuleRegistry.specs(), Version.get(),
                    context.site().get().repositoryPrefix());
            case GITHUB -> GithubReporter.render(result);
            case JUNIT -> JunitReporter.render(result);
            case TEXT -> TextReporter.render(result, context.text());
        };
    }

    /**
     * The facts of the checkout at {@code root}, read once when first asked for (the commit costs a git
     * process, which only the HTML report and shards need).
     *
     * @param configFile the file given with --config, or null (the translation platform is read from it)
     */
    static Supplier<SiteFacts> facts(Path root, Config config, Path configFile) {
        return new Supplier<>() {
            private SiteFacts facts;

            @Override
            public synchronized SiteFacts get() {
                if (facts == null) {
                    facts = new SiteFacts(repositoryPrefix(root), config.layouts(), Git.head(root),
                            TranslationPlatform.find(root, configFile));
                }
                return facts;
            }
        };
    }

    /** The checked folder's path inside its git work tree ({@code site/} or empty), found without running git. */
    static String repositoryPrefix(Path root) {
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                String prefix = dir.relativize(root).toString().replace(java.io.File.separatorChar, '/');
                return prefix.isEmpty() ? "" : prefix + "/";
            }
        }
        return "";
    }
}
