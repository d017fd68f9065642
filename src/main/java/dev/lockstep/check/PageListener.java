package dev.lockstep.check;

import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import java.util.List;

/**
 * Receives each checked page with its findings as soon as it is done, for outputs that show page
 * content (the HTML report), so a run never has to hold every document in memory. Called from
 * worker threads, one page at a time per call; implementations synchronize what they share.
 */
@FunctionalInterface
public interface PageListener {
    PageListener NONE = (page, findings) -> { };

    void pageChecked(AlignedPage page, List<Finding> findings);

    /** Every non-null listener, in order; {@link #NONE} when there is none. */
    static PageListener all(PageListener... listeners) {
        List<PageListener> present = new java.util.ArrayList<>();
        for (PageListener l : listeners) if (l != null) present.add(l);
        if (present.isEmpty()) return NONE;
        if (present.size() == 1) return present.get(0);
        return (page, findings) -> present.forEach(l -> l.pageChecked(page, findings));
    }
}
