package dev.lockstep.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.lockstep.parse.syntax.Syntaxes;

/**
 * Finds admonitions written line by line (mkdocs {@code !!!}/{@code ???}, HTML {@code <details>} and
 * {@code <div class="admonition">}, pymdownx blocks {@code ///} nested as {@code ////}, Starlight and
 * Docusaurus asides {@code :::note[Title]}, {@code :::tip Title}), content tabs, definition lists, and the
 * structure lines of {@link Syntaxes} (shortcodes, JSX, includes…) before flexmark parses the page.
 *
 * <p>Why not flexmark-ext-admonition: it misses {@code ??? "Title only"}, accepts bodies mkdocs
 * would not, knows none of the other syntaxes, and nearly doubles the parse time. Here, marker lines
 * become blank lines and indented bodies are de-indented in place, so one flexmark parse of the result
 * sees the body as ordinary Markdown and every line keeps its number. GitHub alerts are block quotes
 * and are recognized after parsing.
 */
final class ContainerScanner {

    /**
     * An admonition or a content tab found in the text; lines are 0-based, {@code end} inclusive.
     * {@code admonition} is null for a content tab ({@code === "Tab title"}).
     */
    record Container(Kind kind, Admonition admonition, int start, int end, int markerColumn,
                     int titleLine, int titleColumn, String titleRaw) {
        boolean isTab() {
            return kind == Kind.TAB;
        }
    }

    /** What a container renders as. */
    enum Kind {
        ADMONITION, TAB,
        /** A definition list entry: the term is the title, the definition the body. */
        DEFINITION,
        /** A pymdownx block that only wraps its body ({@code /// html | div}): no block of its own. */
        WRAPPER
    }

    /** Lines (0-based, inclusive) that a {@link dev.lockstep.parse.syntax.Syntax} wrote as structure. */
    record Directive(String syntax, int start, int end) {
    }

    record Result(String[] lines, int[] shift, List<Container> containers, List<Directive> directives) {
    }

    static final Set<String> TYPES = Set.of("note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint",
            "important", "success", "check", "done", "question", "help", "faq", "warning", "caution", "attention",
            "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite", "details",
            "admonition", "settings");

