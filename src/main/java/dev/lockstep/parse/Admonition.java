package dev.lockstep.parse;

/**
 * An admonition, whatever syntax wrote it: the detail of an {@link BlockKind#ADMONITION} block. {@code type} is the normalized kind ("note", "warning"…);
 * {@code declaredType} is what the file wrote (null for mkdocs {@code ??? "Title only"}, which
 * Material renders as a note).
 */
public record Admonition(AdmonitionSyntax syntax, String type, String declaredType, String title,
                         boolean collapsible, boolean open) implements BlockDetail {

    /** Whether mkdocs-material (and the other syntaxes' renderers) know this type and style it. */
    public static boolean knownType(String type) {
        return type != null && ContainerScanner.TYPES.contains(type.toLowerCase(java.util.Locale.ROOT));
    }

    /** How a reviewer would write this admonition's opening, for messages. */
    public String describe() {
        return syntax.describe(this);
    }
}
