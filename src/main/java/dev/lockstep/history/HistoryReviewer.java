package dev.lockstep.history;

import dev.lockstep.align.BlockPair;
import dev.lockstep.check.PageReviewer;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.HistoryRule;
import dev.lockstep.rules.Note;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.SourceHistory;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explains a check's findings with the source's git history (see docs/history.md). For each page:
 * estimates the source revision the translation follows, reports {@code stale-translation} when that
 * revision is older than the checked source, and annotates every finding tied to a block: which
 * commit between that revision and the checked source changed the block ({@code details.sourceChange}
 * {commit, date, subject}), or null when none did (a translation error). Only a change since the
 * translation (update it to the source) or a translation ahead of the source adds to the message: those
 * change what the translator does. Thread-safe; history
 * is read once per run and each source page's timeline is built once, when first needed.
 */
public final class HistoryReviewer implements PageReviewer, AutoCloseable {
    /** Default for {@code --history-limit}: revisions read per source page. */
    public static final int DEFAULT_LIMIT = 50;

    private final Path root;
    private final GitRepository repository;
    private final String prefix;
    private final Map<String, List<Revision>> revisions;
    private final MarkdownParser parser = new MarkdownParser();
    private final Map<String, Optional<SourceTimeline>> timelines = new ConcurrentHashMap<>();
    private final Map<String, Estimate> estimates = new ConcurrentHashMap<>();
    private final List<HistoryRule> rules = RuleRegistry.historyRules();

    /**
     * Where a translation stands in its source's history.
     *
     * @param sourceFile        the source page (relative to the checked folder)
     * @param estimatedRevision the revision the translation follows
     * @param sourceRevision    the checked source's revision; null when it has uncommitted changes
     * @param commitsSince      commits between the two, oldest first (after the estimate when stale,
     *                          up to it when the translation is ahead)
     * @param ahead             whether the translation follows a newer revision than the checked source
     */
    public record Estimate(String sourceFile, Revision estimatedRevision, Revision sourceRevision,
                           List<Revision> commitsSince, boolean ahead) {
        public boolean stale() {
            return !ahead && !commitsSince.isEmpty();
        }
    }

    private HistoryReviewer(Path root, GitRepository repository, String prefix, Map<String, List<Revision>> revisions) {
        this.root = root;
        this.repository = repository;
        this.prefix = prefix;
        this.revisions = revisions;
    }

    /**
     * Reads the history of {@code sourceFiles} (paths relative to {@code root}) from the repository
     * at {@code base}: {@code root} itself, or the {@code --source-repo} folder where the source pages
     * live at the same relative paths. Empty when {@code base} is in no git repository.
     */
    public static Optional<HistoryReviewer> open(Path root, Path base, Collection<String> sourceFiles, int limit)
            throws IOException {
        Optional<GitRepository> found = GitRepository.containing(base);
        if (found.isEmpty()) return Optional.empty();
        GitRepository repo = found.get();
        String rel = repo.top().relativize(base.toRealPath()).toString().replace('\\', '/');
        String prefix = rel.isEmpty() ? "" : rel + "/";
        List<String> paths = new ArrayList<>(new LinkedHashSet<>(sourceFiles)).stream().map(p -> prefix + p).toList();
        Map<String, List<Revision>> log = repo.log(paths, limit);
        return Optional.of(new HistoryReviewer(root, repo, prefix, log));
    }

    /** Where the translation stands, once its page has been reviewed. */
    public Optional<Estimate> estimate(String translationFile) {
        return Optional.ofNullable(estimates.get(translationFile));
    }

    /**
     * The source's changes since the revision the translation follows, as unified diff lines (from
     * the estimated revision to the checked source): what the translator has to update. Empty when
     * the page was not reviewed or the translation is current.
     */
    public List<String> sourceDiff(String translationFile) {
        Estimate e = estimates.get(translationFile);
        if (e == null) return List.of();
        Optional<SourceTimeline> t = timelines.getOrDefault(e.sourceFile(), Optional.empty());
        if (t.isEmpty()) return List.of();
        SourceTimeline timeline = t.get();
        for (int i = 0; i < timeline.versions().size(); i++) {
            if (timeline.versions().get(i).revision() == e.estimatedRevision()) {
                return i == timeline.given() ? List.of() : timeline.diffFrom(i, e.sourceFile());
            }
        }
        return List.of();
    }

