package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * GitHub Actions output: one workflow command per finding ({@code ::error file=…,line=…::message}),
 * which GitHub shows as an annotation on the pull request, and a Markdown job summary.
 */
public final class GithubReporter {
    private static final int TOP_FILES = 10;

    private GithubReporter() {
    }

    public static String render(CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a command per finding as it reads them, then the summary line. */
    public static void write(CheckResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(command(f));
            out.write('\n');
        }
        out.write(TextReporter.summary(result));
        out.write('\n');
    }

    static String command(Finding f) {
        StringBuilder sb = new StringBuilder("::").append(switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        });
        sb.append(" file=").append(property(f.file()));
        sb.append(",line=").append(f.line()).append(",col=").append(f.column());
        sb.append(",title=").append(property("lockstep " + f.rule()));
        return sb.append("::").append(data(f.text())).toString();
    }

    /** A command's message: GitHub reads {@code %}, CR and LF as escapes or line ends. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,} would end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** The job summary ({@code $GITHUB_STEP_SUMMARY}): counts by rule and language, then the top files. */
    public static String summary(CheckResult result) {
        StringBuilder md = new StringBuilder("## Lockstep\n\n").append(TextReporter.summary(result)).append("\n\n");
        if (result.findings().isEmpty()) return md.toString();
        TreeSet<String> languages = new TreeSet<>();
        Map<String, Map<String, Integer>> byRule = new TreeMap<>();
        Map<String, Integer> byFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            String language = f.language() == null ? "-" : f.language();
            languages.add(language);
            byRule.computeIfAbsent(f.rule(), k -> new TreeMap<>()).merge(language, 1, Integer::sum);
            byFile.merge(f.file(), 1, Integer::sum);
        }
        md.append("| Rule |");
        for (String l : languages) md.append(' ').append(cell(l)).append(" |");
        md.append(" Total |\n|---|");
        md.append("---:|".repeat(languages.size() + 1)).append('\n');
        for (var rule : byRule.entrySet()) {
            md.append("| `").append(rule.getKey()).append("` |");
            int total = 0;
            for (String l : languages) {
                int n = rule.getValue().getOrDefault(l, 0);
                total += n;
                md.append(n == 0 ? " |" : " " + n + " |");
            }
            md.append(' ').append(total).append(" |\n");
        }
        List<Map.Entry<String, Integer>> files = new ArrayList<>(byFile.entrySet());
        files.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        md.append("\n### Top files\n\n| File | Findings |\n|---|---:|\n");
        for (var file : files.subList(0, Math.min(TOP_FILES, files.size()))) {
            md.append("| ").append(cell(file.getKey())).append(" | ").append(file.getValue()).append(" |\n");
        }
        if (files.size() > TOP_FILES) md.append("\n…and ").append(files.size() - TOP_FILES).append(" more files.\n");
        return md.toString();
    }

    /** Table cells: a pipe would end the cell, a newline the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
