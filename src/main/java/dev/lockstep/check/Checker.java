package dev.lockstep.check;

import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.config.Config;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.VerbatimSource;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.GroupRule;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.content.ParagraphPairs;
import dev.lockstep.rules.content.SentenceAnalysis;
import dev.lockstep.text.ForeignNames;
import dev.lockstep.text.ProseSentences;
import dev.lockstep.trust.FileGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The page stages of a run over discovered pairs: read and limits → parse (each source once per run) →
 * align → per-page analysis → page rules → page reviewer → suppressions → cache, then the group rules over
 * each source page's translations together (from the pairs' records, cached or fresh). Pages are checked in
 * parallel, grouped by source page; pair results come out in discovery order whatever the thread
 * count. Only the engine ({@code Lockstep}) runs it; the findings it returns are
 * raw: the engine's policy step configures, orders and fingerprints them.
 */
public final class Checker {
    /** The page stages' output: findings not yet configured, ordered or fingerprinted. */
    public record Checked(List<Finding> findings, List<PairResult> pairs) {
    }

    private final Path root;
    private final Config config;
    private final List<Rule> rules;
    /** Each rule's stage name in the timings ({@code rule:ID}), made once instead of per page. */
    private final List<String> ruleStages;
    private final List<FileRule> fileRules;
    private final List<GroupRule> groupRules;
    /** The group rules' ids, which a pair's paragraph records note the inline suppressions of. */
    private final List<String> groupRuleIds;
    private final int threads;
    private final Timings timings;
    private final ResultCache cache;
    private final PageReviewer reviewer;
    private final MarkdownParser parser;
    private final Aligner aligner = new Aligner();
    private final Set<String> knownRules = RuleRegistry.ids();
    private final SentenceAnalysis sentences;

    /**
     * @param fileRules all of them, whatever the config switches off: a file that cannot be read is
     *                  reported by one, and the policy step drops the findings of rules that are off
     * @param groupRules all of them too; only those the config leaves on are run, and a pair records what they
     *                   need (cached with the pair) only when one is on: the config is part of the cache's run key
     */
    public Checker(Path root, Config config, List<Rule> rules, List<FileRule> fileRules, List<GroupRule> groupRules,
                   int threads, PageReviewer reviewer, Timings timings, ResultCache cache) {
        this.reviewer = reviewer;
        this.timings = timings;
        this.cache = cache;
        this.root = root;
        this.config = config;
        this.parser = new MarkdownParser(config.renderer());
        // Loops, not streams: every lambda is spun when a run starts, and this runs once per run.
        List<Rule> enabled = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (Rule r : rules) {
            if (config.disabled().contains(r.spec().id())) continue;
            enabled.add(r);
            stages.add("rule:" + r.spec().id());
        }
        this.rules = List.copyOf(enabled);
        this.ruleStages = List.copyOf(stages);
        this.fileRules = List.copyOf(fileRules);
        List<String> groupIds = new ArrayList<>();
        List<GroupRule> groupEnabled = new ArrayList<>();
        for (GroupRule r : groupRules) {
            groupIds.add(r.spec().id());
            if (!config.disabled().contains(r.spec().id())) groupEnabled.add(r);
        }
        this.groupRuleIds = List.copyOf(groupIds);
        this.groupRules = List.copyOf(groupEnabled);
        this.threads = Math.max(1, threads);
        // Coverage and untranslated-sentence share one analysis per page (on the AlignedPage), so they agree.
        this.sentences = new SentenceAnalysis(config.glossary());
    }

    public Checked run(DiscoveryResult discovery, PageListener listener, Progress progress) {
        List<Finding> findings = new ArrayList<>();
        List<PairResult> results = run(discovery, listener, progress, findings::add);
        // Findings on a source file come once from each of its translations; keep one.
        return new Checked(new ArrayList<>(new java.util.LinkedHashSet<>(findings)), results);
    }

    /**
     * Hands each finding to {@code out} as its page is done, in an order that does not depend on the
     * threads, so that findings need not be held (a finding on a source page comes once per translation).
     */
    public List<PairResult> run(DiscoveryResult discovery, PageListener listener, Progress progress,
                                Consumer<Finding> out) {
        Map<String, List<Pair>> bySource = new LinkedHashMap<>();
        for (Pair p : discovery.pairs()) bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);

