package dev.lockstep.rules.structure;

import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.AdmonitionSyntax;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a translated admonition into the source's syntax, type and form, keeping the translated title
 * and body: the opening becomes the source's opening with the translation's title in it, the body is
 * indented as the new syntax wants (mkdocs indents it by four columns, the others do not), and a closing
 * line is added or removed. Only the syntax changes: every other character of the body stays.
 *
 * <p>No fix where there is no single right answer: a title only the source has (it would be English), a
 * translated title where the source's HTML syntax has no place for one, GitHub alerts
 * (every body line carries {@code >}), or a body line that does not fit the old syntax's indentation.
 */
final class AdmonitionRewrite {
    private static final int MKDOCS_INDENT = 4;

    private AdmonitionRewrite() {
    }

    static Fix of(Document sourceDoc, Block source, Document translationDoc, Block translation) {
        Admonition s = (Admonition) source.detail();
        Admonition t = (Admonition) translation.detail();
        if (s.syntax() == AdmonitionSyntax.GITHUB_ALERT || t.syntax() == AdmonitionSyntax.GITHUB_ALERT) return null;
        // A title only the source has would have to be written in English: no fix. A title only the
        // translation has is kept where the source's syntax can carry it after its type.
        if (hasTitle(s) && !hasTitle(t)) return null;
        if (!hasTitle(s) && hasTitle(t) && s.syntax() != AdmonitionSyntax.MKDOCS
                && s.syntax() != AdmonitionSyntax.PYMDOWNX_BLOCKS && s.syntax() != AdmonitionSyntax.DOCUSAURUS
                && s.syntax() != AdmonitionSyntax.DIRECTIVE) {
            return null;
        }
        String[] sourceLines = sourceDoc.text().split("\n", -1);
        String[] lines = translationDoc.text().split("\n", -1);
        int first = translation.line();
        int headerLines = 1;
        for (int i = translation.raw().indexOf('\n'); i >= 0; i = translation.raw().indexOf('\n', i + 1)) headerLines++;
        int headerEnd = first + headerLines - 1;
        String indent = leading(lines[first - 1]);
        if (indent.length() != translation.start().column() - 1) return null;

        String header = newHeader(source, s, t, indent);
        if (header == null) return null;
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(new Position(first, 1), new Position(headerEnd, lines[headerEnd - 1].length() + 1),
                translation.raw(), header));

