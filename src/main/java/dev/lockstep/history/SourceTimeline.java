package dev.lockstep.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The revisions of one source page, newest first, around the source as given (the checked file):
 * their skeletons, which revision a translation follows, and which commits changed which lines of
 * the given source. One per source page per run; used by one thread at a time.
 *
 * <p>Skeletons are computed incrementally, one commit at a time from the given source outwards: only
 * the top-level blocks a commit changed are parsed again, the rest carry over from the neighbouring
 * version, so history costs about as much as the diffs, not a full parse per revision.
 */
final class SourceTimeline {
    static final int PATIENCE = 8;
    private static final BiPredicate<String, String> SAME_TEXT = (a, b) -> a.strip().equals(b.strip());

    /** One state of the page: a commit's, or the uncommitted working tree's ({@code revision} null). */
    record Version(Revision revision, List<String> lines) {
    }

    private final String path;
    private final MarkdownParser parser;
    private final List<Version> versions;
    private final int given;
    private final List<String> givenLines;
    private final Skeleton[] skeletons;
    // Versions are derived one commit at a time from the given source outwards, on demand: consecutive
    // revisions differ little, so each step parses only what one commit changed.
    private Spans older;
    private Spans newer;
    private int olderIndex;
    private int newerIndex;
    private final Map<Integer, int[]> toGiven = new HashMap<>();
    private final Map<Long, BitSet> changes = new HashMap<>();

