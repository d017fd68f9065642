package dev.lockstep.net;

import java.util.Collection;
import java.util.Map;

/** Finds out what each URL leads to. Each distinct URL is looked at once per call. */
public interface UrlChecker {

    /** An outcome for every URL passed in (same strings as keys). */
    Map<String, UrlOutcome> check(Collection<String> urls, Progress progress);

    /** Told after each URL is done; called from worker threads. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }
}
