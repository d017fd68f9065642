package dev.lockstep.net;

import dev.lockstep.check.PageListener;
import dev.lockstep.check.RunReviewer;
import dev.lockstep.rules.Finding;
import dev.lockstep.trust.CacheTrust;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * {@code check --online}: verifies a finished check's links (see {@link OnlineVerifier}). Only this
 * step touches OkHttp, so a run without {@code --online} never loads it (pre-commit start-up time).
 * One instance per run: it collects the pages' links while they are checked.
 */
public final class OnlineCheck implements RunReviewer {
    private final boolean all;
    private final boolean offline;
    private final Path cacheDir;
    private final Duration cacheTtl;
    private final ProbeSettings settings;
    private final CacheTrust trust;
    private final UrlChecker.Progress progress;
    private final LinkInventory inventory = new LinkInventory();

    /**
     * @param all      also check every external link of the translations ({@code --online=all})
     * @param offline  answer from the cache only; never touch the network
     * @param cacheDir where {@link LinkCache} keeps its file
     * @param cacheTtl how long a cached answer is trusted when online
     * @param trust    seals the link cache ({@link CacheTrust#NONE}: no cache)
     */
    public OnlineCheck(boolean all, boolean offline, Path cacheDir, Duration cacheTtl, ProbeSettings settings,
                       CacheTrust trust, UrlChecker.Progress progress) {
        this.all = all;
        this.offline = offline;
        this.cacheDir = cacheDir;
        this.cacheTtl = cacheTtl;
        this.settings = settings;
        this.trust = trust;
        this.progress = progress;
    }

    @Override
    public PageListener listener() {
        return inventory;
    }

    @Override
    public Reviewed review(List<Finding> findings) {
        Function<UrlChecker, Reviewed> verify = network -> {
            LinkCache cache = new LinkCache(cacheDir, cacheTtl, Clock.systemUTC(), network, trust);
            return new OnlineVerifier(cache).review(findings, all ? inventory : null, progress);
        };
        // Offline runs never load OkHttp: LinkProber is only resolved on the online path.
        return offline ? verify.apply(null) : LinkProber.using(settings, verify);
    }
}
