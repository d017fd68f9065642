package dev.lockstep.engine;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.check.PageReviewer;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.Progress;
import dev.lockstep.check.ResultCache;
import dev.lockstep.check.RunReviewer;
import dev.lockstep.check.SortedFindings;
import dev.lockstep.check.Timings;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.discover.Shard;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one way to check a docs repository. A run goes, in this order: discover → read and limits →
 * parse → align → per-page analysis → page rules → page reviewer (history) → suppressions → cache →
 * run reviewer (online) → one policy step (switched-off rules, severities, order, fingerprints). The
 * caller renders the {@link CheckResult} with a reporter.
 *
 * <pre>{@code
 * CheckResult result = Lockstep.builder(root).config(config).threads(4).build().run();
 * }</pre>
 *
 * The CLI, the tests, the benchmarks and the HTML report all go through here, so they run the same
 * pipeline. Bad input (a history folder that is not a repository) throws {@link UserError}.
 */
public final class Lockstep {
    private final Builder b;

    private Lockstep(Builder b) {
        this.b = b;
    }

    /** @param root the docs repository (absolute, normalized) */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    public CheckResult run() {
        Config config = b.config != null ? b.config : ConfigLoader.load(b.root, null, ConfigLoader.Overrides.NONE);
        Timings timings = b.timings;
        long t0 = timings.start();
        Discovery discovery = new Discovery(b.root);
        DiscoveryResult found = b.only == null ? discovery.discover(config, b.shard) : discovery.discover(config, b.only);
        timings.stop("discover", t0);

        Predicate<String> enabled = id -> !config.disabled().contains(id) && b.rules.test(id);
        RuleOptions options = new RuleOptions(config.glossary(), config.ruleOptions());
        List<Rule> rules = RuleRegistry.pageRules(options).stream()
                .filter(r -> enabled.test(r.spec().id())).toList();
        Policy policy = new Policy(config, enabled);
        List<Finding> findings;
        List<PairResult> pairs;
        try (HistoryReviewer history = b.history == null ? null : b.history.open(b.root, found)) {
            PageReviewer pageReviewer = history != null ? history : b.pageReviewer;
            ResultCache cache = b.cacheFolder == null ? ResultCache.DISABLED
                    : ResultCache.open(b.cacheFolder, runKey(config, rules, history == null ? "no history"
                    : "history of " + b.history.describe(b.root)), b.trust);
            PageListener listener = PageListener.all(b.listener,
                    b.runReviewer == null ? null : b.runReviewer.listener());
            Checker checker = new Checker(b.root, config, rules, RuleRegistry.fileRules(options), b.threads,
                    pageReviewer, timings, cache);
            if (b.runReviewer == null) {
                // Findings go to disk in sorted runs as pages are done: memory does not grow with them.
                SortedFindings sorted = new SortedFindings(b.memoryBound);
                pairs = checker.run(found, listener, b.progress, f -> {
                    Finding configured = policy.configure(f, false);
                    if (configured != null) sorted.add(configured);
                });
                cache.save();
                return new CheckResult(found, pairs, sorted.finish());
            }
            Checker.Checked checked = checker.run(found, listener, b.progress);
            cache.save();
            findings = checked.findings();
            pairs = checked.pairs();
        }
        // A run reviewer (online checks) sees the whole run's findings at once.
        long t1 = timings.start();
        RunReviewer.Reviewed reviewed = b.runReviewer.review(findings);
        timings.stop("online", t1);
        return new CheckResult(found, pairs, policy.apply(reviewed.findings(), reviewed.verdicts()));
    }

    /** What makes cached results reusable: this exact build of Lockstep, this config, these rules. */
    private String runKey(Config config, List<Rule> rules, String history) {
        StringBuilder key = new StringBuilder(b.build).append('\n').append(config).append('\n')
                .append(history).append('\n');
        for (Rule r : rules) key.append(r.spec().id()).append(',');
        return key.toString();
    }

