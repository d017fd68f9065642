package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    /**
     * Findings past which each language's test cases are written to a temporary file while the findings
     * are read, rather than held as text: a run's findings are read twice and never all held.
     */
    static final int FRAGMENTS_IN_MEMORY_UP_TO = 20_000;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private JunitReporter() {
    }

    public static String render(CheckResult result) {
        StringWriter text = new StringWriter();
        try {
            write(result, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes the report as it is made: one pass over the findings counts the test cases and failures the
     * root and suite elements carry; a second writes each file's test case into its language's fragment
     * (findings come file by file, suites are per language), and the fragments are then copied out.
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        write(result, out, FRAGMENTS_IN_MEMORY_UP_TO);
    }

    static void write(CheckResult result, Writer out, int fragmentsInMemoryUpTo) throws IOException {
        Map<String, Map<String, Integer>> suites = tally(result);
        Map<String, Fragment> fragments = new TreeMap<>();
        boolean onDisk = result.findings().size() > fragmentsInMemoryUpTo;
        try {
            for (var suite : suites.entrySet()) {
                fragments.put(suite.getKey(), new Fragment(suiteName(suite.getKey()), suite.getValue().entrySet().iterator(), onDisk));
            }
            writeCases(result, fragments);
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "lockstep");
            xml.writeAttribute("tests", String.valueOf(suites.values().stream().mapToInt(Map::size).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.values().stream().mapToLong(JunitReporter::failing).sum()));
            for (var suite : suites.entrySet()) {
                Map<String, Integer> files = suite.getValue();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                // The language is a folder name, which may hold characters XML cannot carry.
                String language = suite.getKey();
                xml.writeAttribute("name", suiteName(language));
                xml.writeAttribute("tests", String.valueOf(files.size()));
                xml.writeAttribute("failures", String.valueOf(failing(files)));
                xml.writeAttribute("errors", "0");
                xml.writeCharacters("");
                xml.flush();
                fragments.get(language).copyTo(out);
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        } finally {
            IOException first = null;
            for (Fragment f : fragments.values()) {
                try {
                    f.delete();
                } catch (IOException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }
    }

    /** Language → file → its number of findings; every checked pair is a file, so clean files pass. */
    private static Map<String, Map<String, Integer>> tally(CheckResult result) {
        Map<String, Map<String, Integer>> suites = new TreeMap<>();
        for (PairResult p : result.pairs()) {
            suites.computeIfAbsent(p.pair().language(), k -> new TreeMap<>()).putIfAbsent(p.pair().translation(), 0);
        }
        for (Finding f : result.findings()) {
            suites.computeIfAbsent(language(f), k -> new TreeMap<>()).merge(f.file(), 1, Integer::sum);
        }
        return suites;
    }

    /**
     * Findings come in report order, so a file's are together: each file's test cases (one per language its
     * findings name, usually one) are written when its last finding is read.
     */
    private static void writeCases(CheckResult result, Map<String, Fragment> fragments)
            throws IOException, XMLStreamException {
        Map<String, List<Finding>> file = new LinkedHashMap<>();
        String name = null;
        for (Finding f : result.findings()) {
            if (!f.file().equals(name)) {
                writeFile(file, fragments);
                name = f.file();
            }
            file.computeIfAbsent(language(f), k -> new ArrayList<>()).add(f);
        }
        writeFile(file, fragments);
        for (Fragment fragment : fragments.values()) fragment.finish();
    }

    private static void writeFile(Map<String, List<Finding>> byLanguage, Map<String, Fragment> fragments)
            throws XMLStreamException {
        for (var language : byLanguage.entrySet()) fragments.get(language.getKey()).failing(language.getValue());
        byLanguage.clear();
    }

    private static String language(Finding f) {
        return f.language() == null ? "" : f.language();
    }

    private static String suiteName(String language) {
        return clean(language.isEmpty() ? "lockstep" : "lockstep." + language);
    }

    /**
     * One suite's test cases, in file order: the clean files between two failing ones are written when the
     * later one is. Held as text, or in a temporary file when the run is large.
     */
    private static final class Fragment {
        private final Iterator<Map.Entry<String, Integer>> files;
        private final Path file;
        private final Writer text;
        private final XMLStreamWriter xml;
        private final String classname;

        Fragment(String classname, Iterator<Map.Entry<String, Integer>> files, boolean onDisk) throws IOException {
            this.classname = classname;
            this.files = files;
            this.file = onDisk ? Files.createTempFile("lockstep-junit", ".xml") : null;
            try {
                this.text = onDisk ? Files.newBufferedWriter(file, StandardCharsets.UTF_8) : new StringWriter();
            } catch (IOException | RuntimeException e) {
                if (file != null) Files.deleteIfExists(file);
                throw e;
            }
            try {
                this.xml = XML.createXMLStreamWriter(text);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write JUnit XML", e);
            }
        }

        /** The test case of one file with findings, after the clean files before it. */
        void failing(List<Finding> findings) throws XMLStreamException {
            String name = findings.get(0).file();
            while (true) {
                // Every file with findings was counted into its suite, in this order.
                if (!files.hasNext()) throw new IllegalStateException("findings of " + name + " out of file order");
                Map.Entry<String, Integer> next = files.next();
                if (next.getKey().equals(name)) break;
                testCase(next.getKey(), List.of());
            }
            testCase(name, findings);
        }

        void finish() throws XMLStreamException, IOException {
            while (files.hasNext()) testCase(files.next().getKey(), List.of());
            xml.writeCharacters(""); // closes the last empty element's tag
            xml.flush();
            text.close();
        }

        private void testCase(String name, List<Finding> findings) throws XMLStreamException {
            xml.writeCharacters("\n    ");
            boolean empty = findings.isEmpty();
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("classname", classname);
            xml.writeAttribute("name", clean(name));
            xml.writeAttribute("file", clean(name));
            if (!empty) {
                failure(xml, findings);
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
        }

        void copyTo(Writer out) throws IOException {
            if (file == null) {
                out.write(text.toString());
            } else {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
            }
        }

        void delete() throws IOException {
            try {
                text.close();
            } finally {
                if (file != null) Files.deleteIfExists(file);
            }
        }
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

    private static long failing(Map<String, Integer> files) {
        return files.values().stream().filter(n -> n > 0).count();
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
