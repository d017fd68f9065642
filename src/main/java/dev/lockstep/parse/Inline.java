package dev.lockstep.parse;

/**
 * One inline feature of a block. {@code text} is the link text, code span content, tag name
 * ({@code em}, {@code /em}) or token ({@code ==x==}, {@code :material-x:}); {@code target} is the
 * URL of links and images (null otherwise). {@code raw} is the exact source of the feature.
 */
public record Inline(InlineKind kind, String text, String target, String raw, Position position) {
}
