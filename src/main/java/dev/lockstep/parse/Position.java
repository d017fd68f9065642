package dev.lockstep.parse;

/** A place in a file as users see it: 1-based line and 1-based column (UTF-16 code units). */
public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);

    // Written out, with the values the generated ones give: a record's generated equals and hashCode are linked
    // through java.lang.runtime.ObjectMethods on their first call, several milliseconds of a short run, and rules
    // compare positions on its first pages.
    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && p.line == line && p.column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }
}
