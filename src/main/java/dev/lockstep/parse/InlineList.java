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
 * one kind the list itself, from a mask of the kinds they hold made with the list (while its features are
 * at hand); only a block of several kinds lists them by kind. Blocks without features share one list, so
 * asking one of them reads nothing of its own.
 */
final class InlineList extends AbstractList<Inline> implements RandomAccess {
    private static final InlineKind[] KINDS = InlineKind.values();

    static {
        if (KINDS.length > 32) throw new ExceptionInInitializerError("one bit per inline kind in an int");
    }

    private static final InlineList EMPTY = new InlineList(List.of());

    /** The features, copied: reading one is one load from the block's list, not two through an ArrayList. */
    private final Inline[] items;
    /** The kinds held, one bit per ordinal. */
    private final int kinds;
    /** Made on first request; its final field publishes the lists safely if blocks ever cross threads. */
    private ByKind byKind;

    private InlineList(List<Inline> items) {
        this.items = items.toArray(new Inline[0]);
        int held = 0;
        for (Inline i : this.items) held |= 1 << i.kind().ordinal();
        this.kinds = held;
    }

    static List<Inline> of(List<Inline> inlines) {
        if (inlines == null || inlines instanceof InlineList) return inlines;
        return inlines.isEmpty() ? EMPTY : new InlineList(inlines);
    }

    /** The features of {@code kind}, in source order. */
    static List<Inline> ofKind(List<Inline> inlines, InlineKind kind) {
        if (inlines instanceof InlineList list) return list.ofKind(kind);
        return ByKind.filter(inlines, kind);
    }

    private List<Inline> ofKind(InlineKind kind) {
        int bit = 1 << kind.ordinal();
        if ((kinds & bit) == 0) return List.of();
        if (kinds == bit) return this;
        ByKind b = byKind;
        if (b == null) byKind = b = new ByKind(items);
        return b.lists[kind.ordinal()];
    }

    @Override
    public Inline get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    private static final class ByKind {
        final List<Inline>[] lists;

        /** One pass over the features, each into its kind's list; kinds the block lacks share the empty list. */
        @SuppressWarnings("unchecked")
        ByKind(Inline[] items) {
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
