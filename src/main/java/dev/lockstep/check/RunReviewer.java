package dev.lockstep.check;

import dev.lockstep.rules.Finding;
import java.util.List;
import java.util.Set;

/**
 * A step after every page is checked that needs the whole run (online link checks): it sees all
 * findings and returns the findings to keep. It may watch pages as they are checked through its
 * {@link #listener()}. Runs on the caller's thread, once per run, before the run's policy step.
 */
public interface RunReviewer {

    /**
     * @param findings the findings to keep
     * @param verdicts those whose severity the reviewer decided from evidence; the configured
     *                 severity does not replace it (an identity set: same objects as in {@code findings})
     */
    record Reviewed(List<Finding> findings, Set<Finding> verdicts) {
    }

    Reviewed review(List<Finding> findings);

    /** Watches pages as they are checked; {@link PageListener#NONE} when the reviewer needs no page. */
    default PageListener listener() {
        return PageListener.NONE;
    }
}
