package dev.lockstep.parse;

/** The ways docs sites write an admonition. */
public enum AdmonitionSyntax {
    /** mkdocs / pymdownx: {@code !!! note "Title"}, {@code ??? note}, {@code ???+ note}, indented body. */
    MKDOCS("mkdocs"),
    /** {@code <details class="note" markdown><summary>Title</summary>…</details>}. */
    HTML_DETAILS("html-details"),
    /** {@code <div class="admonition note" markdown><p class="admonition-title">Title</p>…</div>}. */
    HTML_DIV("html-div"),
    /** pymdownx blocks: {@code /// note | Title} … {@code ///}. */
    PYMDOWNX_BLOCKS("pymdownx-blocks"),
    /** GitHub alerts: {@code > [!NOTE]}. */
    GITHUB_ALERT("github-alert"),
    /** Docusaurus' title after a space: {@code :::note Title} … {@code :::}. */
    DOCUSAURUS("docusaurus"),
    /** remark-directive asides (Starlight, Docusaurus 3): {@code :::note}, {@code :::note[Title]} … {@code :::}. */
    DIRECTIVE("directive");

    private final String id;

    AdmonitionSyntax(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Whether two admonitions are written alike: the same syntax, or both colon fences where one has no
     * title ({@code :::note} is valid in Docusaurus and in remark-directive alike).
     */
    public static boolean sameSyntax(Admonition a, Admonition b) {
        if (a.syntax() == b.syntax()) return true;
        boolean colons = (a.syntax() == DOCUSAURUS || a.syntax() == DIRECTIVE)
                && (b.syntax() == DOCUSAURUS || b.syntax() == DIRECTIVE);
        return colons && (a.title() == null || b.title() == null);
    }

    String describe(Admonition a) {
        String type = a.declaredType() == null ? "" : a.declaredType();
        String title = a.title() == null ? "" : a.title();
        return switch (this) {
            case MKDOCS -> (a.collapsible() ? (a.open() ? "???+" : "???") : "!!!")
                    + (type.isEmpty() ? "" : " " + type) + (title.isEmpty() ? "" : " \"" + title + "\"");
            case HTML_DETAILS -> "<details class=\"" + type + "\"" + (a.open() ? " open" : "") + " markdown>"
                    + (title.isEmpty() ? "" : "<summary>" + title + "</summary>");
            case HTML_DIV -> "<div class=\"admonition " + type + "\" markdown>"
                    + (title.isEmpty() ? "" : "<p class=\"admonition-title\">" + title + "</p>");
            case PYMDOWNX_BLOCKS -> "/// " + type + (title.isEmpty() ? "" : " | " + title);
            case GITHUB_ALERT -> "> [!" + type.toUpperCase(java.util.Locale.ROOT) + "]";
            case DOCUSAURUS -> ":::" + type + (title.isEmpty() ? "" : " " + title);
            case DIRECTIVE -> ":::" + type + (title.isEmpty() ? "" : "[" + title + "]");
        };
    }
}
