package dev.lockstep.rules;

import dev.lockstep.parse.Position;

/**
 * One replacement in a translated file: the text from {@code start} up to (not including) {@code end}
 * becomes {@code replacement}. Positions are 1-based lines and columns (UTF-16 code units), as users see
 * them; {@code end} may be column 1 of the line after the last replaced one. {@code expected} is the text
 * the rule saw there: an edit applies only where the file still says exactly that.
 */
public record TextEdit(Position start, Position end, String expected, String replacement) {

    public TextEdit {
        if (start.line() < 1 || start.column() < 1 || end.line() < 1 || end.column() < 1) {
            throw new IllegalArgumentException("edit positions are 1-based: " + start + " to " + end);
        }
        if (end.line() < start.line() || end.line() == start.line() && end.column() < start.column()) {
            throw new IllegalArgumentException("edit ends before it starts: " + start + " to " + end);
        }
    }

    /** Replaces {@code expected}, found on one line at {@code start}, with {@code replacement}. */
    public static TextEdit onLine(Position start, String expected, String replacement) {
        if (expected.indexOf('\n') >= 0) throw new IllegalArgumentException("not one line: " + expected);
        return new TextEdit(start, new Position(start.line(), start.column() + expected.length()), expected,
                replacement);
    }

    /** Whether this edit and {@code other} touch the same text (two insertions at one place count). */
    public boolean overlaps(TextEdit other) {
        if (isInsertion() && other.isInsertion()) return start.equals(other.start);
        return before(start, other.end) && before(other.start, end);
    }

    public boolean isInsertion() {
        return start.equals(end);
    }

    private static boolean before(Position a, Position b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }
}