    /**
     * @param revisions newest first, with their texts
     * @param givenText the source as checked, whose parse is {@code givenDocument}
     */
    SourceTimeline(String path, List<Revision> revisions, List<String> texts, String givenText, Document givenDocument,
                   MarkdownParser parser) {
        this.path = path;
        this.parser = parser;
        List<Version> all = new ArrayList<>();
        int found = -1;
        for (int i = 0; i < revisions.size(); i++) {
            all.add(new Version(revisions.get(i), lines(texts.get(i))));
            if (found < 0 && texts.get(i).equals(givenText)) found = i;
        }
        if (found < 0) {
            all.add(0, new Version(null, lines(givenText)));
            found = 0;
        }
        this.versions = List.copyOf(all);
        this.given = found;
        this.givenLines = versions.get(given).lines();
        this.skeletons = new Skeleton[versions.size()];
        this.older = Spans.of(givenDocument, 0);
        this.newer = older;
        this.olderIndex = given;
        this.newerIndex = given;
        skeletons[given] = Skeleton.of(givenDocument.blocks());
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    List<Version> versions() {
        return versions;
    }

    int given() {
        return given;
    }

    Skeleton skeleton(int version) {
        while (olderIndex < version) {
            older = derive(older, versions.get(olderIndex).lines(), versions.get(olderIndex + 1).lines());
            skeletons[++olderIndex] = older.skeleton();
        }
        while (newerIndex > version) {
            newer = derive(newer, versions.get(newerIndex).lines(), versions.get(newerIndex - 1).lines());
            skeletons[--newerIndex] = newer.skeleton();
        }
        return skeletons[version];
    }

    /**
     * The index of the version whose skeleton best matches the translation's; ties go to the newest.
     * Going back in time, the search stops {@link #PATIENCE} revisions past the best match so far (a
     * translation's similarity peaks at its revision and falls away from it), so a current
     * translation costs a few revisions, not the whole history.
     */
    int estimate(Document translation) {
        Skeleton t = Skeleton.of(translation.blocks());
        int best = -1;
        long bestShared = 0, bestTotal = 1;
        for (int i = 0; i < versions.size(); i++) {
            if (i > given && i - Math.max(best, given) > PATIENCE) break;
            Skeleton s = skeleton(i);
            long shared = t.shared(s);
            long total = t.size() + s.size();
            if (best < 0 || shared * bestTotal > bestShared * total) {
                best = i;
                bestShared = shared;
                bestTotal = Math.max(1, total);
            }
        }
        return best;
    }

    /**
     * The commits between a version and the given source, oldest first: those after it when it is
     * older (the translation is stale), those up to it when it is newer (the translation is ahead).
     */
    List<Integer> commitsBetween(int version) {
        List<Integer> out = new ArrayList<>();
        int from = Math.min(version, given), to = Math.max(version, given);
        for (int i = to - 1; i >= from; i--) {
            if (versions.get(i).revision() != null) out.add(i);
        }
        return out;
    }

    /**
     * The most recent commit between {@code version} and the given source that changed any of
     * {@code lines} (given-source lines, 1-based), or -1. Whitespace-only changes do not count.
     */
    int lastChangeTouching(int version, BitSet lines) {
        List<Integer> commits = commitsBetween(version);
        for (int k = commits.size() - 1; k >= 0; k--) {
            int i = commits.get(k);
            if (changedLines(i, version > given).intersects(lines)) return i;
        }
        return -1;
    }

    /**
     * Given-source lines that the commit of version {@code i} changed. For a stale translation the
     * commit's result is looked up in the given source; for one ahead of it, what the commit replaced.
     */
    private BitSet changedLines(int i, boolean newSide) {
        return changes.computeIfAbsent(((long) i << 1) | (newSide ? 1 : 0), k -> {
            BitSet out = new BitSet();
            if (i + 1 >= versions.size()) return out;
            int side = newSide ? i : i + 1;
            int[] map = mapToGiven(side);
            Patch<String> patch = DiffUtils.diff(versions.get(i + 1).lines(), versions.get(i).lines(), SAME_TEXT);
            for (AbstractDelta<String> d : patch.getDeltas()) {
                if (cosmetic(d)) continue; // a typo fix explains no translation's finding
                Chunk<String> c = newSide ? d.getTarget() : d.getSource();
                if (c.size() > 0) {
                    for (int l = c.getPosition() + 1; l <= c.getPosition() + c.size(); l++) mark(out, map, l);
                } else {
                    mark(out, map, c.getPosition());
                    mark(out, map, c.getPosition() + 1);
                }
            }
            return out;
        });
    }

    /**
     * Whether a change only fixed spacing or typos: as many lines before as after, each pair with the
     * same tokens except words a couple of edits apart ({@code recieve} → {@code receive}).
     * Links, code, numbers and markup are never cosmetic: {@code http} → {@code https} is a change.
     */
    static boolean cosmetic(AbstractDelta<String> d) {
        List<String> before = d.getSource().getLines();
        List<String> after = d.getTarget().getLines();
        if (before.size() != after.size() || before.isEmpty()) return false;
        for (int i = 0; i < before.size(); i++) {
            String[] a = before.get(i).strip().split("\\s+");
            String[] b = after.get(i).strip().split("\\s+");
            if (a.length != b.length) return false;
            for (int k = 0; k < a.length; k++) {
                if (a[k].equals(b[k])) continue;
                if (!TYPO_WORD.matcher(a[k]).matches() || !TYPO_WORD.matcher(b[k]).matches()
                        || dev.lockstep.text.EditDistance.of(a[k], b[k]) > 2) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A word of four letters or more, with the punctuation a sentence puts around it: shorter words
     * two edits apart are other words ({@code not} → {@code now}).
     */
    private static final java.util.regex.Pattern TYPO_WORD = java.util.regex.Pattern.compile("[\"'(“‘]?\\p{L}{4,}[.,;:!?\"')”’]*");

    private static void mark(BitSet out, int[] map, int line) {
        if (line >= 1 && line < map.length && map[line] > 0) out.set(map[line]);
    }

    /** Line {@code l} of a version → the same line in the given source, or 0 when it differs there. */
    private int[] mapToGiven(int version) {
        return toGiven.computeIfAbsent(version, v -> {
            List<String> lines = versions.get(v).lines();
            if (v == given) {
                int[] identity = new int[lines.size() + 1];
                for (int l = 1; l <= lines.size(); l++) identity[l] = l;
                return identity;
            }
            return lineMaps(DiffUtils.diff(lines, givenLines, SAME_TEXT), lines.size(), givenLines.size())[0];
        });
    }

    /** Unified diff lines from a version to the given source (what changed since the translation's revision). */
    List<String> diffFrom(int version, String sourcePath) {
        List<String> from = versions.get(version).lines();
        Revision r = versions.get(version).revision();
        Revision g = versions.get(given).revision();
        return UnifiedDiffUtils.generateUnifiedDiff(
                sourcePath + (r == null ? " (working tree)" : " @ " + r.shortId()),
                sourcePath + (g == null ? " (working tree)" : " @ " + g.shortId()),
                from, DiffUtils.diff(from, givenLines), 3);
    }

    /** For a diff a → b: {@code [aToB, bToA]}, 1-based, 0 where the line changed. */
    static int[][] lineMaps(Patch<String> patch, int aSize, int bSize) {
        int[] aToB = new int[aSize + 1];
        int[] bToA = new int[bSize + 1];
        int a = 0, b = 0; // lines consumed, 0-based
        for (AbstractDelta<String> d : patch.getDeltas()) {
            while (a < d.getSource().getPosition()) {
                aToB[++a] = ++b;
                bToA[b] = a;
            }
            a += d.getSource().size();
            b += d.getTarget().size();
        }
        while (a < aSize && b < bSize) {
            aToB[++a] = ++b;
            bToA[b] = a;
        }
        return new int[][] {aToB, bToA};
    }

    /** A version's top-level blocks: line spans, each with the skeleton features of everything inside. */
    private static final class Spans {
        final List<int[]> lines = new ArrayList<>();
        final List<Skeleton.Builder> features = new ArrayList<>();

        static Spans of(Document document, int offset) {
            Spans spans = new Spans();
            for (Block b : document.blocks()) {
                if (b.depth() == 0 || spans.lines.isEmpty()) {
                    spans.lines.add(new int[] {b.line() + offset, b.endLine() + offset});
                    spans.features.add(new Skeleton.Builder());
                }
                int last = spans.lines.size() - 1;
                spans.lines.get(last)[1] = Math.max(spans.lines.get(last)[1], b.endLine() + offset);
                spans.features.get(last).add(b);
            }
            return spans;
        }

        Skeleton skeleton() {
            Skeleton.Builder all = new Skeleton.Builder();
            for (Skeleton.Builder f : features) all.add(f);
            return all.build();
        }
    }

    /**
     * The spans of a neighbouring version ({@code to}), from this version's ({@code from}): blocks
     * outside the changed regions carry over (shifted), only the changed regions are parsed again.
     */
    private Spans derive(Spans known, List<String> from, List<String> to) {
        Patch<String> patch = DiffUtils.diff(to, from);
        int n = from.size();
        List<int[]> regions = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int pos = d.getTarget().getPosition();
            regions.add(new int[] {Math.max(1, pos), Math.min(n, pos + d.getTarget().size() + 1)});
        }
        regions = cover(regions, known);
        int[] toTo = lineMaps(patch, to.size(), n)[1];
        Spans out = new Spans();
        for (int s = 0; s < known.lines.size(); s++) {
            int[] span = known.lines.get(s);
            boolean inside = false;
            for (int[] r : regions) inside |= span[0] >= r[0] && span[1] <= r[1];
            if (inside) continue;
            if (toTo[span[0]] == 0 || toTo[span[1]] == 0) return full(to);
            out.lines.add(new int[] {toTo[span[0]], toTo[span[1]]});
            out.features.add(known.features.get(s));
        }
        for (int[] r : regions) {
            int first = r[0] == 1 ? 1 : toTo[r[0]];
            int last = r[1] == n ? to.size() : toTo[r[1]];
            if (first == 0 || last == 0) return full(to);
            if (last < first) continue;
            Spans parsed = Spans.of(parser.parse(path, String.join("\n", to.subList(first - 1, last))), first - 1);
            out.lines.addAll(parsed.lines);
            out.features.addAll(parsed.features);
        }
        return out;
    }

    private Spans full(List<String> lines) {
        return Spans.of(parser.parse(path, String.join("\n", lines)), 0);
    }

    /** Grows changed regions to whole top-level blocks and merges them until no block straddles a border. */
    private static List<int[]> cover(List<int[]> regions, Spans spans) {
        boolean changed = !regions.isEmpty();
        List<int[]> current = regions;
        while (changed) {
            changed = false;
            for (int[] r : current) {
                for (int[] s : spans.lines) {
                    if (s[1] >= r[0] && s[0] <= r[1] && (s[0] < r[0] || s[1] > r[1])) {
                        r[0] = Math.min(r[0], s[0]);
                        r[1] = Math.max(r[1], s[1]);
                        changed = true;
                    }
                }
            }
            current.sort((x, y) -> Integer.compare(x[0], y[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : current) {
                if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                    int[] last = merged.get(merged.size() - 1);
                    last[1] = Math.max(last[1], r[1]);
                    changed = true;
                } else {
                    merged.add(r);
                }
            }
            current = merged;
        }
        return current;
    }
}