        fileFindings(discovery).forEach(out);
        List<PairResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, bySource.size())), r -> {
            // A roomy stack: legitimately nested pages recurse in the parser and the block walk.
            Thread t = new Thread(null, r, "lockstep-check", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Group>> futures = new ArrayList<>();
            // One gate for the run: the folders on the way to its pages are found to be no links once.
            FileGate.Root gate = new FileGate.Root(root);
            for (List<Pair> group : bySource.values()) futures.add(pool.submit(() -> checkGroup(group, listener, gate)));
            int total = discovery.pairs().size();
            int done = 0;
            Iterator<List<Pair>> groups = bySource.values().iterator();
            for (int i = 0; i < futures.size(); i++) {
                Group g = join(futures.get(i));
                futures.set(i, null); // a done group's findings are not kept past this
                g.findings.forEach(out);
                results.addAll(g.results);
                done += groups.next().size();
                progress.pairsChecked(done, total);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(results);
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

    /** A parsed page, or why there is none ({@code problem}: its findings, {@code status} not CHECKED). */
    private record Loaded(Document document, List<Finding> problem, PairStatus status, Suppressions suppressions,
                          VerbatimSource verbatim) {
        Loaded(Document document, List<Finding> problem, PairStatus status, Suppressions suppressions) {
            this(document, problem, status, suppressions, null);
        }
    }

    private Group checkGroup(List<Pair> group, PageListener listener, FileGate.Root gate) {
        List<Finding> findings = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        // Pages shown by a listener need their documents, which the cache does not keep; their digests
        // are still taken, so that the next run can tell nothing changed.
        boolean useCache = listener == PageListener.NONE;
        Pair first = group.get(0);
        PageFile sourceFile = new PageFile(first.source(), null, gate);
        String sourceHash = cache.enabled() ? sourceFile.digest() : null;
        if (sourceHash == null && sourceFile.read().bytes() == null) {
            Read unread = sourceFile.read();
            findings.addAll(unread.problem());
            for (Pair p : group) results.add(new PairResult(p, unread.status().ofSource(), 0, 0, 0, 0, 0, null));
            return new Group(findings, results);
        }
        Loaded source = null;
        SentenceAnalysis.SourceIndex sourceSentences = null;
        Aligner.Source sourceBlocks = null;
        SourceFacts sourceFacts = null;
        PageFacts sourceRuleFacts = null;
        for (Pair pair : group) {
            PageFile translationFile = new PageFile(pair.translation(), pair.language(), gate);
            String translationHash = cache.enabled() ? translationFile.digest() : null;
            if (translationHash == null && translationFile.read().bytes() == null) {
                findings.addAll(translationFile.read().problem());
                results.add(new PairResult(pair, translationFile.read().status(), 0, 0, 0, 0, 0, null));
                continue;
            }
            String key = sourceHash == null || translationHash == null ? null
                    : ResultCache.pairKey(pair, sourceHash, translationHash);
            ResultCache.Entry hit = key == null || !useCache ? null : cache.get(key);
            if (hit != null) {
                findings.addAll(hit.findings());
                results.add(hit.result());
                continue;
            }
            Read translationBytes = translationFile.read();
            if (translationBytes.bytes() == null) {
                // Changed since its stamp was taken and unreadable now.
                findings.addAll(translationBytes.problem());
                results.add(new PairResult(pair, translationBytes.status(), 0, 0, 0, 0, 0, null));
                continue;
            }
            if (source == null) {
                Read sourceBytes = sourceFile.read();
                if (sourceBytes.bytes() == null) {
                    findings.addAll(sourceBytes.problem());
                    for (Pair p : group) results.add(new PairResult(p, sourceBytes.status().ofSource(), 0, 0, 0, 0, 0, null));
                    return new Group(findings, results);
                }
                source = decodeAndParse(first.source(), null, sourceBytes.bytes().bytes(), null);
                if (source.document() == null) {
                    findings.addAll(source.problem());
                    for (Pair p : group) results.add(new PairResult(p, source.status().ofSource(), 0, 0, 0, 0, 0, null));
                    return new Group(findings, results);
                }
                sourceSentences = SentenceAnalysis.index(source.document());
                long a0 = timings.start();
                sourceBlocks = aligner.prepare(source.document());
                timings.stop("align", a0);
                // Only the group rules read them: a run with none on does not read the page's names.
                sourceFacts = groupRules.isEmpty() ? null : new SourceFacts(source.document());
                // What the page rules derive from the source alone, made once for all of its translations.
                sourceRuleFacts = new PageFacts(source.document());
            }
            Loaded translation = decodeAndParse(pair.translation(), pair.language(), translationBytes.bytes().bytes(),
                    source.verbatim());
            if (translation.document() == null) {
                findings.addAll(translation.problem());
                results.add(new PairResult(pair, translation.status(), source.document().blocks().size(), 0, 0, 0, 0,
                        null));
                continue;
            }
            List<Finding> pageFindings = new ArrayList<>();
            PairResult result = checkPage(pair, source.document(), sourceBlocks, sourceSentences, sourceFacts,
                    sourceRuleFacts, translation, pageFindings, listener);
            if (key != null) cache.put(key, pageFindings, result);
            results.add(result);
            findings.addAll(pageFindings);
        }
        findings.addAll(groupFindings(first.source(), results));
        // The records served their purpose (the cache holds its own): a run's results do not keep them.
        for (int i = 0; i < results.size(); i++) results.set(i, results.get(i).withoutParagraphs());
        return new Group(findings, results);
    }

    /**
     * The group rules' findings on one source page, from its pairs' paragraph records; a finding at a
     * paragraph an inline suppression of its translated page silences is dropped, as page findings are.
     */
    private List<Finding> groupFindings(String source, List<PairResult> results) {
        if (groupRules.isEmpty()) return List.of();
        List<GroupRule.Translation> translations = new ArrayList<>();
        Map<String, Map<Integer, GroupRule.Paragraph>> byLine = new java.util.HashMap<>();
        for (PairResult r : results) {
            if (r.paragraphs().isEmpty()) continue;
            translations.add(new GroupRule.Translation(r.pair().translation(), r.pair().language(), r.paragraphs()));
            Map<Integer, GroupRule.Paragraph> lines = byLine.computeIfAbsent(r.pair().translation(),
                    k -> new java.util.HashMap<>());
            for (GroupRule.Paragraph p : r.paragraphs()) lines.put(p.translationLine(), p);
        }
        List<Finding> out = new ArrayList<>();
        for (GroupRule rule : groupRules) {
            long r0 = timings.start();
            for (Finding f : rule.check(source, translations)) {
                GroupRule.Paragraph at = byLine.getOrDefault(f.file(), Map.of()).get(f.line());
                if (at == null || !at.silenced().contains(f.rule())) out.add(f);
            }
            timings.stop("rule:" + rule.spec().id(), r0);
        }
        return out;
    }

    /**
     * One page file of a group, read at most once and only when needed: with the cache on, a file whose
     * stamp has not changed is known by its remembered digest and not read at all.
     */
    private final class PageFile {
        private final String relative;
        private final String language;
        private final FileGate.Root gate;
        private Read read;

        PageFile(String relative, String language, FileGate.Root gate) {
            this.relative = relative;
            this.language = language;
            this.gate = gate;
        }

        Read read() {
            if (read == null) read = readBytes(gate, relative, language);
            return read;
        }

        /** The content's SHA-256, or null when the file cannot be read (then {@link #read()} says why). */
        String digest() {
            String remembered = cache.stamps().unchangedDigest(relative);
            if (remembered != null) return remembered;
            FileStamp before = FileStamp.of(root, relative);
            if (read().bytes() == null) return null;
            String digest = read().bytes().sha256();
            cache.stamps().remember(relative, before, digest);
            return digest;
        }
    }

    private PairResult checkPage(Pair pair, Document source, Aligner.Source sourceBlocks,
                                 SentenceAnalysis.SourceIndex sourceSentences, SourceFacts sourceFacts,
                                 PageFacts sourceRuleFacts, Loaded translation, List<Finding> pageFindings, PageListener listener) {
        Document t = translation.document();
        long t0 = timings.start();
        List<BlockPair> aligned = aligner.align(sourceBlocks, t);
        timings.stop("align", t0);
        long s0 = timings.start();
        // One sentence analysis per pair serves both the untranslated-sentence rule and coverage.
        SentenceAnalysis.Result analysis = sentences.analyze(sourceSentences, pair.language(), aligned);
        timings.stop("sentences", s0);
        AlignedPage page = new AlignedPage(source, t, pair.language(), aligned, analysis, sourceRuleFacts);
        long rulesStart = timings.start();
        for (int i = 0; i < rules.size(); i++) {
            long r0 = timings.start();
            pageFindings.addAll(rules.get(i).check(page));
            timings.stop(ruleStages.get(i), r0);
        }
        timings.stop("rules", rulesStart);
        long h0 = timings.start();
        List<Finding> reviewed = reviewer.review(page, pageFindings);
        timings.stop("history", h0);
        List<Finding> kept = translation.suppressions().apply(reviewed);
        for (FileFact unknown : translation.suppressions().unknown(pair.translation(), pair.language(), pair.source())) {
            kept.addAll(facts(unknown));
        }
        pageFindings.clear();
        pageFindings.addAll(kept);
        int matched = 0, missing = 0, extra = 0;
        for (BlockPair bp : aligned) {
            switch (bp.status()) {
                case MATCHED -> matched++;
                case MISSING -> missing++;
                case EXTRA -> extra++;
            }
        }
        listener.pageChecked(page, pageFindings);
        return new PairResult(pair, PairStatus.CHECKED, source.blocks().size(), t.blocks().size(), matched, missing, extra,
                new Coverage(analysis.sentences().size() + analysis.absent(), analysis.untranslated() + analysis.absent()),
                paragraphs(sourceFacts, page, translation.suppressions(), analysis));
    }

    /**
     * The pair's one-to-one paragraph pairs and their sentence counts, for the group rules; sentences are counted
     * on the split the sentence analysis made of the same texts.
     */
    private List<GroupRule.Paragraph> paragraphs(SourceFacts source, AlignedPage page, Suppressions suppressions,
                                                 SentenceAnalysis.Result analysis) {
        // The config is part of the cache's run key, so records no rule of this run reads need not be made.
        if (groupRules.isEmpty()) return List.of();
        long t0 = timings.start();
        List<GroupRule.Paragraph> out = new ArrayList<>();
        Function<String, List<int[]>> spans = analysis::spans; // one method reference for the three uses below
        for (BlockPair bp : page.pairs()) {
            if (!bp.comparable() || bp.relation() != BlockPair.Relation.ALIGNED
                    || bp.source().kind() != BlockKind.PARAGRAPH || bp.translation().kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            int line = bp.translation().line();
            List<String> silenced = silenced(suppressions, line);
            int sourceSentences = source.sentences(bp.source(), spans);
            if (sameTexts(bp.source(), bp.translation())) {
                // Kept as the source wrote it (Crowdin writes untranslated strings so): the facts are the
                // source paragraph's, taken once for all of its translations.
                SourceFacts.Prose facts = source.prose(bp.source(), spans);
                out.add(new GroupRule.Paragraph(bp.source().line(), sourceSentences, line,
                        bp.translation().start().column(), facts.sentences(), silenced, facts.names(), facts.otherScript()));
                continue;
            }
            ForeignNames.Written written = source.names().read(bp.translation().texts());
            // Counted in the measure missing-sentence took of the same paragraph, when it did.
            int sentences = ParagraphPairs.measured(page.translationFacts(), bp.translation(), spans).count();
            out.add(new GroupRule.Paragraph(bp.source().line(), sourceSentences, line,
                    bp.translation().start().column(), sentences, silenced, written.names(), written.otherScript()));
        }
        timings.stop("group facts", t0);
        return out;
    }

    /** The group rules silenced at a translated line (a plain loop: most lines of most pages silence none). */
    private List<String> silenced(Suppressions suppressions, int line) {
        List<String> out = List.of();
        for (String id : groupRuleIds) {
            if (!suppressions.silences(line, id)) continue;
            if (out.isEmpty()) out = new ArrayList<>();
            out.add(id);
        }
        return out;
    }

    /** Whether two blocks hold the same texts (the facts of a paragraph's prose are a function of them). */
    private static boolean sameTexts(dev.lockstep.parse.Block a, dev.lockstep.parse.Block b) {
        List<dev.lockstep.parse.Prose> x = a.texts();
        List<dev.lockstep.parse.Prose> y = b.texts();
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).text().equals(y.get(i).text())) return false;
        }
        return true;
    }

    /**
     * What the group rules need of a source page, made once for all of its translations: the names it writes,
     * each paragraph's sentence count (counted when a translation first pairs it) and, for the translations
     * that keep a paragraph as it is, that paragraph's own names and script.
     */
    private static final class SourceFacts {
        /**
         * A source paragraph's sentence count, names (of the page's {@link ForeignNames}) and whether it is mostly
         * another script: what a translation that keeps its texts has.
         */
        record Prose(dev.lockstep.parse.Block block, int sentences, List<String> names, boolean otherScript) {
        }

        private final ForeignNames names;
        private final int[] sentences;
        private final Prose[] prose;

        SourceFacts(Document source) {
            this.names = new ForeignNames(pageProse(source));
            this.sentences = new int[source.blocks().size()];
            java.util.Arrays.fill(sentences, -1);
            this.prose = new Prose[source.blocks().size()];
        }

        /** @param spans {@link dev.lockstep.text.Sentences#spans} of a prose text, as the sentence analysis split it */
        Prose prose(dev.lockstep.parse.Block block, Function<String, List<int[]>> spans) {
            int i = block.index();
            if (i < 0 || i >= prose.length) return proseOf(block, spans);
            // A block the aligner merged keeps its first part's index: the entry is the block's only when its texts are.
            if (prose[i] == null || prose[i].block() != block && !sameTexts(prose[i].block(), block)) {
                prose[i] = proseOf(block, spans);
            }
            return prose[i];
        }

        private Prose proseOf(dev.lockstep.parse.Block block, Function<String, List<int[]>> spans) {
            ForeignNames.Written written = names.read(block.texts());
            return new Prose(block, sentences(block, spans), written.names(), written.otherScript());
        }

        ForeignNames names() {
            return names;
        }

        int sentences(dev.lockstep.parse.Block block, Function<String, List<int[]>> spans) {
            int i = block.index();
            if (i < 0 || i >= sentences.length) return ProseSentences.count(block.texts(), spans);
            if (sentences[i] < 0) sentences[i] = ProseSentences.count(block.texts(), spans);
            return sentences[i];
        }
    }

    /** The page's blocks' {@link dev.lockstep.parse.Block#proseText}s one after another, appended text by text. */
    private static String pageProse(Document page) {
        StringBuilder out = new StringBuilder();
        for (dev.lockstep.parse.Block b : page.blocks()) {
            for (dev.lockstep.parse.Prose p : b.texts()) out.append(p.text()).append('\n');
        }
        return out.toString();
    }

    /** A page's bytes, or why there are none ({@code problem}: its findings, {@code status} not CHECKED). */
    private record Read(PageReader.Bytes bytes, List<Finding> problem, PairStatus status) {
    }

    private Read readBytes(FileGate.Root gate, String relative, String language) {
        long t0 = timings.start();
        PageReader.Bytes bytes = PageReader.bytes(gate, relative, config.limits().maxFileBytes());
        timings.stop("read", t0);
        if (bytes.bytes() != null) return new Read(bytes, null, PairStatus.CHECKED);
        if (bytes.skipped()) {
            return new Read(null, facts(new FileFact.Skipped(relative, language, bytes.problem())), PairStatus.SKIPPED);
        }
        return new Read(null, facts(new FileFact.Unreadable(relative, language, bytes.problem())),
                PairStatus.UNREADABLE);
    }

    /**
     * A page read and parsed: a source page ({@code sourceVerbatim} null) keeps what its translations may take
     * where they copy it (paragraphs, front matter), and a translated page takes it.
     */
    private Loaded decodeAndParse(String relative, String language, byte[] bytes, VerbatimSource sourceVerbatim) {
        PageReader.Outcome outcome = PageReader.decode(bytes);
        if (outcome.text() == null) {
            return new Loaded(null, facts(new FileFact.Unreadable(relative, language, outcome.problem(), outcome.at())),
                    PairStatus.UNREADABLE, Suppressions.NONE);
        }
        String refused = ShapeLimits.check(outcome.text(), config.limits());
        if (refused != null) {
            return new Loaded(null, facts(new FileFact.Skipped(relative, language, refused)), PairStatus.SKIPPED,
                    Suppressions.NONE);
        }
        long t1 = timings.start();
        Document document;
        VerbatimSource verbatim = null;
        try {
            if (sourceVerbatim == null) {
                MarkdownParser.SourcePage page = parser.parseSource(relative, outcome.text());
                document = page.document();
                verbatim = page.verbatim();
            } else {
                document = parser.parse(relative, outcome.text(), sourceVerbatim);
            }
        } catch (StackOverflowError e) {
            // Defence in depth behind ShapeLimits: some constructs (long emphasis or bracket runs) make
            // the parser recurse per character.
            return new Loaded(null, facts(new FileFact.Skipped(relative, language,
                    "skipped: too deeply nested for the Markdown parser")), PairStatus.SKIPPED, Suppressions.NONE);
        }
        timings.stop("parse", t1);
        Suppressions suppressions = language == null ? Suppressions.NONE : Suppressions.scan(outcome.text(), knownRules);
        return new Loaded(document, null, PairStatus.CHECKED, suppressions, verbatim);
    }

    private List<Finding> fileFindings(DiscoveryResult discovery) {
        List<Finding> out = new ArrayList<>();
        for (DiscoveryResult.Missing m : discovery.missing()) {
            out.addAll(facts(new FileFact.Missing(m.source(), m.language(), m.expected())));
        }
        for (DiscoveryResult.Orphan o : discovery.orphans()) {
            out.addAll(facts(new FileFact.Orphan(o.translation(), o.language())));
        }
        return out;
    }

    /** What the file rules report about one fact. */
    private List<Finding> facts(FileFact fact) {
        List<Finding> out = new ArrayList<>(1);
        for (FileRule rule : fileRules) out.addAll(rule.check(fact));
        return out;
    }
}
