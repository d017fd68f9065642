package dev.lockstep.check;

/**
 * Told how far a run has got, for a person watching it (the CLI's progress bar). Called from the
 * thread that collects the workers' results, in order; implementations must be cheap.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    /** {@code done} of the run's {@code total} pairs are checked (the last call has {@code done == total}). */
    void pairsChecked(int done, int total);
}
