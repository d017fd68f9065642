package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Timings;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * What {@code check} and {@code merge} do with a result, in one place so that a merged run is gated
 * and reported exactly as one whole run: the baseline, {@code --min-severity}, the console report and
 * every {@code --report}, the notes, the exit code from {@code --fail-on}.
 */
final class Delivery {
    private Delivery() {
    }

    /**
     * @param threshold  {@code --fail-on}, null for never
     * @param output     {@code --output}, or null for stdout
     * @param timings    the run's timings ({@link Timings#OFF} for none), stopped here at "report" and "total"
     * @param started    when the run started, for "total"
     * @param out        the console's stdout
     * @param err        the console's stderr
     * @return the exit code
     */
    static int deliver(CheckResult checked, OutputFormat format, Path output, Severity threshold, CiOptions ci,
                       OutputOptions outputOptions, Reports.Context context, Timings timings, long started,
                       PrintWriter out, PrintWriter err) {
        StringWriter notes = new StringWriter();
        CheckResult result = outputOptions.filter(ci.gate(checked, new PrintWriter(notes)));

        long t1 = timings.start();
        boolean addTimings = timings.enabled() && format == OutputFormat.JSON;
        // JSON, SARIF and HTML are written as they are made (a large run's findings do not fit in memory
        // as a report); text is small (summarized past a thousand findings).
        String report = addTimings || format == OutputFormat.TEXT ? Reports.render(format, result, context) : null;
        ci.write(result, context, format);
        if (report == null) {
            if (output != null) {
                Outputs.writeStreamed(output, Reports.streamed(format, result, context));
            } else {
                try {
                    Reports.streamed(format, result, context).writeTo(out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        timings.stop("report", t1);
        timings.stop("total", started);
        if (timings.enabled()) {
            if (addTimings) report = JsonReporter.withTimings(report, timings.millis());
            err.print(timings.render());
            String jvm = TunedJvm.timingsLine();
            if (jvm != null) err.println(jvm);
        }
        boolean consoleIsText = output != null || format.forPeople();
        if (output != null) {
            if (report != null) Outputs.write(output, report);
            if (format != OutputFormat.TEXT && !outputOptions.quiet) out.println(TextReporter.summary(result));
        } else if (report != null) {
            out.print(format == OutputFormat.TEXT && Terminal.colour() ? Terminal.paint(report) : report);
        }
        // Notes never go into a machine-readable stdout.
        if (!outputOptions.quiet) (consoleIsText ? out : err).print(notes);
        out.flush();
        err.flush();
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
