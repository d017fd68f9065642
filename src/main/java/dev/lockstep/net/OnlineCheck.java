package dev.lockstep.net;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.Fingerprints;
import dev.lockstep.config.Config;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.trust.CacheTrust;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code check --online}: verifies a finished check's links and returns the check with its findings
 * reclassified, sorted and fingerprinted again. Only this step touches OkHttp, so a run without
 * {@code --online} never loads it (pre-commit start-up time).
 *
 * @param all      also check every external link of the translations ({@code --online=all})
 * @param offline  answer from the cache only; never touch the network
 * @param cacheDir where {@link LinkCache} keeps its file
 * @param cacheTtl how long a cached answer is trusted when online
 * @param trust    seals the link cache ({@link CacheTrust#NONE}: no cache)
 */
public record OnlineCheck(boolean all, boolean offline, Path cacheDir, Duration cacheTtl, ProbeSettings settings,
                          CacheTrust trust) {
    /** The rules only online checks report; their severities and switches come from the config too. */
    private static final Set<String> ONLINE_RULES =
            RuleRegistry.onlineRules().stream().map(RuleSpec::id).collect(Collectors.toUnmodifiableSet());

    public CheckResult apply(CheckResult result, LinkInventory inventory, Config config,
                             UrlChecker.Progress progress) {
        Function<UrlChecker, CheckResult> verify = network -> {
            LinkCache cache = new LinkCache(cacheDir, cacheTtl, Clock.systemUTC(), network, trust);
            List<Finding> verified = new OnlineVerifier(cache).verify(result.findings(), all ? inventory : null, progress);
            return finish(result, verified, config);
        };
        // Offline runs never load OkHttp: LinkProber is only resolved on the online path.
        return offline ? verify.apply(null) : LinkProber.using(settings, verify);
    }

    static CheckResult finish(CheckResult result, List<Finding> verified, Config config) {
        List<Finding> configured = new ArrayList<>(verified.size());
        for (Finding f : verified) {
            if (!ONLINE_RULES.contains(f.rule())) {
                configured.add(f);
            } else if (!config.disabled().contains(f.rule())) {
                Severity override = config.severities().get(f.rule());
                configured.add(override == null ? f : f.withSeverity(override));
            }
        }
        configured.sort(Checker.ORDER);
        return new CheckResult(result.discovery(), result.pairs(), List.copyOf(Fingerprints.assign(configured)));
    }
}
