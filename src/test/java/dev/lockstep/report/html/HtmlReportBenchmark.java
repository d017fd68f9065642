package dev.lockstep.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the HTML report of the Privacy Guides corpus (984 pairs): file size and the time headless
 * Chromium takes to show the dashboard. Not part of the build (the class name does not match the test
 * pattern); run it with
 * {@code ./mvnw -q -Dtest=HtmlReportBenchmark test} and add {@code -Dlockstep.docsScreenshots=true} to
 * refresh the screenshots in docs/img/. Prints its numbers; docs/html-report.md records them.
 */
class HtmlReportBenchmark {
    private static final int RUNS = 7;

    @Test
    void privacyGuidesReport() throws IOException {
        Path corpus = List.of(Path.of("../shared/corpus/privacyguides"), Path.of("../../shared/corpus/privacyguides"))
                .stream().filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(corpus != null, "needs ../shared/corpus/privacyguides");
        Path out = Path.of("target", "html-report");
        Files.createDirectories(out);
        Path report = out.resolve("privacyguides.html").toAbsolutePath();
        // The corpus's crowdin.yml has a numeric project id only; name the Crowdin project so the report
        // (and the screenshots in docs/) show the editor links.
        Path config = out.resolve("privacyguides.lockstep.yml");
        Files.writeString(config, "source: docs\ntranslations: i18n/{lang}\n"
                + "platform: {name: crowdin, project: privacyguides}\n");

        long start = System.nanoTime();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"check", corpus.toString(), "--config", config.toString(), "--format", "html",
                "--output", report.toString(), "--fail-on", "never"}, new PrintWriter(stdout), new PrintWriter(stderr));
        long checkMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(code).as(stderr.toString()).isZero();
        long bytes = Files.size(report);
        System.out.printf(Locale.ROOT, "%s%ncheck + HTML report: %d ms; file size: %.2f MB (%d bytes)%n",
                stdout.toString().strip(), checkMillis, bytes / 1e6, bytes);

        try (Browser browser = Browser.start(1200, 800)) {
            openTimes(browser, report, "privacyguides");

            // a Japanese page (CJK text) with findings: the one with most, and one to picture in docs/
            String page = (String) browser.driver.executeScript("""
                    const rows = [...document.querySelectorAll('#pages-table tbody tr')]
                        .filter(r => r.dataset.page.startsWith('ja/'));
                    return rows[0].dataset.page;""");
            String pictured = browser.driver.findElements(
                    By.cssSelector("#pages-table tr[data-page='ja/meta/admonitions.md']")).isEmpty()
                    ? page : "ja/meta/admonitions.md";
            browser.driver.get("about:blank");
            long p0 = System.nanoTime();
            browser.driver.get(report.toUri() + "#" + page);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#page[data-ready]")).isEmpty());
            System.out.printf(Locale.ROOT, "page view %s opened from disk by its deep link: ready in %d ms%n", page,
                    (System.nanoTime() - p0) / 1_000_000);

            if (Boolean.getBoolean("lockstep.docsScreenshots")) screenshots(browser, report, pictured);
        }
    }

    /**
     * The synthetic site of about 30,000 pairs ({@link dev.lockstep.bench.Corpus#synthetic30k}). Prints the
     * report's size and the time to show the dashboard and to open a page.
     */
    @Test
    void syntheticSiteOf30kPairs() throws IOException {
        Path site = dev.lockstep.bench.Corpus.synthetic30k();
        Path report = Path.of("target", "html-report", "synthetic-30k.html").toAbsolutePath();
        long start = System.nanoTime();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"check", site.toString(), "--no-cache", "--format", "html", "--output",
                report.toString(), "--fail-on", "never"}, new PrintWriter(stdout), new PrintWriter(stderr));
        long checkMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(code).as(stderr.toString()).isZero();
        long bytes = Files.size(report);
        System.out.printf(Locale.ROOT, "%s%ncheck + HTML report: %d ms; file size: %.2f MB (%d bytes)%n",
                stdout.toString().strip(), checkMillis, bytes / 1e6, bytes);
        try (Browser browser = Browser.start(1200, 800)) {
            openTimes(browser, report, "synthetic 30k");
            browser.driver.get("about:blank");
            long p0 = System.nanoTime();
            browser.driver.get(report.toUri() + "#de/section-3/page-3.md");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("#page[data-ready]")).isEmpty());
            System.out.printf(Locale.ROOT, "page view opened from disk by its deep link: ready in %d ms%n",
                    (System.nanoTime() - p0) / 1_000_000);
        }
    }

    private static void openTimes(Browser browser, Path report, String what) {
        List<Double> shown = new ArrayList<>();
        List<Double> script = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            browser.driver.get("about:blank");
            long t0 = System.nanoTime();
            browser.driver.get(report.toUri().toString());
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("#dashboard")).isEmpty());
            wall.add((System.nanoTime() - t0) / 1_000_000);
            shown.add(((Number) browser.driver.executeScript("return window.lockstepDashboardShown")).doubleValue());
            script.add(((Number) browser.driver.executeScript(
                    "return window.lockstepDashboardShown - window.lockstepScriptStart")).doubleValue());
        }
        Collections.sort(shown);
        Collections.sort(script);
        Collections.sort(wall);
        System.out.printf(Locale.ROOT, "%s: dashboard shown (performance.now() at first render, %d runs): median %.0f ms, "
                + "max %.0f ms (of which the report script: median %.0f ms, max %.0f ms); WebDriver get() until "
                + "#dashboard: median %d ms, max %d ms%n", what, RUNS, shown.get(RUNS / 2), shown.get(RUNS - 1),
                script.get(RUNS / 2), script.get(RUNS - 1), wall.get(RUNS / 2), wall.get(RUNS - 1));
    }

    private static void screenshots(Browser browser, Path report, String page) throws IOException {
        Path docs = Path.of("docs", "img");
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.driver.get("about:blank");
            browser.driver.get(report.toUri().toString());
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#dashboard")).isEmpty());
            browser.screenshot(docs.resolve("report-dashboard-" + scheme + ".png"));
            browser.driver.get(report.toUri() + "#" + page);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#page[data-ready]")).isEmpty());
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1100));
            browser.driver.findElement(By.id("page-title")).click();
            new Actions(browser.driver).sendKeys("j").perform();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector(".finding.current")).isEmpty());
            browser.screenshot(docs.resolve("report-page-" + scheme + ".png"));
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 800));
        }
        // the top of a page, with the interface in Japanese: the findings counted per rule
        browser.colorScheme("light");
        browser.driver.get("about:blank");
        browser.driver.get(report.toUri() + "#" + page);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#page[data-ready]")).isEmpty());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("ja");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("html[lang=ja] #page[data-ready]")).isEmpty());
        browser.screenshot(docs.resolve("report-page-summary-ja.png"));
        browser.driver.executeScript("localStorage.clear()");
    }
}
