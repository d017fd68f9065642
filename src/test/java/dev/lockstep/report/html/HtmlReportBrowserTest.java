package dev.lockstep.report.html;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.links.DriftedLink;
import dev.lockstep.rules.content.UntranslatedSentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.check.Coverage;
import dev.lockstep.cli.Main;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The HTML report opened in headless Chromium, as a translator and a maintainer use it. */
class HtmlReportBrowserTest {
    private static final Path SHOTS = Path.of("target", "html-report");
    private static Browser browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) browser.close();
    }

    @Test
    void qubesReportShowsTheDashboardFiltersAndJumpsToFindings() throws IOException {
        Path report = tmp.resolve("report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "fixtures/qubes", "--no-cache", "--fail-on", "never", "--format",
                "html", "--output", report.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        // The numbers of fixtures/qubes/expected.txt and coverage.txt, as a translator sees them.
        open(report, "");
        waitFor("#dashboard");
        assertThat(text("#f-count")).isEqualTo("129 findings on 4 pages");
        assertThat(text("#totals")).startsWith("4 translated pages of 1 source pages in 4 languages.")
                .contains("6 errors", "123 warnings", "0 info");
        assertThat(text(".card[data-lang=ja] .count[data-severity=warning]")).isEqualTo("42 warnings");
        assertThat(text(".card[data-lang=ru] .count[data-severity=warning]")).isEqualTo("29 warnings");
        assertThat(text(".card[data-lang=zh] .count[data-severity=error]")).isEqualTo("3 errors");
        assertThat(text(".card[data-lang=ja] .progress-label")).isEqualTo("24.2% translated · 16 of 66 sentences");
        assertThat(text(".card[data-lang=zh] .progress-label")).isEqualTo("32.3% translated · 21 of 65 sentences");
        assertThat(text("#rules-table tr[data-rule=admonition-syntax-mismatch] td:last-child")).isEqualTo("4");
        assertThat(text("#rules-table tr[data-rule=untranslated-sentence] td:last-child")).isEqualTo("106");
        assertThat(all("#pages-table tbody tr")).hasSize(4);
        browser.screenshot(SHOTS.resolve("qubes-dashboard.png"));

        new Select(browser.driver.findElement(By.id("f-lang"))).selectByValue("ru");
        waitUntil(() -> all(".card").size() == 1);
        assertThat(browser.driver.getCurrentUrl()).endsWith("#ru");
        assertThat(text("#f-count")).isEqualTo("29 findings on 1 page");
        new Select(browser.driver.findElement(By.id("f-rule"))).selectByVisibleText("admonition-syntax-mismatch");
        waitUntil(() -> text("#f-count").equals("2 findings on 1 page"));
        assertThat(all("#pages-table tbody tr")).extracting(e -> e.getAttribute("data-page"))
                .containsExactly("ru/os/qubes-overview.md");

        // j opens the first page with findings and selects its first finding; j again selects the next
        browser.driver.findElement(By.cssSelector("#dashboard h1")).click();
        new Actions(browser.driver).sendKeys("j").perform();
        waitFor("#page[data-ready] .finding.current");
        // the address keeps the filters and the selected finding
        assertThat(browser.driver.getCurrentUrl())
                .endsWith("#ru/os/qubes-overview.md?rule=admonition-syntax-mismatch&lang=ru&f=1");
        WebElement first = browser.driver.findElement(By.cssSelector(".finding.current"));
        assertThat(first.getText()).contains("admonition-syntax-mismatch", "line 13:1", "html-details");
        assertThat(inViewport(first)).isTrue();
        assertThat(all("#aligned .pin.flash")).hasSize(1);
        new Actions(browser.driver).sendKeys("j").perform();
        waitUntil(() -> text(".finding.current .number").equals("2"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("&f=2");
        assertThat(text(".finding.current")).contains("line 47:1");
        assertThat(inViewport(browser.driver.findElement(By.cssSelector(".finding.current")))).isTrue();
        browser.screenshot(SHOTS.resolve("qubes-page.png"));

        // each finding explains its rule
        browser.driver.findElement(By.cssSelector(".finding.current .rule-link")).click();
        waitFor("#rule-dialog[open]");
        assertThat(text("#rule-dialog-title")).isEqualTo("admonition-syntax-mismatch");
        assertThat(text("#rule-dialog-body")).contains("What it does", "Why it matters");
        browser.driver.findElement(By.id("rule-dialog-close")).click();

        // deep link straight to a page: blocks side by side, admonition syntax named on each side
        open(report, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        assertThat(text("#page-title")).isEqualTo("ja/os/qubes-overview.md");
        assertThat(all(".finding")).hasSize(44);
        assertThat(all("#aligned .row.matched")).hasSize(37);
        WebElement admonitionRow = browser.driver.findElement(By.cssSelector("#aligned .row.matched:has(.syntax)"));
        assertThat(admonitionRow.findElement(By.cssSelector(".src .syntax")).getText()).isEqualTo("mkdocs syntax");
        assertThat(admonitionRow.findElement(By.cssSelector(".tr .syntax")).getText()).isEqualTo("html-details syntax");
        assertThat(browser.driver.findElement(By.cssSelector("#aligned .cell.tr")).getAttribute("lang")).isEqualTo("ja");

        // the page starts with its findings counted per rule; a rule filter there updates every count
        assertThat(text("#page-rules li[data-rule=untranslated-sentence] .count-filter")).isEqualTo("29");
        assertThat(text("#page-counts")).startsWith("44 of 44 findings shown");
        new Select(browser.driver.findElement(By.id("f-rule"))).selectByVisibleText("untranslated-sentence");
        waitUntil(() -> text("#page-counts").startsWith("29 of 44 findings shown"));
        assertThat(text("#f-count")).isEqualTo("106 findings on 4 pages");
        assertThat(all("#page-rules li")).hasSize(1);
        assertThat(all(".finding")).hasSize(29);

        // a copied address restores the view: filters, page and the selected finding
        open(report, "#ja/os/qubes-overview.md?rule=untranslated-sentence&sev=warning&f=3");
        waitFor("#page[data-ready] .finding.current");
        assertThat(text(".finding.current .number")).isEqualTo("3");
        assertThat(new Select(browser.driver.findElement(By.id("f-rule"))).getFirstSelectedOption().getText())
                .isEqualTo("untranslated-sentence");
        assertThat(browser.driver.findElement(By.id("f-error")).isSelected()).isFalse();
        assertThat(browser.driver.findElement(By.id("f-warning")).isSelected()).isTrue();
        assertThat(inViewport(browser.driver.findElement(By.cssSelector(".finding.current")))).isTrue();

        // cards name details in words, not as the JSON keys rules use
        open(report, "#zh/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        String cards = text("#page");
        assertThat(cards).doesNotContain("sourceLine", "blockKind", "same-as-source", "source-language", "{\"");
        assertThat(all(".finding .details dt")).extracting(WebElement::getText)
                .allSatisfy(label -> assertThat(label).doesNotMatch(".*[a-z][A-Z].*"));

        // the header says which version made the report, when, and from which commit
        assertThat(text("#about")).startsWith("Lockstep ").contains(" · made ", " · source commit ");

        // rule docs render tables and code spans, not raw Markdown
        open(report, "#rules");
        waitFor("#rules");
        assertThat(all(".rule-doc table.doc-table")).isNotEmpty();
        assertThat(all(".rule-doc p, .rule-doc li, .rule-doc td")).extracting(WebElement::getText)
                .noneMatch(line -> line.trim().startsWith("|"));
        // summaries and table cells: every code span is set as code, no backtick is left in the text around it
        String proseOutsideCode = (String) browser.driver.executeScript("""
                return [...document.querySelectorAll('.rule-summary, .rule-doc td')].map(e => {
                  const c = e.cloneNode(true); c.querySelectorAll('code').forEach(x => x.remove()); return c.textContent;
                }).join('\\n');""");
        assertThat(proseOutsideCode).doesNotContain("`");
        assertThat(all(".rule-summary code")).isNotEmpty();
    }

    @Test
    void interfaceFollowsTheBrowserLanguageAndThePickerPersists() throws IOException {
        Path report = tmp.resolve("report.html");
        Files.writeString(report, Reports.html(Path.of("fixtures/qubes"), HtmlReporter.NO_COVERAGE, f -> f).html());
        try {
            browserLanguage("de-DE,de;q=0.9,en;q=0.5");
            open(report, "");
            waitFor("#dashboard");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(text("#dashboard h1")).isEqualTo("Übersetzungsbericht");
            assertThat(text("#f-count")).matches("\\d+ Befunde auf 4 Seiten");
            assertThat(new Select(browser.driver.findElement(By.id("ui-lang"))).getFirstSelectedOption().getText())
                    .isEqualTo("Deutsch");

            // a language the interface lacks falls back to its primary subtag, then to English
            browserLanguage("pt-PT,pt;q=0.9");
            open(report, "");
            waitFor("#dashboard");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt-BR");
            browserLanguage("ko-KR,ko");
            open(report, "");
            waitFor("#dashboard");
            assertThat(text("#dashboard h1")).isEqualTo("Translation report");

            // the picker switches at once and is remembered over the browser's language
            new Select(browser.driver.findElement(By.id("ui-lang"))).selectByValue("ru");
            waitUntil(() -> text("#dashboard h1").equals("Отчёт о переводе"));
            assertThat(text("label.ui-lang")).startsWith("Язык интерфейса");
            open(report, "#ja/os/qubes-overview.md");
            waitFor("#page[data-ready]");
            assertThat(text("#page-summary h2")).isEqualTo("Замечания на этой странице");
            assertThat(text("#page-counts")).startsWith("показано 44, всего 44 замечания");
        } finally {
            browser.driver.executeScript("localStorage.clear()");
            browserLanguage("en-US,en");
        }
    }

    @Test
    void findingsLinkToASearchInTheTranslationPlatform() throws IOException {
        Path fixture = Path.of("fixtures/qubes");
        String ja = "i18n/ja/os/qubes-overview.md";
        String sentence = "Qubes are created from templates, the defaults being for Fedora, Debian and Whonix.";
        List<String> lines = Files.readAllLines(fixture.resolve(ja), StandardCharsets.UTF_8);
        int column = lines.get(10).indexOf("Qubes are created") + 1;
        UnaryOperator<List<Finding>> one = findings -> {
            findings.clear();
            findings.add(Finding.builder(UntranslatedSentence.SPEC, ja, "ja", "docs/os/qubes-overview.md")
                    .at(new Position(11, column)).sourceLine(10).message("sentence is still in English")
                    .detail("text", sentence).key(sentence).build().withFingerprint("f1"));
            return findings;
        };
        String phrase = "Qubes are created from templates, the defaults being for Fedora, Debian and Whonix";
        String encoded = "Qubes%20are%20created%20from%20templates%2C%20the%20defaults%20being%20for%20Fedora%2C%20Debian%20and%20Whonix";

        Path crowdin = tmp.resolve("crowdin.html");
        Files.writeString(crowdin, Reports.html(fixture, HtmlReporter.NO_COVERAGE, one,
                new TranslationPlatform("crowdin", "https://crowdin.com", "qubes-docs", null, Map.of())).html());
        open(crowdin, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        WebElement link = browser.driver.findElement(By.cssSelector(".finding .platform-link"));
        assertThat(link.getText()).isEqualTo("Find in Crowdin");
        assertThat(link.getDomAttribute("href")).isEqualTo(
                "https://crowdin.com/editor/qubes-docs/all/en-ja?filter=basic&value=0#q=" + encoded);
        assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.getDomAttribute("title")).isEqualTo(phrase);

        Path weblate = tmp.resolve("weblate.html");
        Files.writeString(weblate, Reports.html(fixture, HtmlReporter.NO_COVERAGE, one,
                new TranslationPlatform("weblate", "https://hosted.weblate.org", "qubes", "docs", Map.of("ja", "ja_JP")))
                .html());
        open(weblate, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        assertThat(browser.driver.findElement(By.cssSelector(".finding .platform-link")).getDomAttribute("href"))
                .isEqualTo("https://hosted.weblate.org/translate/qubes/docs/ja_JP/?q=source%3A%22" + encoded + "%22");

        // the copy button puts the source sentence on the clipboard
        browser.driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.driver.findElement(By.cssSelector(".finding .actions button.copy")).click();
        waitUntil(() -> text(".finding .actions button.copy").equals("Copied"));
        assertThat(browser.driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error ' + e));"))
                .isEqualTo(sentence);

        // without a platform, no link leaves the report
        Path none = tmp.resolve("none.html");
        Files.writeString(none, Reports.html(fixture, HtmlReporter.NO_COVERAGE, one).html());
        open(none, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        assertThat(all(".platform-link")).isEmpty();
        assertThat(all("a")).allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("#"));
    }

    @Test
    void suggestedFixIsShownAsBeforeAndAfter() throws IOException {
        Path repo = Reports.hostileRepo(tmp.resolve("repo"));
        Reports.Built built = Reports.html(repo, HtmlReporter.NO_COVERAGE, findings -> {
            findings.add(Finding.builder(DriftedLink.SPEC, "i18n/ar/guide.md", "ar", "docs/guide.md")
                    .at(new Position(11, 6)).severity(Severity.ERROR).sourceLine(9).message("link drifted")
                    .detail("sourceUrl", "https://example.org").detail("translationUrl", "https://example.com")
                    .key("x").build().withFingerprint("f2"));
            return findings;
        });
        Path report = tmp.resolve("fix.html");
        Files.writeString(report, built.html());
        open(report, "#ar/guide.md?rule=drifted-link");
        waitFor("#page[data-ready]");
        WebElement fix = browser.driver.findElement(By.cssSelector(".finding .fix"));
        assertThat(fix.findElement(By.cssSelector(".before code")).getText()).isEqualTo("https://example.com");
        assertThat(fix.findElement(By.cssSelector(".after code")).getText()).isEqualTo("https://example.org");
        assertThat(fix.getText()).startsWith("Suggested fix");
    }

    private static void browserLanguage(String acceptLanguage) {
        String agent = (String) browser.driver.executeScript("return navigator.userAgent");
        browser.driver.executeCdpCommand("Emulation.setUserAgentOverride",
                Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
    }

    @Test
    void coverageAndFindingTextAreShownWhereTheyBelong() throws IOException {
        Path fixture = Path.of("fixtures/qubes");
        String ja = "i18n/ja/os/qubes-overview.md";
        String sentence = "Qubes are created from templates, the defaults being for Fedora, Debian and Whonix.";
        List<String> lines = Files.readAllLines(fixture.resolve(ja), StandardCharsets.UTF_8);
        int line = 11;
        int column = lines.get(line - 1).indexOf("Qubes are created") + 1;
        Reports.Built built = Reports.html(fixture,
                pair -> pair.pair().language().equals("ja") ? new Coverage(40, 30) : new Coverage(20, 0),
                findings -> {
                    findings.add(Finding.builder(UntranslatedSentence.SPEC, ja, "ja", "docs/os/qubes-overview.md")
                            .at(new Position(line, column)).sourceLine(10).message("sentence is still in English")
                            .detail("text", sentence).key(sentence).build().withFingerprint("f1"));
                    return findings;
                });
        Path report = tmp.resolve("coverage.html");
        Files.writeString(report, built.html());

        open(report, "");
        waitFor("#dashboard");
        assertThat(text(".card[data-lang=ja] .progress-label")).isEqualTo("25.0% translated · 10 of 40 sentences");
        assertThat(text(".card[data-lang=sv] .progress-label")).isEqualTo("100.0% translated · 20 of 20 sentences");
        assertThat(text("#pages-table tr[data-page='ja/os/qubes-overview.md'] td.pct")).isEqualTo("25.0%");

        open(report, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        // Other rules mark other places of this page too; this is the mark of the sentence added above.
        WebElement mark = all("#aligned .mark-hl").stream().filter(e -> e.getText().startsWith("Qubes are created"))
                .findFirst().orElseThrow();
        assertThat(mark.getText()).isEqualTo(
                "Qubes are created from templates, the defaults being for Fedora, Debian and [Whonix](../desktop.md#whonix).");
        assertThat(mark.findElement(By.xpath("ancestor::div[contains(@class,'cell')]")).getAttribute("class"))
                .contains("tr");
    }

    @Test
    void everySentenceOfAGroupedFindingIsMarkedInItsBlock() throws IOException {
        // The real check: line 11 of the ja page keeps three English sentences, reported as one finding.
        Reports.Built built = Reports.html(Path.of("fixtures/qubes"), HtmlReporter.NO_COVERAGE, f -> f);
        Finding grouped = built.result().findings().stream()
                .filter(f -> f.rule().equals("untranslated-sentence") && f.file().equals("i18n/ja/os/qubes-overview.md")
                        && f.line() == 11)
                .findFirst().orElseThrow();
        assertThat((List<?>) grouped.details().get("sentences")).hasSize(3);
        Path report = tmp.resolve("grouped.html");
        Files.writeString(report, built.html());

        open(report, "#ja/os/qubes-overview.md");
        waitFor("#page[data-ready]");
        // The translation's blocks as text, with what is highlighted between « and » (adjacent marks joined:
        // a link another finding marks inside a sentence splits its highlight in two spans).
        String shown = (String) browser.driver.executeScript("""
                return [...document.querySelectorAll('#aligned .cell.tr pre.raw')].map((pre) =>
                  [...pre.childNodes].map((n) => n.nodeType === 1 && n.classList.contains('mark-hl')
                    ? '«' + n.textContent + '»' : n.nodeType === 1 && n.classList.contains('pin') ? '' : n.textContent)
                    .join('').replaceAll('»«', '')).join('\\n');""");
        assertThat(shown).contains(
                "«Qubes uses [compartmentalization](https://qubes-os.org/intro) to keep the system secure.»",
                "«Qubes are created from templates, the defaults being for Fedora, Debian and [Whonix](../desktop.md#whonix).»",
                "«Qubes OS also allows you to create once-use [disposable](https://qubes-os.org/doc/how-to-use-disposables) *qubes*.»");
        // one finding, one pin, however many sentences it marks
        String id = all("#aligned .cell.tr .mark-hl").stream().filter(e -> e.getText().startsWith("Qubes uses"))
                .findFirst().orElseThrow().getAttribute("data-finding");
        assertThat(all("#aligned .cell.tr .pin[data-finding='" + id + "']")).hasSize(1);
    }

    @Test
    void hostileTranslationIsShownAsTextAndRunsNothing() throws IOException {
        Path repo = Reports.hostileRepo(tmp.resolve("repo"));
        String hostileUrl = "javascript:window.__pwned=5";
        Reports.Built built = Reports.html(repo, HtmlReporter.NO_COVERAGE, findings -> {
            findings.add(Finding.builder(DriftedLink.SPEC, "i18n/ar/guide.md", "ar", "docs/guide.md")
                    .at(new Position(11, 6)).severity(Severity.ERROR).sourceLine(9)
                    .message("link <b>drifted</b></script><script>window.__pwned=6</script>")
                    .detail("sourceUrl", "https://example.org").detail("translationUrl", hostileUrl)
                    .key("x").build().withFingerprint("f2"));
            return findings;
        });
        assertThat(built.result().findings()).extracting(Finding::rule).contains("admonition-syntax-mismatch");
        Path report = tmp.resolve("hostile.html");
        Files.writeString(report, built.html());

        open(report, "#ar/guide.md");
        waitFor("#page[data-ready]");
        assertThat(browser.driver.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(all("img")).isEmpty();
        assertThat(all("a")).allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("#"));
        // Finding pins (numbers) sit inside the text where findings point; read the text without them.
        String page = (String) browser.driver.executeScript("const c = document.querySelector('#page').cloneNode(true);"
                + " c.querySelectorAll('.pin').forEach(p => p.remove()); return c.textContent;");
        assertThat(page).contains("<script>window.__pwned = 1</script>", "<img src=x onerror=\"window.__pwned = 2\">",
                "</script><script>window.__pwned = 3</script>", "</textarea>", "[x](javascript:window.__pwned=4)",
                "link <b>drifted</b></script><script>window.__pwned=6</script>", hostileUrl);
        assertThat(browser.driver.findElement(By.cssSelector("#aligned .cell.tr")).getAttribute("dir")).isEqualTo("rtl");

        // the search box takes hostile text as a plain filter too
        open(report, "");
        waitFor("#dashboard");
        String unfiltered = text("#f-count");
        browser.driver.findElement(By.id("f-text")).sendKeys("</script>");
        // The drifted-link message above and the html-tag-mismatch findings about the injected tags match.
        waitUntil(() -> !text("#f-count").equals(unfiltered) && text("#f-count").matches("\\d+ findings? on 1 page"));
        assertThat(browser.driver.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    }

    private static void open(Path report, String hash) {
        browser.driver.get("about:blank");
        browser.driver.get(report.toUri() + hash);
    }

    private static void waitFor(String css) {
        waitUntil(() -> !browser.driver.findElements(By.cssSelector(css)).isEmpty());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private static boolean inViewport(WebElement e) {
        return (Boolean) browser.driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", e);
    }
}
