package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;

/** One finding per line, {@code path:line:col: severity rule: message}, then a summary line. */
public final class TextReporter {
    private TextReporter() {
    }

    public static String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) out.append(line(f)).append('\n');
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** The stable one-line form used by fixtures' expected.txt files too. */
    public static String line(Finding f) {
        String message = f.message().replace("\r", " ").replace("\n", " ");
        // A file name may hold a line break too (a hostile PR can add one); the line stays one line.
        String file = f.file().replace("\r", " ").replace("\n", " ");
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

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
