package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.FilteredFindings;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * What {@code check} and {@code merge} print: in which format, where, how findings are listed, how much
 * besides them, from which severity, and which findings fail the run.
 */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, sarif, github, junit or html")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn = "error";

    @Option(names = "--summary", paramLabel = "WHEN", defaultValue = "auto",
            description = "Text output: list findings one line per page and rule (findings that fail the check "
                    + "stay one per line): auto (default: past " + TextReporter.AUTO_SUMMARY_THRESHOLD
                    + " findings), always, never")
    String summary = "auto";

    @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary line, coverage tables or notes")
    boolean quiet;

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Leave findings below LEVEL (error, warning, info) out of every report and the exit code")
    String minSeverity;

    /** These options for {@link QuickArgs}, which {@link #set} then fills in. */
    static QuickArgs quick(QuickArgs args) {
        return args.option("--format").option("-o", "--output").option("--fail-on").option("--summary")
                .flag("-q", "--quiet").option("--min-severity");
    }

    /** Sets one of the options {@link #quick} names (values are checked later, as picocli's are); false for others. */
    boolean set(String name, String value) {
        switch (name) {
            case "--format" -> format = value;
            case "--output" -> output = Path.of(value);
            case "--fail-on" -> failOn = value;
            case "--summary" -> summary = value;
            case "--quiet" -> quiet = true;
            case "--min-severity" -> minSeverity = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    OutputFormat format() {
        return OutputFormat.parse("--format", format);
    }

    /** {@code --fail-on}; null for never. */
    Severity threshold() {
        return failOn.equals("never") ? null : parseLevel(failOn);
    }

    static Severity parseLevel(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fail-on", "unknown level '" + value + "' (expected error, warning, info or never)");
        }
    }

    /** The text report's options; checks every option here, so that a bad value fails before any work. */
    TextReporter.Options text(Severity failOn) {
        minimum();
        TextReporter.Listing listing = switch (summary.toLowerCase(Locale.ROOT)) {
            case "auto" -> TextReporter.Listing.AUTO;
            case "always" -> TextReporter.Listing.SUMMARY;
            case "never" -> TextReporter.Listing.FULL;
            default -> throw new UserError("--summary", "unknown value '" + summary
                    + "' (expected auto, always or never)");
        };
        return new TextReporter.Options(listing, failOn, quiet);
    }

    /** The result without the findings below {@code --min-severity}. */
    CheckResult filter(CheckResult result) {
        Severity min = minimum();
        if (min == null) return result;
        List<Finding> kept = FilteredFindings.of(result.findings(), f -> f.severity().atLeast(min));
        return new CheckResult(result.discovery(), result.pairs(), kept);
    }

    private Severity minimum() {
        if (minSeverity == null) return null;
        try {
            return Severity.parse(minSeverity);
        } catch (IllegalArgumentException e) {
            throw new UserError("--min-severity", "unknown level '" + minSeverity
                    + "' (expected error, warning or info)");
        }
    }
}
