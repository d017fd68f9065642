package dev.lockstep.rules;

import java.util.List;

/**
 * How to make a finding go away mechanically, with the source as the only authority: the edits apply
 * together or not at all. A rule offers a fix only where there is one right answer (a link target, an
 * admonition's syntax, a syntax character), never for prose.
 *
 * @param description what the fix does, for diffs and SARIF ({@code "use the source's link target"})
 * @param edits       non-overlapping replacements in the translated file
 */
public record Fix(String description, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) throw new IllegalArgumentException("a fix needs at least one edit");
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                if (edits.get(i).overlaps(edits.get(j))) {
                    throw new IllegalArgumentException("edits of one fix overlap: " + edits.get(i) + ", " + edits.get(j));
                }
            }
        }
    }

    public static Fix of(String description, TextEdit... edits) {
        return new Fix(description, List.of(edits));
    }
}
