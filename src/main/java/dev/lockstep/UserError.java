package dev.lockstep;

/**
 * Bad input from the user (a folder, a file, an option, a git revision), reported as
 * {@code lockstep: <where>[:line]: <problem>} with exit code 2. A broken translation is never one: it
 * is a finding.
 */
public class UserError extends RuntimeException {
    private final String where;

    /** @param where the file ({@code path:line}), folder or option the problem is in */
    public UserError(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    /** The file ({@code path:line}), folder or option the problem is in, as given. */
    public String where() {
        return where;
    }
}