    /**
     * Where the source's git history comes from.
     *
     * @param sourceRepo the {@code --source-repo} folder, or null for the checked folder's own repository
     *                   (read only when the checked folder is the top of a git work tree: a folder deeper
     *                   inside a repository may share it with something else entirely, like a tool's tests)
     * @param shownAs    how to name the checked folder in errors (as the user wrote it)
     * @param limit      revisions read per source page, newest first
     */
    public record History(Path sourceRepo, String shownAs, int limit) {
        HistoryReviewer open(Path root, DiscoveryResult discovery) {
            if (sourceRepo == null && !Files.exists(root.resolve(".git"))) return null;
            if (sourceRepo != null && !Files.isDirectory(sourceRepo)) {
                throw new UserError(sourceRepo.toString(), "not a folder");
            }
            List<String> sources = discovery.pairs().stream().map(Pair::source).distinct().toList();
            try {
                Optional<HistoryReviewer> reviewer = HistoryReviewer.open(root, base(root), sources, limit);
                if (reviewer.isEmpty() && sourceRepo != null) {
                    throw new UserError(sourceRepo.toString(), "not a git repository (or git is not installed)");
                }
                return reviewer.orElse(null);
            } catch (IOException e) {
                throw new UserError(sourceRepo == null ? shownAs : sourceRepo.toString(),
                        "cannot read the git history: " + e.getMessage());
            }
        }

        private Path base(Path root) {
            return sourceRepo == null ? root : sourceRepo.toAbsolutePath().normalize();
        }

        String describe(Path root) {
            return base(root) + ", " + limit + " revisions";
        }
    }

    /** Settings of one run; everything but the root has a default. */
    public static final class Builder {
        private final Path root;
        private Config config;
        private List<String> only;
        private Shard shard = Shard.WHOLE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Predicate<String> rules = id -> true;
        private History history;
        private PageReviewer pageReviewer = PageReviewer.NONE;
        private Path cacheFolder;
        private String build = "";
        private CacheTrust trust = CacheTrust.NONE;
        private PageListener listener;
        private RunReviewer runReviewer;
        private Timings timings = Timings.OFF;
        private int memoryBound = SortedFindings.DEFAULT_BOUND;
        private Progress progress = Progress.NONE;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root);
        }

        /** Default: {@code .lockstep.yml} (else {@code crowdin.yml}) in the root. */
        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /** Check only these files (paths relative to the root): a changed source brings all its translations. */
        public Builder only(List<String> files) {
            this.only = files == null ? null : List.copyOf(files);
            return this;
        }

        /** Check only the source pages {@code shard} holds; default: {@link Shard#WHOLE}. Not with {@link #only}. */
        public Builder shard(Shard shard) {
            this.shard = Objects.requireNonNull(shard);
            return this;
        }

        /** Worker threads; default: the number of cores. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Only the rules {@code ids} accepts are on (on top of the config's {@code off}); default: all. */
        public Builder rules(Predicate<String> ids) {
            this.rules = Objects.requireNonNull(ids);
            return this;
        }

        /** Read the source's git history (stale-translation, the change behind each finding). */
        public Builder history(History history) {
            this.history = history;
            return this;
        }

        /** A page reviewer the caller owns (and closes); the {@link #history} one wins when both are set. */
        public Builder pageReviewer(PageReviewer reviewer) {
            this.pageReviewer = Objects.requireNonNull(reviewer);
            return this;
        }

        /**
         * Keep each pair's findings in {@code folder} by the content of its files; off by default.
         *
         * @param build this build of Lockstep: another build never trusts the cache
         * @param trust seals the cache file ({@link CacheTrust#NONE}: nothing is cached)
         */
        public Builder cache(Path folder, String build, CacheTrust trust) {
            this.cacheFolder = folder;
            this.build = build;
            this.trust = Objects.requireNonNull(trust);
            return this;
        }

        /** Sees each checked page with its findings (the HTML report keeps the pages); turns cache hits off. */
        public Builder listener(PageListener listener) {
            this.listener = listener;
            return this;
        }

        /** A step over the whole run's findings before the policy step (online link checks). */
        public Builder runReviewer(RunReviewer reviewer) {
            this.runReviewer = reviewer;
            return this;
        }

        public Builder timings(Timings timings) {
            this.timings = Objects.requireNonNull(timings);
            return this;
        }

        /** Findings held in memory before sorted runs of them go to a temporary file (tests make it small). */
        public Builder memoryBound(int findings) {
            this.memoryBound = findings;
            return this;
        }

        /** Told after each source page with its translations is checked; cache hits count too. */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public Lockstep build() {
            if (only != null && !shard.equals(Shard.WHOLE)) {
                throw new IllegalStateException("a run is either narrowed to some files or a shard, not both");
            }
            return new Lockstep(this);
        }
    }
}
