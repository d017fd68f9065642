package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.net.OnlineCheck;
import dev.lockstep.net.ProbeSettings;
import dev.lockstep.net.UrlChecker;
import dev.lockstep.trust.CacheTrust;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code check --online} options (docs/online.md); nothing here touches the network by itself. */
final class OnlineOptions {

    @Option(names = "--online", arity = "0..1", paramLabel = "SCOPE", parameterConsumer = ScopeConsumer.class,
            description = "Request link targets: drifted (default) verifies drifted-link findings; all also checks "
                    + "every external link of the translations. Write it as --online or --online=all.")
    String scope;

    /** Takes the next argument only when it is a scope, so {@code --online DIR} keeps DIR as the folder. */
    static final class ScopeConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                                      CommandLine.Model.CommandSpec commandSpec) {
            boolean named = !args.isEmpty() && (args.peek().equals("all") || args.peek().equals("drifted"));
            argSpec.setValue(named ? args.pop() : "drifted");
        }
    }

    @Option(names = "--offline", description = "Like --online, but answer from the link cache only (no network)")
    boolean offline;

    @Option(names = "--online-allow-private",
            description = "Let --online reach loopback, private, link-local and metadata addresses")
    boolean allowPrivate;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache folder for results and link answers (default: DIR/.lockstep-cache)")
    Path cacheDir;

    /** Where the result cache and the link cache live. */
    Path cacheFolder(Path root) {
        return cacheDir != null ? cacheDir.toAbsolutePath().normalize() : root.resolve(".lockstep-cache");
    }

    @Option(names = "--cache-ttl", paramLabel = "HOURS", description = "Trust cached link answers this long (default: 24)")
    int cacheTtlHours = 24;

    @Option(names = "--online-parallelism", paramLabel = "N", description = "Requests at once, all hosts (default: 16)")
    int parallelism = 16;

    @Option(names = "--online-per-host", paramLabel = "N", description = "Requests at once to one host (default: 2)")
    int perHost = 2;

    @Option(names = "--online-timeout", paramLabel = "SECONDS",
            description = "Connect and read timeout; a request gets three times this in all (default: 10)")
    int timeoutSeconds = 10;

    @Option(names = "--online-budget", paramLabel = "SECONDS",
            description = "All online requests of a run take at most this long; later URLs stay unverified (default: 300)")
    int budgetSeconds = 300;

    @Option(names = "--online-host-budget", paramLabel = "SECONDS",
            description = "Requests to one host take at most this long, from the first (default: 60)")
    int hostBudgetSeconds = 60;

    boolean enabled() {
        return scope != null || offline;
    }

    /** Refuses bad values before any work is done, whether or not the run goes online. */
    void validate() {
        atLeast("--online-parallelism", parallelism, 1);
        atLeast("--online-per-host", perHost, 1);
        atLeast("--online-timeout", timeoutSeconds, 1);
        atLeast("--online-budget", budgetSeconds, 1);
        atLeast("--online-host-budget", hostBudgetSeconds, 1);
        atLeast("--cache-ttl", cacheTtlHours, 0);
    }

    private static void atLeast(String option, int value, int least) {
        if (value < least) throw new UserError(option, "must be at least " + least + " (got " + value + ")");
    }

    OnlineCheck toCheck(Path root, String version, CacheTrust trust, UrlChecker.Progress progress) {
        validate();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Duration runBudget = Duration.ofSeconds(budgetSeconds);
        Duration hostBudget = Duration.ofSeconds(Math.min(hostBudgetSeconds, budgetSeconds));
        ProbeSettings defaults = ProbeSettings.defaults(version);
        // A Retry-After longer than the timeout is not waited for: a hostile host could otherwise hold
        // the run for the whole budget with one answer.
        Duration maxWait = timeout.compareTo(defaults.maxRetryWait()) < 0 ? timeout : defaults.maxRetryWait();
        ProbeSettings settings = defaults.withConcurrency(parallelism, perHost)
                .withTimeout(timeout, timeout.multipliedBy(3)).withAllowPrivate(allowPrivate)
                .withRetries(defaults.maxRetries(), defaults.retryBase(), maxWait).withBudgets(runBudget, hostBudget);
        return new OnlineCheck("all".equals(scope), offline, cacheFolder(root),
                Duration.ofHours(cacheTtlHours), settings, trust, progress);
    }

    /** The progress bar of link checks on stderr, only when a person is watching a terminal. */
    static UrlChecker.Progress progress(PrintWriter err) {
        if (!Terminal.progress()) return UrlChecker.Progress.NONE;
        ProgressBar bar = new ProgressBar(err, System::nanoTime, "checking links", "link");
        return bar::pairsChecked;
    }
}
