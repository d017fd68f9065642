package dev.lockstep.parse.syntax;

/**
 * MDX JSX elements ({@code <Tabs>}, {@code <TabItem label="npm">}, {@code <Card title={x} />},
 * {@code </Steps>}) and expressions ({@code {frontmatter.title}}, {@code {/* comment *&#47;}}).
 * Lines of tags are structure; the Markdown between an opening and a closing tag is prose.
 */
final class MdxJsx implements Syntax {
    @Override
    public String id() {
        return "mdx-jsx";
    }

    @Override
    public boolean appliesTo(Flavor flavor) {
        return flavor.mdx();
    }

    @Override
    public String starters() {
        return "<{";
    }

    @Override
    public int tokenEnd(CharSequence text, int start) {
        char c = text.charAt(start);
        if (c == '{') return expressionEnd(text, start);
        return tagEnd(text, start);
    }

    /** A balanced {@code {…}}, skipping strings and template literals. */
    private static int expressionEnd(CharSequence text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                // A comment ({/* it's a TODO */}): quotes inside it open no string.
                int close = Lines.delimited(text, i, "/*", "*/");
                if (close < 0) return -1;
                i = close - 1;
            } else if (c == '"' || c == '\'' || c == '`') {
                int close = stringEnd(text, i);
                if (close < 0) return -1;
                i = close - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int stringEnd(CharSequence text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == quote) return i + 1;
            else if (c == '\n' && quote != '`' && quote != '"') return -1;
        }
        return -1;
    }

    /** {@code <Name attr="v" attr={x} />}, {@code </Name>}, {@code <>}, {@code </>}. */
    private static int tagEnd(CharSequence text, int start) {
        int i = start + 1;
        if (i < text.length() && text.charAt(i) == '/') i++;
        int nameStart = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || ".:-_".indexOf(text.charAt(i)) >= 0)) i++;
        if (i == nameStart) {
            return i < text.length() && text.charAt(i) == '>' ? i + 1 : -1; // a fragment
        }
        if (!Character.isLetter(text.charAt(nameStart))) return -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>') return i + 1;
            if (c == '"' || c == '\'') {
                int close = stringEnd(text, i);
                if (close < 0) return -1;
                i = close;
            } else if (c == '{') {
                int close = expressionEnd(text, i);
                if (close < 0) return -1;
                i = close;
            } else if (c == '<') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
