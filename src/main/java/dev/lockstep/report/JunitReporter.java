package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as GitLab and Jenkins read it: a test suite per language, a test case per translated file
 * (every checked pair, plus files only file-level findings name) that fails once when the file has findings:
 * one {@code <failure>} listing them all, since JUnit readers (GitLab, Jenkins) show one failure per test
 * case and count test cases, not findings.
 */
public final class JunitReporter {
    private JunitReporter() {
    }

    public static String render(CheckResult result) {
        // language → file → findings; pairs first so clean files are passing test cases.
        Map<String, Map<String, List<Finding>>> suites = new TreeMap<>();
        for (PairResult p : result.pairs()) {
            suites.computeIfAbsent(p.pair().language(), k -> new TreeMap<>())
                    .computeIfAbsent(p.pair().translation(), k -> new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            suites.computeIfAbsent(f.language() == null ? "" : f.language(), k -> new TreeMap<>())
                    .computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "lockstep");
            xml.writeAttribute("tests", String.valueOf(suites.values().stream().mapToInt(Map::size).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.values().stream().mapToLong(JunitReporter::failing).sum()));
            for (var suite : suites.entrySet()) suite(xml, suite.getKey(), suite.getValue());
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, String language, Map<String, List<Finding>> files)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        // The language is a folder name, which may hold characters XML cannot carry.
        String name = clean(language.isEmpty() ? "lockstep" : "lockstep." + language);
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", String.valueOf(files.size()));
        xml.writeAttribute("failures", String.valueOf(failing(files)));
        xml.writeAttribute("errors", "0");
        for (var file : files.entrySet()) {
            xml.writeCharacters("\n    ");
            boolean empty = file.getValue().isEmpty();
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", clean(file.getKey()));
            xml.writeAttribute("file", clean(file.getKey()));
            if (!empty) failure(xml, file.getValue());
            if (!empty) {
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** One failure for a file: the first finding as its message, every finding in its text. */
    private static void failure(XMLStreamWriter xml, List<Finding> findings) throws XMLStreamException {
        Finding first = findings.get(0);
        int n = findings.size();
        xml.writeCharacters("\n      ");
        xml.writeStartElement("failure");
        xml.writeAttribute("type", findings.stream().map(Finding::rule).distinct().count() == 1 ? first.rule()
                : "lockstep");
        xml.writeAttribute("message", clean((n == 1 ? "" : n + " findings, the first: ") + first.severity().id() + " "
                + first.rule() + ": " + first.text()));
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            if (!text.isEmpty()) text.append('\n');
            text.append(TextReporter.line(f));
            if (f.sourceFile() != null) {
                text.append("\n  source: ").append(f.sourceFile()).append(f.sourceLine() > 0 ? ":" + f.sourceLine() : "");
            }
        }
        xml.writeCharacters(clean(text.toString()));
        xml.writeEndElement();
    }

    private static long failing(Map<String, List<Finding>> files) {
        return files.values().stream().filter(list -> !list.isEmpty()).count();
    }

    /**
     * XML 1.0 cannot carry most control characters even escaped; the writer escapes markup but would
     * pass them through, so they are replaced.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            sb.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return sb.toString();
    }
}
