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
import dev.lockstep.report.html.HtmlReporter;
import dev.lockstep.report.html.PageCollector;
import java.util.function.Function;

/** Renders a result in each {@link OutputFormat}. */
final class Reports {

    /**
     * What formats other than the findings need: the checked folder (SARIF paths), the config (HTML
     * layouts) and the collected pages (HTML, null unless an HTML report was asked for).
     */
    record Context(Path root, Config config, PageCollector pages) {
    }

    /** Each pair's coverage for the HTML report. */
    static final Function<PairResult, Coverage> COVERAGE = PairResult::coverage;

    private Reports() {
    }

    /** @param root the checked folder, to give SARIF paths relative to the repository that holds it */
    static String render(OutputFormat format, CheckResult result, Context context) {
        Path root = context.root();
        return switch (format) {
            case HTML -> HtmlReporter.render(result, context.pages(), COVERAGE, context.config().layouts(),
                    Version.get());
            case JSON -> JsonReporter.render(result, Version.get());
            case SARIF -> SarifReporter.render(result, RuleRegistry.specs(), Version.get(), repositoryPrefix(root));
            case GITHUB -> GithubReporter.render(result);
            case JUNIT -> JunitReporter.render(result);
            case TEXT -> TextReporter.render(result);
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
