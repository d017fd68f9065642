package dev.lockstep.fix;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fixes for one file, applied to its text in memory. A fix applies whole or not at all: it is left
 * out when one of its edits overlaps an edit already taken (the next {@code fix} run takes it, on the
 * text this one wrote) or when the file no longer says what the rule saw ({@link TextEdit#expected}).
 *
 * @param original the file's text as read
 * @param patched  the text with every applied fix
 * @param applied  the fixes taken, in the order given
 * @param skipped  the fixes left out, each with why
 */
public record FilePatch(String original, String patched, List<Fix> applied, List<Skipped> skipped) {

    /** A fix left out; {@code overlap} when only another fix in the way kept it out. */
    public record Skipped(Fix fix, String reason, boolean overlap) {
    }

    public boolean changed() {
        return !original.equals(patched);
    }

    /** Applies {@code fixes} (first come, first served on overlaps) to {@code text}. */
    public static FilePatch apply(String text, List<Fix> fixes) {
        int[] lineStarts = lineStarts(text);
        List<Fix> applied = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Located> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            List<Located> edits = new ArrayList<>();
            String problem = null;
            boolean overlap = false;
            for (TextEdit e : fix.edits()) {
                int from = offset(text, lineStarts, e.start());
                int to = offset(text, lineStarts, e.end());
                if (from < 0 || to < 0 || to < from) {
                    problem = "the file has no " + e.start().line() + ":" + e.start().column() + " any more";
                } else if (!text.regionMatches(from, e.expected(), 0, e.expected().length())
                        || to - from != e.expected().length()) {
                    problem = "the file changed at line " + e.start().line() + " since it was checked";
                } else if (taken.stream().anyMatch(t -> t.edit.overlaps(e))) {
                    problem = "another fix changes the same text (run fix again)";
                    overlap = true;
                }
                if (problem != null) break;
                edits.add(new Located(e, from, to));
            }
            if (problem != null) {
                skipped.add(new Skipped(fix, problem, overlap));
                continue;
            }
            taken.addAll(edits);
            applied.add(fix);
        }
        taken.sort(Comparator.comparingInt((Located l) -> l.from).thenComparingInt(l -> l.to));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Located l : taken) {
            out.append(text, at, l.from).append(l.edit.replacement());
            at = l.to;
        }
        out.append(text, at, text.length());
        return new FilePatch(text, out.toString(), List.copyOf(applied), List.copyOf(skipped));
    }

    private record Located(TextEdit edit, int from, int to) {
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
        return starts;
    }

    /** The offset of a 1-based position, or -1 when the text has no such place. */
    private static int offset(String text, int[] lineStarts, Position p) {
        if (p.line() > lineStarts.length) return -1;
        int start = lineStarts[p.line() - 1];
        int lineEnd = p.line() < lineStarts.length ? lineStarts[p.line()] : text.length() + 1;
        int at = start + p.column() - 1;
        return at < lineEnd ? at : -1;
    }
}
