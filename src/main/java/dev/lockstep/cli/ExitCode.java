package dev.lockstep.cli;

/** Lockstep's exit-code contract. */
public final class ExitCode {
    /** No finding at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Usage, config or I/O error; one line on stderr. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
