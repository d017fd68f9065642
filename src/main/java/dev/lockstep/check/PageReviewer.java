package dev.lockstep.check;

import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import java.util.List;

/**
 * A step after the rules that may need more than the page itself (the source's git history): it
 * sees each checked page with the rules' findings and returns the findings to keep, possibly
 * annotated or extended. Called from worker threads, once per page; pages of one source page are
 * reviewed on one thread, in order.
 */
@FunctionalInterface
public interface PageReviewer {
    PageReviewer NONE = (page, findings) -> findings;

    List<Finding> review(AlignedPage page, List<Finding> findings);
}
