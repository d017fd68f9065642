package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.Timings;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Severity;
import dev.lockstep.shard.ShardFile;
import dev.lockstep.shard.ShardMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts the results of {@code check --shard K/N} back together and reports them as one whole run would,
 * under the same policy (baseline, --min-severity, --fail-on and its exit code). Reads only the shard
 * files: the merge job needs no checkout.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the results of `lockstep check --shard K/N --format json` (all N of them) into "
                + "one report, as one whole run would write it.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SHARD.json", description = "The shards' JSON results, each once")
    List<Path> shards;

    @Mixin
    CiOptions ci;

    @Mixin
    OutputOptions outputOptions = new OutputOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = outputOptions.threshold();
        OutputFormat format = outputOptions.format();
        ci.validate();
        TextReporter.Options textOptions = outputOptions.text(threshold);
        boolean html = format == OutputFormat.HTML || ci.reportTargets().containsValue(OutputFormat.HTML);
        ShardMerge.Merged merged = ShardMerge.merge(shards.stream().map(ShardFile::read).toList(), Version.get());
        if (html && merged.pages() == null) {
            throw new UserError(merged.withoutPages().toString(), "holds no pages for the HTML report "
                    + "(check the shards with --shard-pages)");
        }
        Reports.Context context = new Reports.Context(merged::site, merged.pages(), textOptions, null, false);
        return Delivery.deliver(merged.result(), format, outputOptions.output, threshold, ci, outputOptions, context, Timings.OFF,
                0, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
