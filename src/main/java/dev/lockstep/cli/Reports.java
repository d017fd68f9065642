package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.SarifReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.discover.Git;
import java.time.Instant;
import dev.lockstep.report.html.HtmlReporter;
import dev.lockstep.report.html.PageCollector;
import java.util.function.Function;

/** Renders a result in each {@link OutputFormat}. */
final class Reports {

    /**
     * What formats other than the findings need: the checked folder (SARIF paths), the config (HTML
     * layouts), the collected pages (HTML, null unless an HTML report was asked for), how text lists
     * findings, and the config file given with --config (HTML: the translation platform), or null.
     */
    record Context(Path root, Config config, PageCollector pages, TextReporter.Options text, Path configFile) {
        Context(Path root, Config config, PageCollector pages) {
            this(root, config, pages, TextReporter.Options.DEFAULT, null);
        }
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
            case JSON -> out -> JsonReporter.write(result, Version.get(), out);
            case HTML -> out -> HtmlReporter.write(result, context.pages(), COVERAGE, context.config().layouts(),
                    new HtmlReporter.About(Version.get(), Git.head(context.root()), Instant.now()),
                    TranslationPlatform.find(context.root(), context.configFile()), out);
            default -> out -> out.write(render(format, result, context));
        };
    }

    /** @param root the checked folder, to give SARIF paths relative to the repository that holds it */
    static String render(OutputFormat format, CheckResult result, Context context) {
        Path root = context.root();
        return switch (format) {
            case HTML -> HtmlReporter.render(result, context.pages(), COVERAGE, context.config().layouts(),
                    new HtmlReporter.About(Version.get(), Git.head(root), Instant.now()),
                    TranslationPlatform.find(root, context.configFile()));
            case JSON -> JsonReporter.render(result, Version.get());
            case SARIF -> SarifReporter.render(result, RuleRegistry.specs(), Version.get(), repositoryPrefix(root));
            case GITHUB -> GithubReporter.render(result);
            case JUNIT -> JunitReporter.render(result);
            case TEXT -> TextReporter.render(result, context.text());
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
