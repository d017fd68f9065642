package dev.lockstep.parse;

/**
 * A page's text, its lines and where they start, so a run of lines is one substring of the text rather than its
 * lines joined again (blocks keep their raw lines; a page's blocks together cover most of it).
 */
final class PageLines {
    private final String text;
    private final String[] lines;
    private final int[] starts;

    /**
     * Splits {@code text} at {@code \n}, every line kept (the trailing empty one included), as
     * {@code text.split("\n", -1)} does: the lines are counted first, so the array is made once at its size (the
     * split grew a list a line at a time, then copied it out).
     */
    PageLines(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
        String[] lines = new String[count];
        int[] starts = new int[count + 1];
        int at = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? text.length() : text.indexOf('\n', at);
            starts[k] = at;
            lines[k] = text.substring(at, end);
            at = end + 1;
        }
        starts[count] = at;
        this.text = text;
        this.lines = lines;
        this.starts = starts;
    }

    /** The page's lines; the caller owns the array (the parser reads it, never changes it). */
    String[] lines() {
        return lines;
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), 0-based, joined by {@code \n}, as {@code String.join} would. */
    String join(int from, int to) {
        if (from < 0 || to > starts.length - 1 || from > to) throw new IndexOutOfBoundsException(from + ".." + to);
        if (from == to) return "";
        return text.substring(starts[from], starts[to] - 1);
    }
}