    private static final Pattern MKDOCS = Pattern.compile("^(\\s*)(!!!|\\?\\?\\?\\+?)(?=\\s|$)\\s*(.*?)\\s*$");
    /** pymdownx.tabbed: {@code === "Tab"}, {@code ===! "Tab"} (new tab set), {@code ===+ "Tab"} (selected). */
    private static final Pattern TAB = Pattern.compile("^(\\s*)===[!+]{0,2}\\s+\"(.*)\"\\s*$");
    private static final Pattern MKDOCS_TYPE = Pattern.compile("^([A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*)*)\\s*(.*)$");
    private static final Pattern DETAILS_OPEN = Pattern.compile("^(\\s{0,3})<details\\b([^>]*)>\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAILS_CLOSE = Pattern.compile("^\\s*</details>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("^\\s*<summary\\b[^>]*>(.*)</summary>\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_OPEN = Pattern.compile(
            "^(\\s{0,3})<div\\s+class=\"admonition\\s+([\\w-]+)[^\"]*\"[^>]*>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_TITLE = Pattern.compile(
            "^\\s*<p\\s+class=\"admonition-title\"\\s*>(.*)</p>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div\\b", Pattern.CASE_INSENSITIVE);
    /** pymdownx blocks: {@code /// name | title}, nested blocks use more slashes ({@code //// tab | Python}). */
    private static final Pattern BLOCKS_OPEN = Pattern.compile("^(\\s{0,3})(/{3,})\\s*([\\w-]+)\\s*(?:\\|\\s*(.*?))?\\s*$");
    private static final Pattern BLOCKS_CLOSE = Pattern.compile("^\\s{0,3}(/{3,})\\s*$");
    /** Indented YAML options right after a pymdownx block's header ({@code     type: warning}). */
    private static final Pattern BLOCKS_OPTION = Pattern.compile("^\\s{4,}([\\w-]+):(?:\\s+(.*?))?\\s*$");
    /**
     * Asides: remark-directive {@code :::note[Title]{attrs}} (Starlight, Docusaurus 3) and Docusaurus'
     * {@code :::tip Title}; nested asides use more colons on the outer fence.
     */
    private static final Pattern ASIDE_OPEN = Pattern.compile(
            "^(\\s{0,3})(:{3,})([\\w-]+)(?:\\[(.*)\\])?(?:\\{[^}]*\\})?(?:\\s+(.*?))?\\s*$");
    private static final Pattern ASIDE_CLOSE = Pattern.compile("^\\s{0,3}(:{3,})\\s*$");
    /**
     * MDX has no indented code, so an aside inside a list item or a JSX element may be indented by any
     * amount (remark-directive's line prefix is unlimited when {@code codeIndented} is off).
     */
    private static final Pattern ASIDE_OPEN_MDX = Pattern.compile(
            "^(\\s*)(:{3,})([\\w-]+)(?:\\[(.*)\\])?(?:\\{[^}]*\\})?(?:\\s+(.*?))?\\s*$");
    private static final Pattern ASIDE_CLOSE_MDX = Pattern.compile("^\\s*(:{3,})\\s*$");
    /** A definition: {@code :   Text} (Python-Markdown def_list, Goldmark's definition lists). */
    private static final Pattern DEFINITION = Pattern.compile("^( {0,3}):( {1,3}|\\t)(?=\\S)");
    /** Lines that cannot be a definition list's term: other block syntax. */
    private static final Pattern NOT_A_TERM = Pattern.compile("^\\s*(?:[#>|*+-]|\\d+[.)]\\s|```|~~~|!!!|\\?\\?\\?|===|:)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
    private static final Pattern CLASS_ATTR = Pattern.compile("class\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_ATTR = Pattern.compile("(^|\\s)open(\\s|=|$)", Pattern.CASE_INSENSITIVE);

    /** An open container while scanning. */
    private static final class Open {
        final AdmonitionSyntax syntax;
        final boolean tab;
        final int start;
        final int markerColumn;
        String declaredType;
        String title;
        String titleRaw;
        int titleLine = -1;
        int titleColumn;
        boolean collapsible;
        boolean open;
        int divDepth;
        int lastContent;
        /** Slashes or colons of a fenced block, so only a fence of the same length closes it. */
        int fence;
        /** Columns of indentation the body has (mkdocs: 4); 0 for fenced containers. */
        int bodyIndent;
        Kind kind = Kind.ADMONITION;

        Open(AdmonitionSyntax syntax, int start, int markerColumn) {
            this(syntax, false, start, markerColumn);
        }

        Open(AdmonitionSyntax syntax, boolean tab, int start, int markerColumn) {
            this.syntax = syntax;
            this.tab = tab;
            this.start = start;
            this.markerColumn = markerColumn;
            this.lastContent = start;
            if (tab) kind = Kind.TAB;
            if (syntax == AdmonitionSyntax.MKDOCS) bodyIndent = 4;
        }

        boolean indented() {
            return bodyIndent > 0;
        }
    }

    private ContainerScanner() {
    }

    static Result scan(String[] original, int firstLine) {
        return scan(original, firstLine, null, false);
    }

    /**
     * @param syntaxes    the structure syntaxes of the page's flavour, or null for none
     * @param definitions whether the renderer reads definition lists ({@code Term} / {@code :   Definition})
     */
    static Result scan(String[] original, int firstLine, Syntaxes syntaxes, boolean definitions) {
        return scan(original, firstLine, syntaxes, definitions, false);
    }

    /** @param mdx whether asides may be indented any amount (MDX: no indented code) */
    static Result scan(String[] original, int firstLine, Syntaxes syntaxes, boolean definitions, boolean mdx) {
        Pattern asideOpen = mdx ? ASIDE_OPEN_MDX : ASIDE_OPEN;
        Pattern asideClose = mdx ? ASIDE_CLOSE_MDX : ASIDE_CLOSE;
        String[] lines = original.clone();
        int[] shift = new int[lines.length];
        List<Container> found = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        int lastDefinitionEnd = -10;
        Deque<Open> stack = new ArrayDeque<>(); // head = innermost
        String fence = null;
        String fenceIndent = "";

        for (int i = firstLine; i < lines.length; i++) {
            String working = lines[i];
            boolean blank = working.isBlank();

            // De-indent for each open indented container, outermost first; a dedented line closes.
            if (!blank && !stack.isEmpty()) {
                for (java.util.Iterator<Open> outerFirst = stack.descendingIterator(); outerFirst.hasNext(); ) {
                    Open c = outerFirst.next();
                    if (!c.indented()) continue;
                    int k = c.markerColumn;
                    if (leadingColumns(working) < k + c.bodyIndent) {
                        while (!stack.isEmpty()) {
                            Open inner = stack.pop();
                            if (inner.kind == Kind.DEFINITION) lastDefinitionEnd = i - 1;
                            found.add(close(inner));
                            if (inner == c) break;
                        }
                        fence = null;
                        break;
                    }
                    working = removeColumns(working, k, c.bodyIndent);
                }
            }
            shift[i] = lines[i].length() - working.length();

            if (fence != null) {
                // Matchers only for lines that can close something: most lines in a fence are code.
                Matcher f = mayBeFence(working) ? FENCE.matcher(working) : null;
                Matcher close;
                if (f != null && f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && working.substring(f.end()).isBlank()) {
                    fence = null;
                } else if (!stack.isEmpty() && (close = asideClose.matcher(working)).matches()
                        && containsAside(stack, close.group(1).length())) {
                    // remark-directive closes an aside at its closing line even inside a code fence the
                    // aside holds (the fence ends with the aside); the parser is told so by a closing fence
                    // on that line. broken-source-markup reports the unclosed fence.
                    closeAside(stack, found, close.group(1).length(), i);
                    lines[i] = fenceIndent + fence;
                    fence = null;
                    continue;
                }
                lines[i] = working;
                touch(stack, i, blank);
                continue;
            }
            Matcher f;
            if (mayBeFence(working) && (f = FENCE.matcher(working)).find()) {
                fence = f.group(1);
                fenceIndent = working.substring(0, f.start(1));
                lines[i] = working;
                touch(stack, i, blank);
                continue;
            }

            if (syntaxes != null && !blank) {
                // A claim is rare: the HTML that a syntax must not claim is looked for only under one.
                Syntaxes.Claim claim = syntaxes.structureAt(lines, i);
                if (claim != null && !htmlContainerLine(working, stack)) {
                    int last = Math.min(lines.length, i + claim.lines()) - 1;
                    directives.add(new Directive(claim.syntax(), i, last));
                    lines[i] = blankOut(working);
                    for (int j = i + 1; j <= last; j++) {
                        lines[j] = blankOut(lines[j]);
                        shift[j] = 0;
                    }
                    touch(stack, last, false);
                    i = last;
                    continue;
                }
            }
            Matcher d;
            if (definitions && mayBeDefinition(working) && (d = DEFINITION.matcher(working)).find()) {
                boolean anotherDefinition = lastDefinitionEnd >= i - 2;
                boolean term = !anotherDefinition && isTerm(lines, i - 1, firstLine);
                // A blank line between term and definition: the term is a paragraph flexmark parses itself.
                boolean looseTerm = !anotherDefinition && !term && i - 1 >= firstLine && lines[i - 1].isBlank()
                        && isTerm(lines, i - 2, firstLine);
                if (term || looseTerm || anotherDefinition) {
                    Open c = new Open(AdmonitionSyntax.MKDOCS, false, term || looseTerm ? i - 1 : i,
                            d.group(1).length());
                    c.kind = Kind.DEFINITION;
                    c.bodyIndent = Math.max(2, d.end() - d.group(1).length());
                    if (term) {
                        String termLine = lines[i - 1];
                        int at = termLine.length() - termLine.stripLeading().length();
                        setTitle(c, termLine.substring(at), i - 1, at);
                        lines[i - 1] = blankOut(termLine);
                    }
                    stack.push(c);
                    // The marker goes; the definition's first line keeps its column for positions.
                    String body = working.substring(d.end());
                    shift[i] += d.end();
                    lines[i] = body;
                    touch(stack, i, false);
                    continue;
                }
            }
            // Each form below starts, after white space, with its own character: a line is tried only on its forms.
            char opener = opener(working);
            if (opener == 0) {
                lines[i] = working;
                touch(stack, i, blank);
                continue;
            }
            Open top = stack.peek();
            if (top != null && top.syntax == AdmonitionSyntax.HTML_DIV && mayHoldDivTag(working)) {
                Matcher tags = DIV_TAG.matcher(working);
                boolean closesTop = false;
                while (tags.find()) {
                    if (tags.group(1).isEmpty()) top.divDepth++;
                    else if (top.divDepth == 0) closesTop = true;
                    else top.divDepth--;
                }
                if (closesTop && working.strip().equalsIgnoreCase("</div>")) {
                    found.add(close(stack.pop()));
                    lines[i] = blankOut(working);
                    continue;
                }
            }

            Matcher m;
            if (opener == '=' && (m = TAB.matcher(working)).matches()) {
                Open c = new Open(AdmonitionSyntax.MKDOCS, true, i, m.group(1).length());
                setTitle(c, m.group(2), i, m.start(2));
                stack.push(c);
                lines[i] = blankOut(working);
            } else if ((opener == '!' || opener == '?') && (m = MKDOCS.matcher(working)).matches()) {
                Open c = new Open(AdmonitionSyntax.MKDOCS, i, m.group(1).length());
                c.collapsible = m.group(2).startsWith("???");
                c.open = m.group(2).endsWith("+");
                parseMkdocsRest(c, m.group(3), i, m.start(3));
                stack.push(c);
                lines[i] = blankOut(working);
            } else if (opener == '<' && (m = DETAILS_OPEN.matcher(working)).matches()) {
                Open c = new Open(AdmonitionSyntax.HTML_DETAILS, i, m.group(1).length());
                c.collapsible = true;
                c.open = OPEN_ATTR.matcher(m.group(2)).find();
                c.declaredType = firstClass(m.group(2));
                String rest = m.group(3);
                Matcher s = SUMMARY.matcher(rest);
                if (s.matches()) {
                    setTitle(c, s.group(1), i, m.start(3) + s.start(1));
                } else if (i + 1 < lines.length) {
                    Matcher next = SUMMARY.matcher(lines[i + 1]);
                    if (next.matches()) {
                        setTitle(c, next.group(1), i + 1, next.start(1));
                        lines[i + 1] = blankOut(lines[i + 1]);
                        shift[i + 1] = 0;
                        c.lastContent = i + 1;
                    }
                }
                stack.push(c);
                lines[i] = blankOut(working);
                if (c.titleLine == i + 1) i++;
            } else if (opener == '<' && DETAILS_CLOSE.matcher(working).matches()
                    && contains(stack, AdmonitionSyntax.HTML_DETAILS)) {
                closeThrough(stack, found, AdmonitionSyntax.HTML_DETAILS, i);
                lines[i] = blankOut(working);
            } else if (opener == '<' && (m = DIV_OPEN.matcher(working)).matches()) {
                Open c = new Open(AdmonitionSyntax.HTML_DIV, i, m.group(1).length());
                c.declaredType = m.group(2).toLowerCase(Locale.ROOT);
                if (i + 1 < lines.length) {
                    Matcher t = DIV_TITLE.matcher(lines[i + 1]);
                    if (t.matches()) {
                        setTitle(c, t.group(1), i + 1, t.start(1));
                        lines[i + 1] = blankOut(lines[i + 1]);
                        c.lastContent = i + 1;
                    }
                }
                stack.push(c);
                lines[i] = blankOut(working);
                if (c.titleLine == i + 1) i++;
            } else if (opener == '/' && (m = BLOCKS_OPEN.matcher(working)).matches()) {
                String name = m.group(3).toLowerCase(Locale.ROOT);
                boolean tab = name.equals("tab");
                Open c = new Open(AdmonitionSyntax.PYMDOWNX_BLOCKS, tab, i, m.group(1).length());
                c.fence = m.group(2).length();
                if (!tab && !TYPES.contains(name)) c.kind = Kind.WRAPPER;
                c.declaredType = name;
                c.collapsible = name.equals("details");
                if (m.group(4) != null && !m.group(4).isBlank()) setTitle(c, m.group(4), i, m.start(4));
                stack.push(c);
                lines[i] = blankOut(working);
                // Options (indented YAML) follow the header directly; `type:` sets the admonition's type.
                while (i + 1 < lines.length && (m = BLOCKS_OPTION.matcher(lines[i + 1])).matches()) {
                    if (m.group(1).equals("type") && m.group(2) != null && !tab && c.kind == Kind.ADMONITION) {
                        c.declaredType = m.group(2).strip().toLowerCase(Locale.ROOT);
                    }
                    lines[i + 1] = blankOut(lines[i + 1]);
                    i++;
                }
            } else if (opener == '/' && (m = BLOCKS_CLOSE.matcher(working)).matches()
                    && containsFence(stack, AdmonitionSyntax.PYMDOWNX_BLOCKS, m.group(1).length())) {
                closeFence(stack, found, AdmonitionSyntax.PYMDOWNX_BLOCKS, m.group(1).length(), i);
                lines[i] = blankOut(working);
            } else if (opener == ':' && (m = asideOpen.matcher(working)).matches()) {
                boolean legacyTitle = m.group(4) == null && m.group(5) != null;
                Open c = new Open(legacyTitle ? AdmonitionSyntax.DOCUSAURUS : AdmonitionSyntax.DIRECTIVE, i,
                        m.group(1).length());
                c.fence = m.group(2).length();
                c.declaredType = m.group(3).toLowerCase(Locale.ROOT);
                if (m.group(4) != null && !m.group(4).isBlank()) setTitle(c, m.group(4), i, m.start(4));
                else if (legacyTitle) setTitle(c, m.group(5), i, m.start(5));
                stack.push(c);
                lines[i] = blankOut(working);
            } else if (opener == ':' && (m = asideClose.matcher(working)).matches()
                    && containsAside(stack, m.group(1).length())) {
                closeAside(stack, found, m.group(1).length(), i);
                lines[i] = blankOut(working);
            } else {
                lines[i] = working;
                touch(stack, i, blank);
            }
        }
        while (!stack.isEmpty()) found.add(close(stack.pop()));
        found.sort(java.util.Comparator.comparingInt(Container::start));
        return new Result(lines, shift, found, List.copyOf(directives));
    }

    /** Whether line {@code at} can be a definition list's term: one line of text after a blank line. */
    private static boolean isTerm(String[] lines, int at, int firstLine) {
        return at >= firstLine && !lines[at].isBlank() && !NOT_A_TERM.matcher(lines[at]).find()
                && (at == firstLine || lines[at - 1].isBlank());
    }

    /** HTML that opens or closes an admonition: MDX's JSX syntax must not claim it first. */
    private static boolean htmlContainerLine(String line, Deque<Open> stack) {
        // Each form below is a line that starts with a tag after white space: any other line (most) needs no regex.
        return startsWithTag(line) && (DETAILS_OPEN.matcher(line).matches() || DETAILS_CLOSE.matcher(line).matches()
                || DIV_OPEN.matcher(line).matches()
                || contains(stack, AdmonitionSyntax.HTML_DIV) && line.strip().equalsIgnoreCase("</div>"));
    }

    /**
     * Whether a line's first character that is not white space ({@link Character#isWhitespace}, which takes in the
     * regexes' {@code \s} and what {@code strip} removes) is {@code <}.
     */
    private static boolean startsWithTag(String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (!Character.isWhitespace(ch)) return ch == '<';
        }
        return false;
    }

    /** Cheap pre-check for {@link #FENCE}: the first character after white space ({@code \s}) is a backtick or tilde. */
    private static boolean mayBeFence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') continue;
            return ch == '`' || ch == '~';
        }
        return false;
    }

