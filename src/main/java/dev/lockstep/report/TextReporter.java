package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finding per line, {@code path:line:col: severity rule: message}, then a summary line, a table of
 * translation coverage per language and, when pages are missing, a table of pages translated per
 * language and section. A run with more findings than a person reads in a CI log is summarized per
 * page and rule instead (see {@link Options}).
 */
public final class TextReporter {
    /** Findings past which {@link Listing#AUTO} summarizes: more than anyone reads in a CI log. */
    public static final int AUTO_SUMMARY_THRESHOLD = 1000;

    /** How findings are listed. */
    public enum Listing {
        /** Every finding, one per line, up to {@link #AUTO_SUMMARY_THRESHOLD}; past it, {@link #SUMMARY}. */
        AUTO,
        /** Findings that fail the check one per line; the others one line per page and rule. */
        SUMMARY,
        /** Every finding, one per line. */
        FULL
    }

    /**
     * @param listing  how findings are listed
     * @param failOn   findings at or above this are always listed one per line (null: none)
     * @param quiet    findings only: no summary line, no coverage tables
     */
    public record Options(Listing listing, Severity failOn, boolean quiet) {
        public static final Options DEFAULT = new Options(Listing.AUTO, Severity.ERROR, false);
    }

    private TextReporter() {
    }

    public static String render(CheckResult result) {
        return render(result, Options.DEFAULT);
    }

    public static String render(CheckResult result, Options options) {
        StringWriter out = new StringWriter();
        try {
            write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the report as it reads the findings: a large run's listing is never held whole. */
    public static void write(CheckResult result, Options options, Writer out) throws IOException {
        List<Finding> findings = result.findings();
        boolean summarize = options.listing() == Listing.SUMMARY
                || options.listing() == Listing.AUTO && findings.size() > AUTO_SUMMARY_THRESHOLD;
        if (summarize) {
            summarized(findings, options.failOn(), out);
        } else {
            for (Finding f : findings) out.append(line(f)).append('\n');
        }
        if (options.quiet()) return;
        if (summarize) {
            out.append("(").append(String.valueOf(findings.size())).append(" findings: ")
                    .append(options.failOn() == null ? "" : "those at or above " + options.failOn().id()
                            + " are listed one per line, ")
                    .append("the others one line per page and rule; every finding: --summary=never or --format json)\n");
        }
        out.append(summary(result)).append('\n');
        out.append(coverage(result));
        out.append(PageCoverage.render(result));
    }

    /**
     * Findings at or above {@code failOn} one per line; the others grouped per page and rule, one line
     * each in the same {@code path:line:col: severity rule:} form, at the group's first finding.
     */
    private static void summarized(List<Finding> findings, Severity failOn, Writer out) throws IOException {
        // Findings come sorted by file, so a page's groups are complete when the next page starts: only one
        // page's findings are held at a time.
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        String file = null;
        for (Finding f : findings) {
            if (!f.file().equals(file)) {
                flush(groups, out);
                file = f.file();
            }
            String key = failOn != null && f.severity().atLeast(failOn) ? "\u0000" + groups.size()
                    : f.rule() + '\u0000' + f.severity();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        flush(groups, out);
    }

    private static void flush(Map<String, List<Finding>> groups, Writer out) throws IOException {
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            if (group.size() == 1) {
                out.append(line(first)).append('\n');
            } else {
                out.append(group(first, group)).append('\n');
            }
        }
        groups.clear();
    }

    /** Characters of the first finding's message a group's line quotes: enough to tell what the findings are. */
    private static final int GROUP_EXCERPT = 90;

    /**
     * A page's findings of one rule and severity on one line, at the first of them: how many, which lines, and
     * the first one's message cut short, so the line says what the findings are and where to look.
     */
    static String group(Finding first, List<Finding> group) {
        int last = group.get(group.size() - 1).line();
        String lines = last == first.line() ? "line " + last : "lines " + first.line() + "-" + last;
        String text = TerminalText.safe(first.text());
        if (text.length() > GROUP_EXCERPT) {
            int end = GROUP_EXCERPT - 1;
            // Never half of a surrogate pair (an emoji, a rare CJK character): that would print as '?'.
            if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
            text = text.substring(0, end) + "…";
        }
        return prefix(first) + group.size() + " findings of this rule in this page (" + lines + "), the first: " + text;
    }

    /** The stable one-line form used by fixtures' expected.txt files too. */
    public static String line(Finding f) {
        // Messages quote pages: no line break, escape or bidi override gets through to a terminal.
        return prefix(f) + TerminalText.safe(f.text());
    }

    private static String prefix(Finding f) {
        // File names come from a PR too (TerminalText): the line stays one line and inert.
        String file = TerminalText.safe(f.file());
        return file + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + " " + f.rule() + ": ";
    }

    public static String summary(CheckResult result) {
        int languages = result.discovery().languages().size();
        int pairs = result.pairs().size();
        return "Checked " + pairs + (pairs == 1 ? " pair" : " pairs") + " (" + result.discovery().sourcePages()
                + " source " + (result.discovery().sourcePages() == 1 ? "page" : "pages") + ", " + languages
                + (languages == 1 ? " language" : " languages") + "): "
                + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + result.count(Severity.INFO) + " info.";
    }

    /** Sentences translated per language, over the checked pairs; empty when none was checked. */
    public static String coverage(CheckResult result) {
        Map<String, Coverage> byLanguage = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        for (PairResult p : result.pairs()) {
            if (p.coverage() == null) continue;
            String language = p.pair().language();
            Coverage before = byLanguage.get(language);
            byLanguage.put(language, before == null ? p.coverage() : before.plus(p.coverage()));
            pages.put(language, pages.getOrDefault(language, 0) + 1);
        }
        if (byLanguage.isEmpty()) return "";
        String format = "%-10s %6s %10s %11s %13s %13s%n";
        StringBuilder out = new StringBuilder("\nTranslation coverage:\n");
        out.append(String.format(Locale.ROOT, format, "language", "pages", "sentences", "translated", "untranslated",
                "% translated"));
        Coverage total = Coverage.EMPTY;
        int totalPages = 0;
        for (var e : byLanguage.entrySet()) {
            out.append(row(format, e.getKey(), pages.get(e.getKey()), e.getValue()));
            total = total.plus(e.getValue());
            totalPages += pages.get(e.getKey());
        }
        if (byLanguage.size() > 1) out.append(row(format, "all", totalPages, total));
        return out.toString();
    }

    private static String row(String format, String language, int pages, Coverage c) {
        return String.format(Locale.ROOT, format, language, pages, c.sentences(), c.translated(), c.untranslated(),
                Percent.format(c));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