        boolean closedBefore = closes(t.syntax());
        boolean closedAfter = closes(s.syntax());
        int last = translation.endLine();
        if (closedBefore) {
            // Some syntaxes end the block at its last content line: the closer follows, after blank lines.
            int n = last;
            while (n <= lines.length && !isCloser(lines[n - 1], t.syntax())) {
                if (n > last && !lines[n - 1].isBlank()) return null; // unclosed: no right answer
                n++;
            }
            if (n > lines.length) return null;
            last = n;
        }
        int bodyEnd = closedBefore ? last - 1 : last;
        int shift = indentOf(t.syntax()) - indentOf(s.syntax());
        for (int n = headerEnd + 1; n <= bodyEnd; n++) {
            String line = lines[n - 1];
            if (line.isBlank() || shift == 0) continue;
            String lead = leading(line);
            if (!lead.startsWith(indent)) return null;
            if (shift > 0) {
                // mkdocs → closing syntax: take the four columns of the body's indentation away.
                String inner = lead.substring(indent.length());
                if (!inner.startsWith(" ".repeat(MKDOCS_INDENT)) && !inner.startsWith("\t")) return null;
                int cut = inner.startsWith("\t") ? 1 : MKDOCS_INDENT;
                edits.add(new TextEdit(new Position(n, indent.length() + 1),
                        new Position(n, indent.length() + cut + 1), inner.substring(0, cut), ""));
            } else {
                edits.add(new TextEdit(new Position(n, indent.length() + 1), new Position(n, indent.length() + 1), "",
                        " ".repeat(MKDOCS_INDENT)));
            }
        }
        if (closedBefore && !closedAfter) {
            // The closing line goes, with its line break.
            if (last >= lines.length) return null;
            // With the blank line before it, if any: mkdocs needs no separator where nothing closes.
            int from = last - 1 > headerEnd && lines[last - 2].isBlank() ? last - 1 : last;
            String removed = String.join("\n", java.util.Arrays.copyOfRange(lines, from - 1, last)) + "\n";
            edits.add(new TextEdit(new Position(from, 1), new Position(last + 1, 1), removed, ""));
        } else if (closedBefore) {
            String old = lines[last - 1];
            edits.add(new TextEdit(new Position(last, 1), new Position(last, old.length() + 1), old,
                    indent + closer(s.syntax())));
        } else if (closedAfter) {
            // Insert after the body's last line; a blank line before the closer when the source has one.
            String blank = sourceHasBlankBeforeCloser(sourceLines, sourceDoc, source) ? "\n" : "";
            String lastLine = lines[bodyEnd - 1];
            edits.add(new TextEdit(new Position(bodyEnd, lastLine.length() + 1),
                    new Position(bodyEnd, lastLine.length() + 1), "", "\n" + blank + indent + closer(s.syntax())));
        }
        edits.removeIf(e -> e.expected().equals(e.replacement()));
        if (edits.isEmpty()) return null;
        return new Fix("write the admonition in the source's syntax: " + s.describe().replace(
                s.title() == null ? "\u0000" : s.title(), "…"), edits);
    }

    /**
     * The source's opening lines, re-indented to the translation's nesting, with the translation's title
     * where the source has its own.
     */
    private static String newHeader(Block source, Admonition s, Admonition t, String indent) {
        String[] raw = source.raw().split("\n", -1);
        String sourceIndent = leading(raw[0]);
        if (sourceIndent.length() != source.start().column() - 1) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (!line.startsWith(sourceIndent)) return null;
            if (i > 0) out.append('\n');
            out.append(indent).append(line.substring(sourceIndent.length()));
        }
        String header = out.toString();
        if (!hasTitle(t)) return header;
        if (!hasTitle(s)) {
            if (header.indexOf('\n') >= 0) return null;
            String title = t.title();
            return switch (s.syntax()) {
                case MKDOCS -> header.stripTrailing() + " \"" + title + "\"";
                case PYMDOWNX_BLOCKS -> header.stripTrailing() + " | " + title;
                case DOCUSAURUS -> header.stripTrailing() + " " + title;
                case DIRECTIVE -> header.stripTrailing() + "[" + title + "]";
                default -> null;
            };
        }
        String title = t.title();
        int at = header.lastIndexOf(s.title());
        if (at < 0) return null;
        if (s.syntax() == AdmonitionSyntax.MKDOCS) {
            // The title is the quoted rest of the opening line (it may hold quotes itself, as mkdocs allows).
            String after = header.substring(at + s.title().length());
            if (at == 0 || header.charAt(at - 1) != '"' || !after.strip().equals("\"")) return null;
        }
        return header.substring(0, at) + title + header.substring(at + s.title().length());
    }

    private static boolean sourceHasBlankBeforeCloser(String[] lines, Document doc, Block source) {
        int closer = source.endLine();
        int lastBody = source.line();
        for (Block b : doc.blocks()) {
            if (b.index() <= source.index()) continue;
            if (b.line() > closer || b.depth() <= source.depth() && b.kind() != BlockKind.ADMONITION) break;
            if (b.line() <= closer) lastBody = Math.max(lastBody, b.endLine());
        }
        return lastBody < closer - 1 && closer - 2 < lines.length && lines[closer - 2].isBlank();
    }

    private static boolean hasTitle(Admonition a) {
        return a.title() != null && !a.title().isBlank();
    }

    private static boolean closes(AdmonitionSyntax syntax) {
        return syntax != AdmonitionSyntax.MKDOCS;
    }

    /** How far the syntax indents its body relative to its marker. */
    private static int indentOf(AdmonitionSyntax syntax) {
        return syntax == AdmonitionSyntax.MKDOCS ? MKDOCS_INDENT : 0;
    }

    private static String closer(AdmonitionSyntax syntax) {
        return switch (syntax) {
            case HTML_DETAILS -> "</details>";
            case HTML_DIV -> "</div>";
            case PYMDOWNX_BLOCKS -> "///";
            case DOCUSAURUS, DIRECTIVE -> ":::";
            case MKDOCS, GITHUB_ALERT -> "";
        };
    }

    private static boolean isCloser(String line, AdmonitionSyntax syntax) {
        return line.strip().equalsIgnoreCase(closer(syntax));
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }
}
