package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules, or explain one.",
        subcommands = RulesCommand.Explain.class)
final class RulesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = RuleRegistry.specs().stream().mapToInt(s -> s.id().length()).max().orElse(10);
        for (RuleSpec s : RuleRegistry.specs()) {
            out.printf("%-" + width + "s  %-7s  %-3s  %s%n", s.id(), s.defaultSeverity().id(), s.fixable() ? "fix" : "",
                    s.summary());
        }
        out.flush();
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's documentation.")
    static final class Explain implements Runnable {
        @Parameters(paramLabel = "RULE")
        String id;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            RuleSpec s = RuleRegistry.find(id).orElseThrow(() ->
                    new UserError("rules explain", "unknown rule '" + id + "' (see `lockstep rules`)"));
            PrintWriter out = spec.commandLine().getOut();
            out.println(RuleDocs.page(s));
            out.flush();
        }
    }
}
