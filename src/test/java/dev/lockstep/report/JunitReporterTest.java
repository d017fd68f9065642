package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML that a strict XML parser reads back: a suite per language, a case per file, a failure per finding. */
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
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("lockstep.de");
        Element ja = (Element) suites.item(1);
        assertThat(ja.getAttribute("failures")).isEqualTo("2");
        Element jaCase = (Element) ja.getElementsByTagName("testcase").item(0);
        assertThat(jaCase.getAttribute("name")).isEqualTo("i18n/ja/über.md");
        NodeList failures = jaCase.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element first = (Element) failures.item(0);
        assertThat(first.getAttribute("type")).isEqualTo("missing-block");
        assertThat(first.getAttribute("message")).contains("\"50% <b>bold</b> & more\"");
        assertThat(first.getTextContent()).endsWith("source: docs/über.md:7");
        // U+0001 cannot appear in XML 1.0 at all: it is replaced, the rest of the message kept.
        assertThat(((Element) failures.item(1)).getAttribute("message")).endsWith("line two: done\uFFFD");
        Element zhCase = (Element) ((Element) suites.item(2)).getElementsByTagName("testcase").item(0);
        assertThat(zhCase.getAttribute("name")).isEqualTo("i18n/zh/über.md");
        assertThat(zhCase.getElementsByTagName("failure").getLength()).isZero();
    }
}
