package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.Baseline;
import dev.lockstep.check.CheckResult;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The CI gate's options of {@code check} and {@code merge}: extra reports, a baseline, the job summary. */
final class CiOptions {
    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report in FORMAT (text, json, sarif, github, junit, html) to FILE; repeatable")
    List<String> reports = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings not in this baseline (see `lockstep baseline`)")
    Path baseline;

    @Option(names = "--step-summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "With the github format, append a Markdown summary here (default: $GITHUB_STEP_SUMMARY)")
    Path stepSummary;

    /** Parsed {@code --report} values, in order; fails before any work on a bad one. */
    Map<Path, OutputFormat> reportTargets() {
        Map<Path, OutputFormat> targets = new LinkedHashMap<>();
        for (String r : reports) {
            int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1) {
                throw new UserError("--report", "'" + r + "' must be FORMAT=FILE, e.g. sarif=lockstep.sarif");
            }
            targets.put(Path.of(r.substring(eq + 1)), OutputFormat.parse("--report", r.substring(0, eq)));
        }
        return targets;
    }

    private Baseline loadedBaseline;

    /** Reads the baseline before the check, so that a missing or broken one fails before any work. */
    void validate() {
        if (baseline != null) loadedBaseline = Baseline.read(baseline);
    }

    /**
     * Applies the baseline, if any: the result to report and gate on, with a note of what the baseline
     * hid and what it lists that is fixed now.
     */
    CheckResult gate(CheckResult result, PrintWriter notes) {
        if (baseline == null) return result;
        Baseline.Comparison c = (loadedBaseline != null ? loadedBaseline : Baseline.read(baseline)).compare(result);
        notes.println("Baseline " + baseline + ": " + c.known() + (c.known() == 1 ? " finding" : " findings")
                + " already known, " + c.fixed().size() + (c.fixed().size() == 1 ? " entry" : " entries")
                + " fixed now" + (c.fixed().isEmpty() ? "." : " (run `lockstep baseline` to drop them):"));
        for (Baseline.Entry e : c.fixed()) {
            notes.println(TerminalText.safe("  fixed: " + e.file() + ": " + e.rule() + " " + e.fingerprint()));
        }
        return c.result();
    }

    /** Writes every {@code --report}, then the GitHub job summary when a github report was asked for. */
    void write(CheckResult result, Reports.Context context, OutputFormat consoleFormat) {
        Map<Path, OutputFormat> targets = reportTargets();
        targets.forEach((file, format) -> Outputs.writeStreamed(file, Reports.streamed(format, result, context)));
        boolean github = consoleFormat == OutputFormat.GITHUB || targets.containsValue(OutputFormat.GITHUB);
        if (github && stepSummary != null && !stepSummary.toString().isEmpty()) {
            Outputs.append(stepSummary, GithubReporter.summary(result));
        }
    }
}
