package dev.lockstep.parse.syntax;

/** Hugo shortcodes: {@code {{< figure src="x" >}}} and {@code {{% notice %}}}; paired ones enclose prose. */
final class HugoShortcodes implements Syntax {
    @Override
    public String id() {
        return "hugo-shortcode";
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
        int end = Lines.delimited(text, start, "{{<", ">}}");
        return end >= 0 ? end : Lines.delimited(text, start, "{{%", "%}}");
    }
}
