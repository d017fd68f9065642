package dev.lockstep.parse.syntax;

/** Code includes as FastAPI-style docs write them: {@code {* ../../docs_src/app.py hl[3] *}}. */
final class CodeIncludes implements Syntax {
    @Override
    public String id() {
        return "code-include";
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
        return Lines.delimited(text, start, "{*", "*}");
    }
}
