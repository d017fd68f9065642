package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
}
