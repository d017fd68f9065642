package dev.lockstep.parse.syntax;

/** Line-level helpers the syntaxes share. */
final class Lines {
    /** A token spanning more lines than this is not taken for one (an unclosed tag eating the page). */
    static final int MAX_LINES = 30;

    private Lines() {
    }

    /**
     * Lines from {@code first} that hold only tokens of {@code syntax} and white space; 0 when the first
     * line holds anything else.
     */
    static int tokensOnly(Syntax syntax, String[] lines, int first) {
        String line = lines[first];
        int i = skipSpaces(line, 0);
        if (i == line.length() || !syntax.mayStart(line.charAt(i))) return 0;
        int last = Math.min(lines.length, first + MAX_LINES);
        CharSequence text = join(lines, first, last);
        int pos = i;
        boolean any = false;
        while (true) {
            pos = skipSpaces(text, pos);
            if (pos == text.length() || text.charAt(pos) == '\n') {
                if (!any) return 0;
                return lineOf(text, pos) + 1;
            }
            if (!syntax.mayStart(text.charAt(pos))) return 0;
            int end = syntax.tokenEnd(text, pos);
            if (end < 0) return 0;
            pos = end;
            any = true;
        }
    }

    static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    static CharSequence join(String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) sb.append('\n');
            sb.append(lines[i]);
        }
        return sb;
    }

    private static int lineOf(CharSequence text, int pos) {
        int n = 0;
        for (int i = 0; i < pos && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    /**
     * End of a delimited token: {@code open} at {@code start}, then anything up to the first
     * {@code close} within the line limit; -1 when it does not close.
     */
    static int delimited(CharSequence text, int start, String open, String close) {
        if (!startsWith(text, start, open)) return -1;
        int newlines = 0;
        for (int i = start + open.length(); i <= text.length() - close.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && ++newlines >= MAX_LINES) return -1;
            if (startsWith(text, i, close)) return i + close.length();
        }
        return -1;
    }

    static boolean startsWith(CharSequence text, int at, String s) {
        if (at < 0 || at + s.length() > text.length()) return false;
        for (int k = 0; k < s.length(); k++) if (text.charAt(at + k) != s.charAt(k)) return false;
        return true;
    }
}