    @Override
    public List<Finding> review(AlignedPage page, List<Finding> findings) {
        Optional<SourceTimeline> found = timelines.computeIfAbsent(page.source().path(), p -> timeline(p, page.source()));
        if (found.isEmpty()) return findings;
        SourceTimeline timeline = found.get();
        int version = timeline.estimate(page.translation());
        if (timeline.versions().get(version).revision() == null) return findings; // follows uncommitted text
        List<Revision> since = timeline.commitsBetween(version).stream()
                .map(i -> timeline.versions().get(i).revision()).toList();
        Estimate estimate = new Estimate(page.source().path(), timeline.versions().get(version).revision(),
                timeline.versions().get(timeline.given()).revision(), since, version < timeline.given());
        estimates.put(page.translation().path(), estimate);

        List<Finding> out = new ArrayList<>(findings.size() + 1);
        for (Finding f : findings) out.add(annotate(page, timeline, version, estimate, f));
        SourceHistory history = new SourceHistory(estimate.sourceFile(), commit(estimate.estimatedRevision()),
                commit(estimate.sourceRevision()), estimate.commitsSince().stream().map(HistoryReviewer::commit).toList(),
                estimate.ahead());
        for (HistoryRule rule : rules) out.addAll(rule.check(page, history));
        return out;
    }

    private Optional<SourceTimeline> timeline(String sourceFile, Document given) {
        List<Revision> history = revisions.getOrDefault(prefix + sourceFile, List.of());
        if (history.isEmpty()) return Optional.empty();
        try {
            // Through the gate, like every read of the checked folder; the page itself passed the size limit.
            String text = new String(FileGate.read(root, sourceFile, Integer.MAX_VALUE - 8), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            List<String> texts = new ArrayList<>(history.size());
            for (Revision r : history) texts.add(repository.read(r.blob()));
            return Optional.of(new SourceTimeline(sourceFile, history, texts, text, given, parser));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // unreadable history explains nothing; the check goes on without it
        }
    }

    private static Finding annotate(AlignedPage page, SourceTimeline timeline, int version, Estimate estimate,
                                    Finding f) {
        BitSet lines = sourceLines(page, f);
        if (lines == null) return f;
        int commit = timeline.lastChangeTouching(version, lines);
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        if (commit < 0) {
            // A translation error: nothing for the translator to learn from the history, so the message
            // stays as the rule wrote it; JSON and the HTML report still say so.
            details.put("sourceChange", null);
            return f.withDetails(details);
        }
        Revision r = timeline.versions().get(commit).revision();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("commit", r.commit());
        change.put("date", r.date());
        change.put("subject", r.subject());
        details.put("sourceChange", change);
        String said = "the source changed this in " + r.shortId() + " '" + r.subject() + "'";
        return f.withDetails(details).withNote(new Note(Note.Kind.SOURCE_CHANGE,
                estimate.ahead() ? "matches a newer source revision: " + said : said));
    }

    /**
     * The given-source lines a finding is about: its source block's own lines (containers without
     * their content), or for a translated block with no source counterpart, the source lines around
     * where it would be. Null for findings about no block.
     */
    private static BitSet sourceLines(AlignedPage page, Finding f) {
        Document source = page.source();
        if (f.sourceLine() > 0) {
            for (Block b : source.blocks()) {
                if (b.line() == f.sourceLine()) return ownLines(source, b);
            }
            BitSet one = new BitSet();
            one.set(f.sourceLine());
            return one;
        }
        Block before = null;
        for (int i = 0; i < page.pairs().size(); i++) {
            BlockPair p = page.pairs().get(i);
            if (p.translation() != null && p.translation().line() == f.line()) {
                if (p.source() != null) return ownLines(source, p.source());
                Block after = null;
                for (int j = i + 1; j < page.pairs().size() && after == null; j++) after = page.pairs().get(j).source();
                int from = before == null ? 1 : before.endLine();
                int to = after == null ? source.lineCount() : after.line();
                BitSet gap = new BitSet();
                gap.set(Math.min(from, to), Math.max(from, to) + 1); // a container's end can lie past its content
                return gap;
            }
            if (p.source() != null) before = p.source();
        }
        return null;
    }

    private static BitSet ownLines(Document source, Block block) {
        BitSet lines = new BitSet();
        lines.set(block.line(), block.endLine() + 1);
        for (int i = block.index() + 1; i < source.blocks().size(); i++) {
            Block inner = source.blocks().get(i);
            if (inner.depth() <= block.depth() || inner.line() > block.endLine()) break;
            lines.clear(inner.line(), inner.endLine() + 1);
        }
        return lines;
    }

    private static SourceHistory.Commit commit(Revision r) {
        return r == null ? null : new SourceHistory.Commit(r.commit(), r.date(), r.subject());
    }

    @Override
    public void close() {
        repository.close();
    }
}
