package dev.lockstep.parse;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * A block's inline features, read-only, with the features of each kind listed once, on first request:
 * rules ask every block for its links, code spans or emphases (60-odd call sites, several per pair and
 * rule), and filtering the whole list each time was a visible share of a check.
 *
 * <p>A translated block that copies a source block ({@link VerbatimSource}) has the source's features a number of
 * lines further on: its list holds the source's features and that number, and makes the moved features only when
 * one is first read (most copies' features never are: rules pass over copies). A copy on the same lines shares the
 * source block's list, its per-kind lists included.
 */
final class InlineList extends AbstractList<Inline> implements RandomAccess {
    private static final InlineKind[] KINDS = InlineKind.values();
    private static final java.lang.invoke.VarHandle MOVED;

    static {
        try {
            MOVED = java.lang.invoke.MethodHandles.lookup().findVarHandle(InlineList.class, "moved", List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The features as read: for a moved list, the source block's, {@link #lines} lines before these. */
    private final List<Inline> items;
    private final int lines;
    /**
     * A moved list's features at their own lines, made once on first read; set once (compare and set), so that
     * every reader gets the same objects (rules compare features by identity).
     */
    @SuppressWarnings("unused")
    private volatile List<Inline> moved;
    /** Made on first request; its final field publishes the lists safely if blocks ever cross threads. */
    private ByKind byKind;

    private InlineList(List<Inline> items, int lines) {
        this.items = items;
        this.lines = lines;
    }

    static List<Inline> of(List<Inline> inlines) {
        return inlines == null || inlines instanceof InlineList ? inlines : new InlineList(inlines, 0);
    }

    /** The same features {@code lines} lines further on: on the same lines, the same list. */
    static List<Inline> moved(List<Inline> inlines, int lines) {
        InlineList list = (InlineList) of(inlines);
        if (lines == 0 || list.isEmpty()) return list;
        return new InlineList(list.lines == 0 ? list.items : list.items(), lines);
    }

    /**
     * The features as read, for what does not depend on their lines (kinds, texts): a moved list's without moving
     * them.
     */
    static List<Inline> asRead(List<Inline> inlines) {
        return inlines instanceof InlineList list ? list.items : inlines;
    }

    /** The features at their lines. */
    private List<Inline> items() {
        if (lines == 0) return items;
        List<Inline> m = moved;
        if (m != null) return m;
        Inline[] out = new Inline[items.size()];
        for (int k = 0; k < out.length; k++) {
            Inline i = items.get(k);
            out[k] = new Inline(i.kind(), i.text(), i.target(), i.raw(),
                    new Position(i.position().line() + lines, i.position().column()));
        }
        List<Inline> made = List.of(out);
        return MOVED.compareAndSet(this, null, made) ? made : moved;
    }

    /** The features of {@code kind}, in source order. */
    static List<Inline> ofKind(List<Inline> inlines, InlineKind kind) {
        if (inlines instanceof InlineList list) return list.ofKind(kind);
        return ByKind.filter(inlines, kind);
    }

    private List<Inline> ofKind(InlineKind kind) {
        ByKind b = byKind;
        if (b == null) byKind = b = new ByKind(items());
        return b.lists[kind.ordinal()];
    }

    @Override
    public Inline get(int index) {
        return items().get(index);
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
