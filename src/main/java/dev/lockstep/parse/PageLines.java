package dev.lockstep.parse;

/**
 * A page's text and where its lines start, so a run of lines is one substring of the text rather than its
 * lines joined again (blocks keep their raw lines; a page's blocks together cover most of it).
 */
final class PageLines {
    private final String text;
    private final int[] starts;

    /** @param lines {@code text} split at {@code \n}, every line (trailing empty one included) */
    PageLines(String text, String[] lines) {
        this.text = text;
        this.starts = new int[lines.length + 1];
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = at;
            at += lines[i].length() + 1;
        }
        starts[lines.length] = at;
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), 0-based, joined by {@code \n}, as {@code String.join} would. */
    String join(int from, int to) {
        if (from < 0 || to > starts.length - 1 || from > to) throw new IndexOutOfBoundsException(from + ".." + to);
        if (from == to) return "";
        return text.substring(starts[from], starts[to] - 1);
    }
}
