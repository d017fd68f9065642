package dev.lockstep.check;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.AbstractList;
import java.util.Iterator;

/**
 * Findings that are read through rather than held (from disk, or through a filter): iterating is the way
 * in; {@code get(0), get(1), …} in order reads them once, any other order starts over.
 */
abstract class SequentialFindings extends AbstractList<Finding> implements SortedFindings.SeverityCounts {
    private final int size;
    private final long[] counts;
    private Iterator<Finding> cursor;
    private int cursorIndex;

    /** @param counts the number of findings per {@link Severity}, by ordinal */
    SequentialFindings(int size, long[] counts) {
        this.size = size;
        this.counts = counts.clone();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long count(Severity severity) {
        return counts[severity.ordinal()];
    }

    @Override
    public synchronized Finding get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        if (cursor == null || index < cursorIndex) {
            cursor = iterator();
            cursorIndex = 0;
        }
        while (cursorIndex < index) {
            cursor.next();
            cursorIndex++;
        }
        cursorIndex++;
        return cursor.next();
    }

    @Override
    public abstract Iterator<Finding> iterator();
}
