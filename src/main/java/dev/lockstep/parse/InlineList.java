package dev.lockstep.parse;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * A block's inline features, read-only, with the features of each kind listed once, on first request:
 * rules ask every block for its links, code spans or emphases (60-odd call sites, several per pair and
 * rule), and filtering the whole list each time was a visible share of a check. Most blocks hold no
 * feature, or features of one kind: asked for a kind they lack they answer the empty list, and for their
 * one kind the list itself, from a mask of the kinds they hold; only a block of several kinds lists them.
 */
final class InlineList extends AbstractList<Inline> implements RandomAccess {
    private static final InlineKind[] KINDS = InlineKind.values();
    /** Set in {@link #kinds} once the mask is worked out (a block with no feature then still has a non-zero mask). */
    private static final int KNOWN = 1 << 31;

    static {
        if (KINDS.length > 31) throw new ExceptionInInitializerError("one bit per inline kind below the mask's mark");
    }

    private final List<Inline> items;
    /**
     * The kinds held, one bit per ordinal, with {@link #KNOWN}; 0 until first asked. Worked out again by a thread
     * that sees 0 (as {@code String.hash} is): the answer is the same.
     */
    private int kinds;
    /** Made on first request; its final field publishes the lists safely if blocks ever cross threads. */
    private ByKind byKind;

    private InlineList(List<Inline> items) {
        this.items = items;
    }

    static List<Inline> of(List<Inline> inlines) {
        return inlines == null || inlines instanceof InlineList ? inlines : new InlineList(inlines);
    }

    /** The features of {@code kind}, in source order. */
    static List<Inline> ofKind(List<Inline> inlines, InlineKind kind) {
        if (inlines instanceof InlineList list) return list.ofKind(kind);
        return ByKind.filter(inlines, kind);
    }

    private List<Inline> ofKind(InlineKind kind) {
        int held = kinds;
        if (held == 0) {
            held = KNOWN;
            for (int i = 0, n = items.size(); i < n; i++) held |= 1 << items.get(i).kind().ordinal();
            kinds = held;
        }
        int bit = 1 << kind.ordinal();
        if ((held & bit) == 0) return List.of();
        if (held == (KNOWN | bit)) return this;
        ByKind b = byKind;
        if (b == null) byKind = b = new ByKind(items);
        return b.lists[kind.ordinal()];
    }

    @Override
    public Inline get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    private static final class ByKind {
        final List<Inline>[] lists;

        /** One pass over the features, each into its kind's list; kinds the block lacks share the empty list. */
        @SuppressWarnings("unchecked")
        ByKind(List<Inline> items) {
            List<Inline>[] out = new List[KINDS.length];
            for (Inline i : items) {
                int k = i.kind().ordinal();
                if (out[k] == null) out[k] = new ArrayList<>();
                out[k].add(i);
            }
            for (int k = 0; k < out.length; k++) out[k] = out[k] == null ? List.of() : Collections.unmodifiableList(out[k]);
            lists = out;
        }

        static List<Inline> filter(List<Inline> items, InlineKind kind) {
            List<Inline> matching = null;
            for (Inline i : items) {
                if (i.kind() != kind) continue;
                if (matching == null) matching = new ArrayList<>();
                matching.add(i);
            }
            return matching == null ? List.of() : Collections.unmodifiableList(matching);
        }
    }
}
