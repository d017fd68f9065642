package dev.lockstep.parse.syntax;

/**
 * Jinja as mkdocs-macros and similar plugins write it in pages: {@code {% include "x" %}},
 * {@code {{ variable }}}, {@code {# comment #}}. Text between block tags stays prose.
 */
final class JinjaTags implements Syntax {
    @Override
    public String id() {
        return "jinja";
    }

    @Override
    public boolean appliesTo(Flavor flavor) {
        return !flavor.mdx();
    }

    @Override
    public String starters() {
        return "{";
    }

    @Override
    public int tokenEnd(CharSequence text, int start) {
        if (Lines.startsWith(text, start, "{{<") || Lines.startsWith(text, start, "{{%")) return -1; // Hugo's
        int end = Lines.delimited(text, start, "{%", "%}");
        if (end < 0) end = Lines.delimited(text, start, "{{", "}}");
        if (end < 0) end = Lines.delimited(text, start, "{#", "#}");
        return end;
    }
}
