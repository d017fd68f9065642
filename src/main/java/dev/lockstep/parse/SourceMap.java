package dev.lockstep.parse;

import java.util.Arrays;

/**
 * Converts offsets in the text flexmark parsed back to positions in the user's file.
 *
 * <p>The parsed text has exactly the lines of the file (line endings normalized to {@code \n}), but
 * admonition markers are blanked and indented admonition bodies are de-indented. {@code shift[i]}
 * says how many leading columns were removed from line i, so columns stay right in the original.
 */
public final class SourceMap {
    private final int[] lineStarts;
    private final int[] shift;
    private final int length;

    /**
     * @param lines the parsed text's lines (the text is them joined by {@code \n}): their lengths place every
     *              line start without reading the text a character at a time
     */
    SourceMap(String[] lines, int[] shift) {
        int[] starts = new int[Math.max(1, lines.length)];
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = at;
            at += lines[i].length() + 1;
        }
        this.lineStarts = starts;
        this.shift = Arrays.copyOf(shift, Math.max(shift.length, starts.length));
        this.length = Math.max(0, at - 1);
    }

    /** The 1-based line of an offset in the parsed text. */
    public int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    public Position position(int offset) {
        int line = line(offset);
        int column = Math.max(0, Math.min(offset, length)) - lineStarts[line - 1] + shift[line - 1] + 1;
        return new Position(line, column);
    }

    /** The offset in the parsed text of a 0-based line and a column within it (clamped to the text). */
    int offset(int line0, int column0) {
        int line = Math.max(0, Math.min(line0, lineStarts.length - 1));
        return Math.min(length, lineStarts[line] + column0);
    }

    /** Where a 1-based line starts in the parsed text. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** How many leading columns of a 1-based line the parsed text left out. */
    int shift(int line) {
        return shift[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
