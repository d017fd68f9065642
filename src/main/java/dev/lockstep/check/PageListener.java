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
}
