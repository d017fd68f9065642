package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finding per line, {@code path:line:col: severity rule: message}, then a summary line and a table
 * of translation coverage per language.
 */
public final class TextReporter {
    private TextReporter() {
    }

    public static String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) out.append(line(f)).append('\n');
        out.append(summary(result)).append('\n');
        out.append(coverage(result));
        return out.toString();
    }

    /** The stable one-line form used by fixtures' expected.txt files too. */
    public static String line(Finding f) {
        // Messages quote pages and file names come from a PR: no line break, escape or bidi override
        // gets through to a terminal (TerminalText).
        String message = TerminalText.safe(f.message());
        String file = TerminalText.safe(f.file());
        return file + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + " " + f.rule() + ": "
                + message;
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
            byLanguage.merge(p.pair().language(), p.coverage(), Coverage::plus);
            pages.merge(p.pair().language(), 1, Integer::sum);
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
                String.format(Locale.ROOT, "%.1f", c.percentTranslated()));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
