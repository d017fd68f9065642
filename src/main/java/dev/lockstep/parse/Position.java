package dev.lockstep.parse;

/** A place in a file as users see it: 1-based line and 1-based column (UTF-16 code units). */
public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);
}
