package dev.lockstep.shard;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.report.SiteFacts;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Puts the results of the N shards of one run back together into the result one whole run would have
 * had. Each file's findings all come from one shard (a source page takes its translations with it), so
 * their fingerprints are already the whole run's; only the order is restored here.
 */
public final class ShardMerge {
    private static final Comparator<Pair> DISCOVERY_ORDER = Discovery::bySourceThenLanguage;

    /**
     * The merged run.
     *
     * @param pages        every shard's pages, or null when one kept none
     * @param withoutPages the first file whose shard kept no pages, or null
     */
    public record Merged(CheckResult result, SiteFacts site, PageCollector pages, Path withoutPages) {
    }

    private ShardMerge() {
    }

    /**
     * Merges every shard of one run, each given once; refuses (as a {@link UserError} naming the file)
     * shards of another version, configuration, commit or split, a shard given twice and a missing one.
     *
     * @param version the merging Lockstep's version: reports are rendered by it
     */
    public static Merged merge(List<ShardFile.Read> shards, String version) {
        if (shards.isEmpty()) throw new UserError("merge", "no shard result given");
        ShardFile.Read first = shards.get(0);
        ShardFile.Header h = first.header();
        TreeMap<Integer, ShardFile.Read> byIndex = new TreeMap<>();
        for (ShardFile.Read s : shards) {
            ShardFile.Header other = s.header();
            String file = s.file().toString();
            if (!Objects.equals(other.version(), version)) {
                throw new UserError(file, "made by lockstep " + other.version() + "; this is lockstep " + version
                        + " (merge with the version that checked)");
            }
            if (other.shard().count() != h.shard().count()) {
                throw new UserError(file, "shard " + other.shard() + " of another split than " + first.file()
                        + " (shard " + h.shard() + ")");
            }
            if (!Objects.equals(other.config(), h.config())) {
                throw new UserError(file, "checked with another configuration or other options than "
                        + first.file());
            }
            if (!Objects.equals(other.site(), h.site())) {
                throw new UserError(file, "checked another commit or checkout (" + describe(other.site())
                        + ") than " + first.file() + " (" + describe(h.site()) + ")");
            }
            ShardFile.Read twice = byIndex.putIfAbsent(other.shard().index(), s);
            if (twice != null) {
                throw new UserError(file, "shard " + other.shard() + " again (also " + twice.file() + ")");
            }
        }
        for (int k = 1; k <= h.shard().count(); k++) {
            if (!byIndex.containsKey(k)) {
                throw new UserError("shard " + k + "/" + h.shard().count(), "missing (merge needs all "
                        + h.shard().count() + " shards; given " + byIndex.values().stream()
                        .map(s -> s.header().shard() + " " + s.file()).collect(Collectors.joining(", ")) + ")");
            }
        }

        List<Pair> pairs = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        List<DiscoveryResult.Missing> missing = new ArrayList<>();
        List<DiscoveryResult.Orphan> orphans = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int sourcePages = 0;
        PageCollector pages = new PageCollector();
        Path withoutPages = null;
        for (ShardFile.Read s : byIndex.values()) {
            CheckResult r = s.result();
            pairs.addAll(r.discovery().pairs());
            results.addAll(r.pairs());
            missing.addAll(r.discovery().missing());
            orphans.addAll(r.discovery().orphans());
            sourcePages += r.discovery().sourcePages();
            findings.addAll(r.findings());
            if (s.pages() == null) {
                if (withoutPages == null) withoutPages = s.file();
            } else {
                pages.add(s.pages());
            }
        }
        if (pairs.isEmpty()) {
            throw new UserError(first.file().toString(), "checked nothing: none of the " + h.shard().count()
                    + " shards holds a pair");
        }
        // Stable sorts: ties are findings of one file, so of one shard, already in the run's order.
        pairs.sort(DISCOVERY_ORDER);
        results.sort(Comparator.comparing(PairResult::pair, DISCOVERY_ORDER));
        findings.sort(Finding.ORDER);
        DiscoveryResult discovery = new DiscoveryResult(List.copyOf(pairs), first.result().discovery().languages(),
                List.copyOf(missing), List.copyOf(orphans), sourcePages);
        return new Merged(new CheckResult(discovery, List.copyOf(results), List.copyOf(findings)), h.site(),
                withoutPages == null ? pages : null, withoutPages);
    }

    private static String describe(SiteFacts site) {
        return site.commit() == null ? "no commit" : "commit " + site.commit();
    }
}
