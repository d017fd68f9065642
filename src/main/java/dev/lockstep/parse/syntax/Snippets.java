package dev.lockstep.parse.syntax;

import java.util.regex.Pattern;

/**
 * pymdownx.snippets: {@code --8<-- "includes/abbreviations.en.txt"} on one line, or a bare
 * {@code --8<--} line opening a list of files closed by another. The included file has its own source.
 */
final class Snippets implements Syntax {
    private static final Pattern LINE = Pattern.compile("^\\s*;?-+8<-+(?:\\s.*)?$");
    private static final Pattern BARE = Pattern.compile("^\\s*-+8<-+\\s*$");

    @Override
    public String id() {
        return "snippet";
    }

    @Override
    public boolean appliesTo(Flavor flavor) {
        return !flavor.mdx();
    }

    @Override
    public String starters() {
        return ""; // whole lines only
    }

    @Override
    public int tokenEnd(CharSequence text, int start) {
        return -1;
    }

    @Override
    public int structureLines(String[] lines, int first) {
        // Asked of every line of a page: one that does not start as the scissors do (most) needs no regex.
        if (!mayBeScissors(lines[first]) || !lines[first].contains("8<") || !LINE.matcher(lines[first]).matches()) return 0;
        if (!BARE.matcher(lines[first]).matches()) return 1;
        for (int i = first + 1; i < Math.min(lines.length, first + Lines.MAX_LINES); i++) {
            if (BARE.matcher(lines[i]).matches()) return i - first + 1;
            if (lines[i].isBlank()) break;
        }
        return 1;
    }

    /**
     * Whether the line's first character that is not white space is {@code ;} or {@code -}, as it is on every line
     * {@link #LINE} matches ({@link Character#isWhitespace} takes in its {@code \s}).
     */
    private static boolean mayBeScissors(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i < line.length() && (line.charAt(i) == ';' || line.charAt(i) == '-');
    }
}
