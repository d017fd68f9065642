package dev.lockstep.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A {@code diff -u} of one file's fix, as {@code git apply} and {@code patch -p1} read it. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff between {@code before} and {@code after} of {@code path} (repository-relative, {@code /}-separated). */
    static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a,
                DiffUtils.diff(a, b), CONTEXT);
        StringBuilder out = new StringBuilder();
        for (String line : diff) out.append(line).append('\n');
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        // A final newline ends the last line rather than starting an empty one.
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
