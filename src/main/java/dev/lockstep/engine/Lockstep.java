package dev.lockstep.engine;

import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Checker;
import dev.lockstep.check.PageListener;
import dev.lockstep.check.PageReviewer;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.Progress;
import dev.lockstep.check.FileStamps;
import dev.lockstep.check.ResultCache;
import dev.lockstep.check.RunReviewer;
import dev.lockstep.check.SortedFindings;
import dev.lockstep.check.Timings;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Git;
import dev.lockstep.discover.Pair;
import dev.lockstep.discover.Shard;
import dev.lockstep.history.HistoryReviewer;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /**
     * What a run reads, known before anything is checked: the config, the discovered pairs and the page
     * digests the cache's stamps vouch for. Computed once per engine, by {@link #inputs()} or by the run.
     * Not the rules: a re-run whose output is replayed never runs them, and making them loads every rule's
     * classes and compiles their patterns.
     */
    private record Prepared(Config config, DiscoveryResult found, Predicate<String> enabled,
                            String runKey, FileStamps stamps, Inputs inputs) {
    }

    /**
     * What the findings of this run depend on. {@code digest} is one SHA-256 over the run key (build,
     * config, rules, history), the pages asked for and found, and every page's content digest; it is null
     * when some page's content is not known without reading it (no cache, or a page changed since the
     * cached run). Equal digests mean equal findings, so a caller may reuse what it made of an earlier run.
     */
    public record Inputs(DiscoveryResult discovery, String digest) {
    }

    private Prepared prepared;

    /** Discovers the pages and tells whether they are the ones of the cached run (see {@link Inputs}). */
    public Inputs inputs() {
        return prepare().inputs();
    }

    private Prepared prepare() {
        if (prepared != null) return prepared;
        Config config = b.config != null ? b.config : ConfigLoader.load(b.root, null, ConfigLoader.Overrides.NONE);
        Timings timings = b.timings;
        long t0 = timings.start();
        Discovery discovery = new Discovery(b.root);
        DiscoveryResult found = b.only == null ? discovery.discover(config, b.shard) : discovery.discover(config, b.only);
        timings.stop("discover", t0);
        Predicate<String> enabled = id -> !config.disabled().contains(id) && b.rules.test(id);
        long s0 = timings.start();
        // Only a cached run needs the run key (with the history's commit, a git process).
        String runKey = b.cacheFolder == null ? null : runKey(config, enabled);
        timings.stop("run key", s0);
        long s1 = timings.start();
        FileStamps stamps = b.cacheFolder == null ? FileStamps.NONE : FileStamps.open(b.cacheFolder, b.root, b.trust);
        timings.stop("stamps read", s1);
        long s2 = timings.start();
        String digest = runKey == null ? null : digest(found, stamps, runKey);
        timings.stop("stamps", s2);
        prepared = new Prepared(config, found, enabled, runKey, stamps, new Inputs(found, digest));
        return prepared;
    }

    /** See {@link Inputs#digest()}; null when some page is unknown to the stamps. */
    private String digest(DiscoveryResult found, FileStamps stamps, String runKey) {
        if (b.runReviewer != null) return null;
        MessageDigest sha = sha256();
        update(sha, runKey);
        update(sha, String.valueOf(b.only));
        update(sha, CanonicalText.of(b.shard));
        update(sha, CanonicalText.of(found.missing()));
        update(sha, CanonicalText.of(found.orphans()));
        Set<String> seen = new HashSet<>();
        for (Pair p : found.pairs()) {
            update(sha, p.source() + '\u0000' + p.translation() + '\u0000' + p.language());
            for (String file : List.of(p.source(), p.translation())) {
                if (!seen.add(file)) continue;
                String content = stamps.unchangedDigest(file);
                if (content == null) return null;
                update(sha, file + "=" + content);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static void update(MessageDigest sha, String part) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    public CheckResult run() {
        Prepared p = prepare();
        Config config = p.config();
        DiscoveryResult found = p.found();
        Timings timings = b.timings;
        RuleOptions options = new RuleOptions(config.glossary(), config.ruleOptions());
        List<Rule> rules = pageRules(options, p.enabled());
        Policy policy = new Policy(config, p.enabled());
        List<Finding> findings;
        List<PairResult> pairs;
        long h0 = timings.start();
        HistoryReviewer opened = b.history == null ? null : b.history.open(b.root, found);
        timings.stop("history open", h0);
        try (HistoryReviewer history = opened) {
            PageReviewer pageReviewer = history != null ? history : b.pageReviewer;
            long c0 = timings.start();
            ResultCache cache = b.cacheFolder == null ? ResultCache.DISABLED
                    : ResultCache.open(b.cacheFolder, p.runKey(), p.stamps(), b.trust);
            // A run of some pages keeps the other pages' entries for the next whole run.
            boolean wholeSite = b.only == null && b.shard.count() == 1;
            timings.stop("cache read", c0);
            PageListener listener = PageListener.all(b.listener,
                    b.runReviewer == null ? null : b.runReviewer.listener());
            Checker checker = new Checker(b.root, config, rules, RuleRegistry.fileRules(options), RuleRegistry.groupRules(), b.threads,
                    pageReviewer, timings, cache);
            if (b.runReviewer == null) {
                // Findings go to disk in sorted runs as pages are done: memory does not grow with them.
                SortedFindings sorted = new SortedFindings(b.memoryBound);
                pairs = checker.run(found, listener, b.progress, f -> {
                    Finding configured = policy.configure(f, false);
                    if (configured != null) sorted.add(configured);
                });
                long s0 = timings.start();
                cache.save(wholeSite);
                timings.stop("cache write", s0);
                long f0 = timings.start();
                List<Finding> all = sorted.finish();
                timings.stop("order", f0);
                return new CheckResult(found, pairs, all);
            }
            Checker.Checked checked = checker.run(found, listener, b.progress);
            cache.save(wholeSite);
            findings = checked.findings();
            pairs = checked.pairs();
        }
        // A run reviewer (online checks) sees the whole run's findings at once.
        long t1 = timings.start();
        RunReviewer.Reviewed reviewed = b.runReviewer.review(findings);
        timings.stop("online", t1);
        return new CheckResult(found, pairs, policy.apply(reviewed.findings(), reviewed.verdicts()));
    }

    private static List<Rule> pageRules(RuleOptions options, Predicate<String> enabled) {
        List<Rule> on = new ArrayList<>();
        for (Rule r : RuleRegistry.pageRules(options)) if (enabled.test(r.spec().id())) on.add(r);
        return List.copyOf(on);
    }

    /**
     * What makes cached results reusable: this exact build of Lockstep, this config, the rules that are on,
     * and the history they are reviewed against (its folder, depth and commit). The build fixes which rules
     * there are and the config which of them are off, so the rules are named one by one only when the
     * caller narrowed them ({@link Builder#rules}): a key needs no rule made.
     */
    private String runKey(Config config, Predicate<String> enabled) {
        StringBuilder key = new StringBuilder(b.build).append('\n').append(CanonicalText.of(config)).append('\n')
                .append(b.history == null ? "no history" : "history of " + b.history.describe(b.root)).append('\n');
        if (b.rules == Builder.ALL_RULES) {
            key.append("every rule the config leaves on");
        } else {
            RuleOptions options = new RuleOptions(config.glossary(), config.ruleOptions());
            for (Rule r : pageRules(options, enabled)) key.append(r.spec().id()).append(',');
        }
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

        /** The history's folder, depth and commit: a new commit can change what the history says of a page. */
        String describe(Path root) {
            Path base = base(root);
            return base + ", " + limit + " revisions, at " + (Files.exists(base.resolve(".git")) ? Git.head(base) : null);
        }
    }

    /** Settings of one run; everything but the root has a default. */
    public static final class Builder {
        private static final Predicate<String> ALL_RULES = id -> true;
        private final Path root;
        private Config config;
        private List<String> only;
        private Shard shard = Shard.WHOLE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Predicate<String> rules = ALL_RULES;
        private History history;
        private PageReviewer pageReviewer = PageReviewer.NONE;
        private Path cacheFolder;
        private String build = "";
        private CacheTrust trust = CacheTrust.NONE;
        private PageListener listener;
        private RunReviewer runReviewer;
        private Timings timings = Timings.OFF;
        private int memoryBound = SortedFindings.defaultBound();
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
            // By its count, not equals: a record's equals is linked through ObjectMethods on its first call (~10 ms).
            if (only != null && shard.count() > 1) {
                throw new IllegalStateException("a run is either narrowed to some files or a shard, not both");
            }
            return new Lockstep(this);
        }
    }
}