    /**
     * Cheap pre-check for {@link #DIV_TAG}: a {@code <}, perhaps a {@code /}, then {@code d} or {@code D} (the regex is
     * case-insensitive in ASCII only). Most lines in a div (its images, its text) hold none.
     */
    private static boolean mayHoldDivTag(String line) {
        for (int i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
            int j = i + 1;
            if (j < line.length() && line.charAt(j) == '/') j++;
            if (j < line.length() && (line.charAt(j) | 0x20) == 'd') return true;
        }
        return false;
    }

    /** Cheap pre-check for {@link #DEFINITION}: a colon after at most three spaces. */
    private static boolean mayBeDefinition(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') i++;
        return i < line.length() && line.charAt(i) == ':';
    }

    /**
     * The character after a line's leading spaces and tabs when it is one that can open or close a container
     * ({@code =} tabs, {@code !} and {@code ?} admonitions, {@code <} HTML, {@code /} blocks, {@code :} asides), else 0.
     * The forms' regexes skip {@code \s} first, and none of these characters is one, so each form can match only where
     * this is its character.
     */
    private static char opener(String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == ' ' || ch == '\t') continue;
            return ch == '!' || ch == '?' || ch == '<' || ch == '/' || ch == ':' || ch == '=' ? ch : 0;
        }
        return 0;
    }

    private static void parseMkdocsRest(Open c, String rest, int line, int restColumn) {
        if (rest.isEmpty()) return;
        Matcher typed = MKDOCS_TYPE.matcher(rest);
        String titlePart = rest;
        int titleColumn = restColumn;
        if (typed.matches()) {
            c.declaredType = typed.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
            titlePart = typed.group(2);
            titleColumn = restColumn + typed.start(2);
        }
        if (titlePart.isEmpty()) return;
        if (titlePart.length() >= 2 && titlePart.startsWith("\"") && titlePart.endsWith("\"")) {
            setTitle(c, titlePart.substring(1, titlePart.length() - 1), line, titleColumn + 1);
        } else {
            // Not ASCII-quoted (e.g. «Title» or 「Title」): keep it as written, quote rules report it.
            setTitle(c, titlePart, line, titleColumn);
        }
    }

    private static void setTitle(Open c, String raw, int line, int column) {
        c.titleRaw = raw;
        c.title = raw.strip();
        c.titleLine = line;
        c.titleColumn = column;
    }

    private static String firstClass(String attributes) {
        Matcher m = CLASS_ATTR.matcher(attributes);
        if (!m.find()) return null;
        String[] classes = m.group(1).strip().split("\\s+");
        for (String cls : classes) {
            if (!cls.isEmpty() && !cls.equals("admonition")) return cls.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static void touch(Deque<Open> stack, int line, boolean blank) {
        if (blank) return;
        for (Open c : stack) c.lastContent = line;
    }

    private static boolean contains(Deque<Open> stack, AdmonitionSyntax syntax) {
        for (Open c : stack) if (c.syntax == syntax) return true;
        return false;
    }

    /** Whether a fenced container of {@code syntax} with exactly {@code fence} markers is open. */
    private static boolean containsFence(Deque<Open> stack, AdmonitionSyntax syntax, int fence) {
        for (Open c : stack) if (c.syntax == syntax && c.fence == fence) return true;
        return false;
    }

    /** Closes up to and including the innermost fenced container of {@code syntax} with that fence length. */
    private static void closeFence(Deque<Open> stack, List<Container> found, AdmonitionSyntax syntax, int fence,
                                   int line) {
        while (!stack.isEmpty()) {
            Open c = stack.pop();
            boolean target = c.syntax == syntax && c.fence == fence;
            if (target) c.lastContent = line;
            found.add(close(c));
            if (target) {
                for (Open outer : stack) outer.lastContent = line;
                return;
            }
        }
    }

    /** Aside fences close an aside opened with at most as many colons. */
    private static boolean containsAside(Deque<Open> stack, int colons) {
        for (Open c : stack) if (isAside(c) && c.fence <= colons) return true;
        return false;
    }

    private static boolean isAside(Open c) {
        return c.syntax == AdmonitionSyntax.DIRECTIVE || c.syntax == AdmonitionSyntax.DOCUSAURUS;
    }

    private static void closeAside(Deque<Open> stack, List<Container> found, int colons, int line) {
        while (!stack.isEmpty()) {
            Open c = stack.pop();
            boolean target = isAside(c) && c.fence <= colons;
            if (target) c.lastContent = line;
            found.add(close(c));
            if (target) {
                for (Open outer : stack) outer.lastContent = line;
                return;
            }
        }
    }

    private static void closeThrough(Deque<Open> stack, List<Container> found, AdmonitionSyntax syntax, int line) {
        while (!stack.isEmpty()) {
            Open c = stack.pop();
            if (c.syntax == syntax) c.lastContent = line;
            found.add(close(c));
            if (c.syntax == syntax) {
                for (Open outer : stack) outer.lastContent = line;
                return;
            }
        }
    }

    private static Container close(Open c) {
        if (c.kind != Kind.ADMONITION) {
            return new Container(c.kind, null, c.start, c.lastContent, c.markerColumn, c.titleLine, c.titleColumn,
                    c.titleRaw);
        }
        String type = c.declaredType == null ? "note" : c.declaredType;
        Admonition admonition = new Admonition(c.syntax, type, c.declaredType, c.title, c.collapsible, c.open);
        return new Container(Kind.ADMONITION, admonition, c.start, c.lastContent, c.markerColumn, c.titleLine,
                c.titleColumn, c.titleRaw);
    }

    /** Replaces a marker line by spaces: flexmark sees a blank line, offsets stay valid. */
    private static String blankOut(String line) {
        return " ".repeat(line.length());
    }

    static int leadingColumns(String line) {
        int cols = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == ' ') cols++;
            else if (ch == '\t') cols += 4 - (cols % 4);
            else break;
        }
        return cols;
    }

    /** Removes {@code count} columns of leading white space starting at column {@code from}. */
    private static String removeColumns(String line, int from, int count) {
        int col = 0;
        int i = 0;
        while (i < line.length() && col < from) {
            col += line.charAt(i) == '\t' ? 4 - (col % 4) : 1;
            i++;
        }
        int startChar = i;
        int removed = 0;
        StringBuilder pad = new StringBuilder();
        while (i < line.length() && removed < count) {
            char ch = line.charAt(i);
            int width = ch == '\t' ? 4 - (col % 4) : 1;
            if (removed + width > count) {
                pad.append(" ".repeat(removed + width - count));
                removed = count;
            } else {
                removed += width;
            }
            col += width;
            i++;
        }
        return line.substring(0, startChar) + pad + line.substring(i);
    }
}
