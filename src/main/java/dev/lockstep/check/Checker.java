package dev.lockstep.check;

import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.config.Config;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.ParseProblem;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.content.SentenceAnalysis;
import dev.lockstep.rules.content.UntranslatedSentence;
import dev.lockstep.rules.files.InvalidFrontMatter;
import dev.lockstep.rules.files.MissingTranslation;
import dev.lockstep.rules.files.OrphanedTranslation;
import dev.lockstep.rules.files.SkippedFile;
import dev.lockstep.rules.files.UnreadableFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the pipeline over discovered pairs: read → parse (each source once per run) → align → rules.
 * Pages are checked in parallel, grouped by source page; results come out in a deterministic order
 * whatever the thread count.
 */
public final class Checker {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private final Path root;
    private final Config config;
    private final List<Rule> rules;
    private final int threads;
    private final MarkdownParser parser = new MarkdownParser();
    private final Aligner aligner = new Aligner();
    private final SentenceAnalysis sentences;

    public Checker(Path root, Config config, List<Rule> rules, int threads) {
        this.root = root;
        this.config = config;
        this.rules = rules.stream().filter(r -> !config.disabled().contains(r.spec().id())).toList();
        this.threads = Math.max(1, threads);
        // Coverage and untranslated-sentence share one analysis per page, so they always agree.
        this.sentences = this.rules.stream().filter(UntranslatedSentence.class::isInstance)
                .map(r -> ((UntranslatedSentence) r).analysis()).findFirst()
                .orElseGet(() -> new SentenceAnalysis(config.glossary()));
    }

    public CheckResult run(DiscoveryResult discovery, PageListener listener) {
        Map<String, List<Pair>> bySource = new LinkedHashMap<>();
        for (Pair p : discovery.pairs()) bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);

        List<Finding> findings = new ArrayList<>(fileFindings(discovery));
        List<PairResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, bySource.size())), r -> {
            Thread t = new Thread(r, "lockstep-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Group>> futures = new ArrayList<>();
            for (List<Pair> group : bySource.values()) futures.add(pool.submit(() -> checkGroup(group, listener)));
            for (Future<Group> f : futures) {
                Group g = join(f);
                findings.addAll(g.findings);
                results.addAll(g.results);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Finding> configured = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (config.disabled().contains(f.rule())) continue;
            Severity override = config.severities().get(f.rule());
            configured.add(override == null ? f : f.withSeverity(override));
        }
        configured.sort(ORDER);
        return new CheckResult(discovery, List.copyOf(results), List.copyOf(Fingerprints.assign(configured)));
    }

    private static Group join(Future<Group> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private record Group(List<Finding> findings, List<PairResult> results) {
    }

    private record Loaded(Document document, Finding problem, String status) {
    }

    private Group checkGroup(List<Pair> group, PageListener listener) {
        List<Finding> findings = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        Pair first = group.get(0);
        Loaded source = load(first.source(), null);
        if (source.document() == null) {
            findings.add(source.problem());
            for (Pair p : group) results.add(new PairResult(p, "source-" + source.status(), 0, 0, 0, 0, 0, null));
            return new Group(findings, results);
        }
        SentenceAnalysis.SourceIndex sourceSentences = SentenceAnalysis.index(source.document());
        for (Pair pair : group) {
            Loaded translation = load(pair.translation(), pair.language());
            if (translation.document() == null) {
                findings.add(translation.problem());
                results.add(new PairResult(pair, translation.status(), source.document().blocks().size(), 0, 0, 0, 0,
                        null));
                continue;
            }
            Document t = translation.document();
            List<BlockPair> aligned = aligner.align(source.document(), t);
            AlignedPage page = new AlignedPage(source.document(), t, pair.language(), aligned);
            List<Finding> pageFindings = new ArrayList<>();
            for (ParseProblem problem : t.problems()) {
                pageFindings.add(fileFinding(InvalidFrontMatter.SPEC, pair.translation(), pair.language(),
                        problem.position(), problem.message(), pair.source()));
            }
            SentenceAnalysis.Result analysis = sentences.analyze(sourceSentences, pair.language(), aligned);
            for (Rule rule : rules) {
                pageFindings.addAll(rule instanceof UntranslatedSentence u ? u.check(page, analysis) : rule.check(page));
            }
            int matched = 0, missing = 0, extra = 0;
            for (BlockPair bp : aligned) {
                switch (bp.status()) {
                    case MATCHED -> matched++;
                    case MISSING -> missing++;
                    case EXTRA -> extra++;
                }
            }
            results.add(new PairResult(pair, "checked", source.document().blocks().size(), t.blocks().size(), matched,
                    missing, extra, new Coverage(analysis.sentences().size(), analysis.untranslated())));
            findings.addAll(pageFindings);
            listener.pageChecked(page, pageFindings);
        }
        return new Group(findings, results);
    }

    private Loaded load(String relative, String language) {
        PageReader.Outcome outcome = PageReader.read(root.resolve(relative), config.limits().maxFileBytes());
        if (outcome.text() == null) {
            RuleSpec spec = outcome.skipped() ? SkippedFile.SPEC : UnreadableFile.SPEC;
            return new Loaded(null, fileFinding(spec, relative, language, Position.NONE, outcome.problem(), null),
                    outcome.skipped() ? "skipped" : "unreadable");
        }
        return new Loaded(parser.parse(relative, outcome.text()), null, "checked");
    }

    private static List<Finding> fileFindings(DiscoveryResult discovery) {
        List<Finding> out = new ArrayList<>();
        for (DiscoveryResult.Missing m : discovery.missing()) {
            out.add(fileFinding(MissingTranslation.SPEC, m.expected(), m.language(), Position.NONE,
                    "no " + m.language() + " translation of " + m.source() + " (expected at " + m.expected() + ")",
                    m.source()));
        }
        for (DiscoveryResult.Orphan o : discovery.orphans()) {
            out.add(fileFinding(OrphanedTranslation.SPEC, o.translation(), o.language(), Position.NONE,
                    "translated page has no source page: it was probably renamed or deleted in the source",
                    null));
        }
        return out;
    }

    private static Finding fileFinding(RuleSpec spec, String file, String language, Position at, String message,
                                       String source) {
        return new Finding(spec.id(), spec.defaultSeverity(), file, at.line(), at.column(), language, message, source,
                0, Map.of(), message, null);
    }
}
