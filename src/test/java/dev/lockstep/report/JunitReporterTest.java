package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.structure.MissingBlock;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML that a strict XML parser reads back: a suite per language, a case per file, one failure per file with findings, listing them all. */
class JunitReporterTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void suitesCasesAndFailuresRoundTrip() throws Exception {
        Document xml = parse(JunitReporter.render(Sample.result()));
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("2"); // failing test cases, not findings
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("lockstep.de");
        Element ja = (Element) suites.item(1);
        assertThat(ja.getAttribute("tests")).isEqualTo("1");
        assertThat(ja.getAttribute("failures")).isEqualTo("1");
        Element jaCase = (Element) ja.getElementsByTagName("testcase").item(0);
        assertThat(jaCase.getAttribute("name")).isEqualTo("i18n/ja/über.md");
        NodeList failures = jaCase.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("lockstep"); // two rules
        assertThat(failure.getAttribute("message")).startsWith("2 findings, the first: warning missing-block: ")
                .contains("\"50% <b>bold</b> & more\"");
        String[] lines = failure.getTextContent().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("i18n/ja/über.md:5:1: warning missing-block: ");
        assertThat(lines[1]).isEqualTo("  source: docs/über.md:7");
        // U+0001 cannot appear in XML 1.0 at all: it is replaced, the rest of the message kept.
        assertThat(lines[2]).startsWith("i18n/ja/über.md:9:3: error heading-level-mismatch: ");
        // A control character is shown as its code (issue 21).
        assertThat(failure.getTextContent()).contains("line two: done<U+0001>");
        Element zhCase = (Element) ((Element) suites.item(2)).getElementsByTagName("testcase").item(0);
        assertThat(zhCase.getAttribute("name")).isEqualTo("i18n/zh/über.md");
        assertThat(zhCase.getElementsByTagName("failure").getLength()).isZero();
    }

    /** Five pages of one language, pages 1, 3 and 5 clean: findings come file by file, clean cases in between. */
    private static CheckResult cleanAndFailingPagesInterleaved() {
        List<Pair> pairs = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            Pair pair = new Pair("docs/p" + page + ".md", "i18n/fr/p" + page + ".md", "fr");
            pairs.add(pair);
            results.add(new PairResult(pair, PairStatus.CHECKED, 3, 3, 3, 0, 0, new Coverage(3, 0)));
            for (int n = 0; page % 2 == 0 && n < page; n++) {
                findings.add(Finding.builder(MissingBlock.SPEC, pair.translation(), "fr", pair.source())
                        .at(new Position(n + 1, 1)).message("the translation lacks block " + n).key("k" + page + n)
                        .build());
            }
        }
        DiscoveryResult discovery = new DiscoveryResult(pairs, List.of("fr"), List.of(), List.of(), 5);
        return new CheckResult(discovery, results, findings);
    }

    @Test
    void cleanPagesPassBetweenFailingOnesInFileOrder() throws Exception {
        Element suite = (Element) parse(JunitReporter.render(cleanAndFailingPagesInterleaved()))
                .getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            NodeList failures = c.getElementsByTagName("failure");
            seen.add(c.getAttribute("name") + (failures.getLength() == 0 ? " passes"
                    : " fails: " + ((Element) failures.item(0)).getAttribute("message").split(",")[0]));
        }
        assertThat(seen).containsExactly("i18n/fr/p1.md passes", "i18n/fr/p2.md fails: 2 findings", "i18n/fr/p3.md passes",
                "i18n/fr/p4.md fails: 4 findings", "i18n/fr/p5.md passes");
    }

    @Test
    void aLargeRunWritesTheSameXmlThroughTemporaryFiles() throws Exception {
        for (CheckResult result : List.of(Sample.result(), cleanAndFailingPagesInterleaved())) {
            StringWriter inMemory = new StringWriter();
            StringWriter onDisk = new StringWriter();
            JunitReporter.write(result, inMemory, Integer.MAX_VALUE);
            JunitReporter.write(result, onDisk, 0);
            assertThat(onDisk.toString()).isEqualTo(inMemory.toString());
        }
    }

    @Test
    void aFileWhoseFindingsNameTwoLanguagesIsOneCasePerSuiteAndTheCountsHold() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        for (String page : List.of("a", "b", "c")) {
            Pair pair = new Pair("docs/" + page + ".md", "i18n/ja/" + page + ".md", "ja");
            pairs.add(pair);
            results.add(new PairResult(pair, PairStatus.CHECKED, 3, 3, 3, 0, 0, new Coverage(3, 0)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 3; line++) {
            findings.add(Finding.builder(MissingBlock.SPEC, "i18n/ja/a.md", line == 2 ? null : "ja", "docs/a.md")
                    .at(new Position(line, 1)).message("block " + line).key("k" + line).build());
        }
        CheckResult result = new CheckResult(new DiscoveryResult(pairs, List.of("ja"), List.of(), List.of(), 3),
                results, findings);
        for (int inMemoryUpTo : new int[] {Integer.MAX_VALUE, 0}) {
            StringWriter out = new StringWriter();
            JunitReporter.write(result, out, inMemoryUpTo);
            Element root = parse(out.toString()).getDocumentElement();
            assertThat(root.getElementsByTagName("testcase").getLength())
                    .isEqualTo(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(4);
            Element ja = (Element) root.getElementsByTagName("testsuite").item(1);
            assertThat(ja.getAttribute("name")).isEqualTo("lockstep.ja");
            assertThat(ja.getElementsByTagName("testcase").getLength()).isEqualTo(3);
            assertThat(((Element) ja.getElementsByTagName("failure").item(0)).getAttribute("message"))
                    .startsWith("2 findings");
        }
    }
}
