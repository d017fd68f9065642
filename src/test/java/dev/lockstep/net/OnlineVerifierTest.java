package dev.lockstep.net;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.links.DriftedLink;
import dev.lockstep.rules.structure.MissingBlock;
import static dev.lockstep.net.LocalSite.redirect;
import static dev.lockstep.net.LocalSite.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.check.CheckResult;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The post-processor on synthetic {@code drifted-link} findings (the shape the drifted-link rule
 * documents), against a loopback site that plays both the source's and the translation's hosts.
 */
class OnlineVerifierTest {
    private LocalSite site;
    private final List<Collection<String>> asked = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<Finding> verify(Finding... findings) {
        UrlChecker recording = (urls, progress) -> {
            asked.add(List.copyOf(urls));
            return site.prober.check(urls, progress);
        };
        return new OnlineVerifier(recording).verify(List.of(findings), null, UrlChecker.Progress.NONE);
    }

    static Finding drifted(String file, String language, String sourceUrl, String translationUrl) {
        return Finding.builder(DriftedLink.SPEC, file, language, "docs/os/intro.md").at(new Position(11, 12))
                .sourceLine(10).message("link target " + translationUrl + " differs from the source's " + sourceUrl)
                .detail("kind", "link").detail("sourceUrl", sourceUrl).detail("translationUrl", translationUrl)
                .detail("sourceText", "Qubes intro").detail("translationText", "Qubes の紹介")
                .detail("sourceLine", 10).detail("translationLine", 11).key(sourceUrl + translationUrl).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> online(Finding f) {
        return (Map<String, Object>) f.details().get("online");
    }

    @Test
    void sameDestinationIsDemotedToInfoAndSaysSo() {
        site.on("www.qubes.test/intro/", redirect(301, site.url("qubes.test", "/intro/")))
                .on("qubes.test/intro", redirect(301, "/intro/")).on("qubes.test/intro/", status(200));

        Finding f = verify(drifted("i18n/ja/os/intro.md", "ja", site.url("qubes.test", "/intro"),
                site.url("www.qubes.test", "/intro/"))).get(0);

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.rule()).isEqualTo("drifted-link");
        assertThat(f.text()).endsWith("; online: both links end at " + site.url("qubes.test", "/intro/")
                + ", so the drift is cosmetic (demoted to info)");
        assertThat(online(f)).containsEntry("classification", "same-destination");
        assertThat((Map<String, Object>) online(f).get("translation")).containsEntry("finalUrl",
                site.url("qubes.test", "/intro/")).containsEntry("status", 200);
        assertThat(f.details()).containsKeys("kind", "sourceUrl", "translationUrl", "sourceLine", "translationLine");
    }

    @Test
    void translationBrokenWhileTheSourceWorksIsAnError() {
        site.on("/vpn", status(200)).on("/old-vpn", status(410));

        Finding f = verify(drifted("i18n/ja/os/intro.md", "ja", site.url("/vpn"), site.url("/old-vpn"))).get(0);

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.text()).endsWith("; online: the translation's link is broken (HTTP 410) while the source's works");
        assertThat(online(f)).containsEntry("classification", "translation-broken");
    }

    @Test
    void aBrokenSourceLinkIsReportedAtItsColumn(@TempDir Path repo) throws IOException {
        site.on("/new-guide", status(200));
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/ja"));
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.writeString(repo.resolve("docs/guide.md"), "# Guide\n\nRead the [old guide](" + site.url("/old-guide")
                + ") first.\n");
        Files.writeString(repo.resolve("i18n/ja/guide.md"), "# ガイド\n\nまず[ガイド](" + site.url("/new-guide")
                + ")を読む。\n");
        UrlChecker local = (urls, progress) -> site.prober.check(urls, progress);

        CheckResult result = Lockstep.builder(repo).threads(1).rules(id -> id.endsWith("-link"))
                .runReviewer(findings -> new OnlineVerifier(local).review(findings, null, UrlChecker.Progress.NONE))
                .build().run();

        assertThat(result.findings()).extracting(TextReporter::line).singleElement().asString()
                .startsWith("docs/guide.md:3:10: warning broken-source-link: source link " + site.url("/old-guide"));
    }

    @Test
    void sourceBrokenMovesToTheSourceFileForMaintainersOncePerLink() {
        site.on("/new-guide", status(200));

        List<Finding> out = verify(
                drifted("i18n/ja/os/intro.md", "ja", site.url("/old-guide"), site.url("/new-guide")),
                drifted("i18n/zh/os/intro.md", "zh", site.url("/old-guide"), site.url("/other")));

        assertThat(out).hasSize(1);
        Finding f = out.get(0);
        assertThat(TextReporter.line(f)).isEqualTo("docs/os/intro.md:10:1: warning broken-source-link: source link "
                + site.url("/old-guide") + " is broken (HTTP 404); for maintainers, not translators: ja links "
                + site.url("/new-guide") + " (works), zh links " + site.url("/other") + " (broken too)");
        assertThat(f.language()).isNull();
        assertThat(online(f)).containsEntry("classification", "source-broken");
        assertThat((List<?>) f.details().get("translations")).hasSize(2);
    }

    @Test
    void bothWorkingButDifferentKeepsTheFinding() {
        site.on("/en/guide", status(200)).on("/ja/guide", status(200));

        Finding f = verify(drifted("i18n/ja/os/intro.md", "ja", site.url("/en/guide"), site.url("/ja/guide"))).get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(online(f)).containsEntry("classification", "both-ok-different");
        assertThat(f.text()).contains("both links work but lead to different pages");
    }

    @Test
    void anAnswerThatProvesNothingLeavesTheFindingUnverified() {
        site.on("/en", status(200)).on("/walled", status(403));

        Finding f = verify(drifted("i18n/ja/os/intro.md", "ja", site.url("/en"), site.url("/walled"))).get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(online(f)).containsEntry("classification", "unverified");
    }

    @Test
    void relativeLinksAndOtherRulesPassThroughUntouched() {
        Finding relative = drifted("i18n/ja/os/intro.md", "ja", "../basics.md", site.url("/x"));
        Finding other = Finding.builder(MissingBlock.SPEC, "i18n/ja/os/intro.md", "ja", "docs/os/intro.md")
                .at(new Position(3, 1)).sourceLine(3).message("m").key("m").build();

        assertThat(verify(relative, other)).containsExactly(relative, other);
        assertThat(site.requests).isEmpty();
    }

    @Test
    void theSameUrlInAHundredFindingsIsRequestedOnce() {
        site.on("/shared", status(200)).on("/moved", status(200));
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(drifted("i18n/l" + i + "/os/intro.md", "l" + i, site.url("/shared"), site.url("/moved")));
        }

        List<Finding> out = verify(many.toArray(Finding[]::new));

        assertThat(out).hasSize(100).allSatisfy(f -> assertThat(online(f)).containsEntry("classification",
                "both-ok-different"));
        assertThat(site.count("HEAD", "/shared")).isEqualTo(1);
        assertThat(site.count("HEAD", "/moved")).isEqualTo(1);
        assertThat(asked).hasSize(1);
    }
}
