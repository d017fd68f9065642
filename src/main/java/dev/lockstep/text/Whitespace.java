package dev.lockstep.text;

/** White space runs collapsed, by hand: rules do this for every finding's text and identity. */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * {@code text} with each run of white space replaced by one space: what
     * {@code text.replaceAll("\\s+", " ")} returns (the same characters, {@code [ \t\n\x0B\f\r]}), without
     * compiling and running a regex.
     */
    public static String collapse(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isSpace(text.charAt(i))) i++;
        if (i == n) return text;
        // Copied a run of other characters at a time: findings' texts and identities are mostly words.
        StringBuilder out = new StringBuilder(n);
        int start = 0;
        while (i < n) {
            out.append(text, start, i).append(' ');
            while (i < n && isSpace(text.charAt(i))) i++;
            start = i;
            while (i < n && !isSpace(text.charAt(i))) i++;
        }
        out.append(text, start, n);
        return out.toString();
    }

    /** {@code collapse(text).length()}, counted without making the string (alignment measures many blocks). */
    public static int collapsedLength(String text) {
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space || !inSpace) n++;
            inSpace = space;
        }
        return n;
    }

    /**
     * {@code collapse(text).strip().length()}, counted without making either string (the paragraph rules
     * measure every sentence and block this way). {@link String#strip} takes off {@link Character#isWhitespace}
     * characters; the stripped middle starts and ends with a character that is not white space, so no run
     * of white space crosses its edges and its collapsed length is the answer.
     */
    public static int strippedCollapsedLength(String text) {
        return strippedCollapsedLength(text, 0, text.length());
    }

    /** {@link #strippedCollapsedLength(String)} of {@code text.substring(from, to)}, without making it. */
    public static int strippedCollapsedLength(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        int n = 0;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space || !inSpace) n++;
            inSpace = space;
        }
        return n;
    }

    /**
     * The shortest prefix of {@code text} whose {@link #collapse} is {@code length} characters long, or all of
     * {@code text} when its collapse is shorter. The collapse of a prefix is a prefix of the collapse (a run of
     * white space cut short still becomes one space), so a message showing the start of a long text need not
     * collapse the rest.
     */
    public static int collapsingTo(String text, int length) {
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            if (n == length) return i;
            boolean space = isSpace(text.charAt(i));
            if (!space || !inSpace) n++;
            inSpace = space;
        }
        return text.length();
    }

    /** The regex class {@code \s} without the Unicode flag. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line terminator as {@code java.util.regex} reads one without {@code UNIX_LINES} (where {@code $} may stand before). */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
