package dev.lockstep.rules;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a page's block pairs rules compare, found once per page instead of by each rule's own loop:
 * the comparable pairs ({@link BlockPair#comparable()}), and among them the verbatim copies, a translated
 * block that is its source block as written (Crowdin writes an untranslated string as the source's text:
 * about 60% of the translated blocks of a site translated that way).
 *
 * <p>A verbatim pair has the same kind, lines as written, texts, inline features (all but their positions)
 * and detail on both sides: everything a rule that compares the two blocks reads, so such a rule finds
 * nothing to report there and may walk {@link #changed()} instead of {@link #comparable()}. A rule that
 * also looks beyond the pair (other blocks, the whole page) or reports what a translated block holds
 * whatever its source says must not; {@code VerbatimPairsTest} runs each rule that skips them over
 * identical pairs and checks that it finds nothing.
 */
public final class ComparedPairs {
    /** For pages whose pairs are all compared, verbatim or not (tests showing a rule needs no verbatim pair). */
    static ComparedPairs everyPair(List<BlockPair> pairs) {
        return new ComparedPairs(pairs, p -> false);
    }

    private final List<BlockPair> comparable;
    private final List<BlockPair> changed;
    private final List<BlockPair> written;
    private final Set<BlockPair> verbatim;
    /** For each pair without a translated block, the translated block before it ({@link AlignedPage#nearestTranslatedBefore}). */
    private final Map<BlockPair, Block> translatedBefore = new IdentityHashMap<>();

    ComparedPairs(List<BlockPair> pairs) {
        this(pairs, p -> same(p.source(), p.translation()));
    }

    private ComparedPairs(List<BlockPair> pairs, java.util.function.Predicate<BlockPair> isVerbatim) {
        List<BlockPair> comparable = new ArrayList<>(pairs.size());
        List<BlockPair> changed = new ArrayList<>();
        List<BlockPair> written = new ArrayList<>();
        Set<BlockPair> verbatim = Collections.newSetFromMap(new IdentityHashMap<>());
        Block last = null;
        for (BlockPair p : pairs) {
            if (p.translation() == null) translatedBefore.putIfAbsent(p, last);
            if (p.translation() != null && !elsewhere(p)) last = p.translation();
            if (!p.comparable()) {
                if (p.translation() != null) written.add(p);
                continue;
            }
            comparable.add(p);
            if (isVerbatim.test(p)) {
                verbatim.add(p);
            } else {
                changed.add(p);
                written.add(p);
            }
        }
        this.comparable = Collections.unmodifiableList(comparable);
        this.changed = Collections.unmodifiableList(changed);
        this.written = Collections.unmodifiableList(written);
        this.verbatim = verbatim;
    }

    /** The same facts of some of the pairs (a page a rule narrowed), without comparing their blocks again. */
    ComparedPairs of(List<BlockPair> pairs) {
        return new ComparedPairs(pairs, this::verbatim);
    }

    /** The matched pairs whose content rules compare, in page order. */
    public List<BlockPair> comparable() {
        return comparable;
    }

    /** The comparable pairs but the verbatim copies, in page order. */
    public List<BlockPair> changed() {
        return changed;
    }

    /**
     * The pairs with a translated block but the verbatim copies, in page order: what a rule that reports only what
     * a translated block writes beyond its source block walks (a copy writes nothing beyond it).
     */
    public List<BlockPair> written() {
        return written;
    }

    /** Whether the pair is a comparable pair whose translated block is its source block as written. */
    public boolean verbatim(BlockPair pair) {
        return verbatim.contains(pair);
    }

    /**
     * A block paired at another place (a moved paragraph or code block, not a moved section's heading, whose
     * blocks follow it there) says nothing of where a missing block goes.
     */
    static boolean elsewhere(BlockPair p) {
        return p.relation() == BlockPair.Relation.MOVED && p.source() != null
                && p.source().kind() != dev.lockstep.parse.BlockKind.HEADING;
    }

    /** Whether {@link #translatedBefore} knows the pair: one of the page's without a translated block. */
    boolean placed(BlockPair missing) {
        return translatedBefore.containsKey(missing);
    }

    /** The translated block just before a pair of the page without one, found in one pass over the page. */
    Block translatedBefore(BlockPair missing) {
        return translatedBefore.get(missing);
    }

    /**
     * Two blocks alike in all a rule reads but their place in the file. A translated block the parser took from
     * this source block (made from its reading, {@link Block#sameReading}) has its texts and inline features by
     * construction: only what the parser read from the page itself, its kind, lines and detail, is compared.
     */
    static boolean same(Block a, Block b) {
        if (a.kind() != b.kind() || !a.raw().equals(b.raw())) return false;
        return (a.sameReading(b) || sameContent(a, b)) && sameDetail(a.detail(), b.detail());
    }

    /** Whether two blocks' texts are the same strings and their inline features the same but for their positions. */
    static boolean sameContent(Block a, Block b) {
        if (a.texts().size() != b.texts().size() || a.inlines().size() != b.inlines().size()) return false;
        for (int i = 0; i < a.texts().size(); i++) {
            if (!a.texts().get(i).text().equals(b.texts().get(i).text())) return false;
        }
        for (int i = 0; i < a.inlines().size(); i++) {
            Inline x = a.inlines().get(i);
            Inline y = b.inlines().get(i);
            if (x.kind() != y.kind() || !java.util.Objects.equals(x.text(), y.text()) || !java.util.Objects.equals(x.target(), y.target())
                    || !java.util.Objects.equals(x.raw(), y.raw())) {
                return false;
            }
        }
        return true;
    }

    /** A table's cells are prose, whose offsets are arrays: compared by their text. */
    static boolean sameDetail(BlockDetail a, BlockDetail b) {
        // Most copies are paragraphs, whose detail is the one NONE: no call to a kind's equals.
        if (a == b) return true;
        // The details of copies that are not paragraphs, compared field by field: a record's equals is reached
        // here through a call that sees every detail type, and took more than the rest of this test.
        if (a instanceof BlockDetail.Heading x && b instanceof BlockDetail.Heading y) {
            return x.level() == y.level() && java.util.Objects.equals(x.id(), y.id());
        }
        if (a instanceof BlockDetail.ListItem x && b instanceof BlockDetail.ListItem y) return x.ordered() == y.ordered();
        if (a instanceof Admonition x && b instanceof Admonition y) {
            return x.syntax() == y.syntax() && java.util.Objects.equals(x.type(), y.type())
                    && java.util.Objects.equals(x.declaredType(), y.declaredType())
                    && java.util.Objects.equals(x.title(), y.title()) && x.collapsible() == y.collapsible()
                    && x.open() == y.open();
        }
        if (!(a instanceof BlockDetail.Table s) || !(b instanceof BlockDetail.Table t)) return a.equals(b);
        if (s.rows().size() != t.rows().size()) return false;
        for (int r = 0; r < s.rows().size(); r++) {
            List<Prose> x = s.rows().get(r);
            List<Prose> y = t.rows().get(r);
            if (x.size() != y.size()) return false;
            for (int c = 0; c < x.size(); c++) if (!x.get(c).text().equals(y.get(c).text())) return false;
        }
        return true;
    }
}
