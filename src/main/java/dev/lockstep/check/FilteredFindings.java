package dev.lockstep.check;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The findings of a run that pass a test ({@code --min-severity}, not in the baseline), in bounded memory:
 * findings spilled to disk are read through the test on each iteration instead of being copied into a list;
 * findings held in memory are few and simply copied.
 */
public final class FilteredFindings extends SequentialFindings {
    private final List<Finding> all;
    private final Predicate<Finding> keep;

    private FilteredFindings(List<Finding> all, Predicate<Finding> keep, long[] counts) {
        super((int) Arrays.stream(counts).sum(), counts);
        this.all = all;
        this.keep = keep;
    }

    /** The findings of {@code all} that {@code keep} accepts, in their order. */
    public static List<Finding> of(List<Finding> all, Predicate<Finding> keep) {
        if (!(all instanceof SequentialFindings)) return all.stream().filter(keep).toList();
        long[] counts = new long[Severity.values().length];
        for (Finding f : all) {
            if (keep.test(f)) counts[f.severity().ordinal()]++;
        }
        // Nothing filtered out (no baseline hit, --min-severity info): the findings themselves, not a view.
        return Arrays.stream(counts).sum() == all.size() ? all : new FilteredFindings(all, keep, counts);
    }

    @Override
    public Iterator<Finding> iterator() {
        Iterator<Finding> source = all.iterator();
        return new Iterator<>() {
            private Finding next;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    Finding f = source.next();
                    if (keep.test(f)) next = f;
                }
                return next != null;
            }

            @Override
            public Finding next() {
                if (!hasNext()) throw new NoSuchElementException();
                Finding f = next;
                next = null;
                return f;
            }
        };
    }
}
