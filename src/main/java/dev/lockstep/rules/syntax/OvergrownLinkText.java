package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a translated link whose text swallowed the punctuation or code span around it. */
public final class OvergrownLinkText implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("overgrown-link-text", Severity.ERROR,
            "A link's text swallowed surrounding punctuation or a code span", """
            ## What it does
            Reports a translated link whose text begins with punctuation (`，` `、` `,` `;` `)`…), ends with
            a comma or an opening bracket, or contains a code span, where no link of the source block does.

            ## Why it matters
            When a translation tool moves the `[` or `]` of a link, the link grows over the words around
            it: a comma is underlined, a command becomes part of the link, and the sentence reads wrongly
            in the rendered page. It is the sign that the link markers were put back in the wrong place.
            Code formatting a translator adds to the linked words themselves (``[`TrayIconBuilder`](…)`` for
            `[TrayIconBuilder](…)`) is not reported.

            ## Example
            Source: ``You can [copy and paste text](https://www.qubes-os.org/doc/how-to-copy-and-paste-text/) using `qvm-copy-to-vm` or…``
            Translation: ``你可以 [，使用 `qvm-copy-to-vm` 或下面的说明复制和粘贴文本](https://www.qubes-os.org/doc/how-to-copy-and-paste-text/)。``
            → `the link text swallowed "，" and the code span `qvm-copy-to-vm``.
            """);

    private static final String LEADING = ",;:.!?)，、；：。！？）」』";
    private static final String TRAILING = ",;(，、；（「『";
    static final Pattern ICON = Pattern.compile(":[a-z]+(?:-[\\w]+)+:");
    private static final Pattern CODE = Pattern.compile("`+[^`]+`+");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy's link texts are the source's: what they hold, the source's hold too.
        for (BlockPair pair : page.compared().written()) {
            List<Inline> links = pair.translation().inlines(InlineKind.LINK);
            if (links.isEmpty()) continue;
            List<Inline> sourceLinks = pair.source() == null ? List.of() : pair.source().inlines(InlineKind.LINK);
            SourceLinks sourceTexts = new SourceLinks(sourceLinks);
            for (Inline link : links) {
                if (!link.raw().startsWith("[")) continue;
                String text = withoutIcons(link.text()).strip();
                List<String> swallowed = new ArrayList<>();
                int offset = -1;
                if (startsWith(text, LEADING) && !sourceTexts.leading()) {
                    swallowed.add("\"" + text.charAt(0) + "\"");
                    offset = link.raw().indexOf(text.charAt(0));
                }
                // Every code span has a backtick: most link texts have none, and need no search.
                if (text.indexOf('`') >= 0 && !sourceTexts.code()) {
                    Matcher m = CODE.matcher(text);
                    while (m.find()) {
                        // Code formatting a translator adds to a linked name ([`TrayIconBuilder`] for
                        // [TrayIconBuilder]) swallows nothing: the link holds only the code span, or the
                        // source's link text already holds those words.
                        if (m.group().equals(text) || linkedInSource(sourceLinks, m.group())) continue;
                        swallowed.add("the code span " + m.group());
                        if (offset < 0) offset = link.raw().indexOf(m.group());
                    }
                }
                if (endsWith(text, TRAILING) && !sourceTexts.trailing()) {
                    swallowed.add("\"" + text.charAt(text.length() - 1) + "\"");
                    if (offset < 0) offset = link.raw().lastIndexOf(text.charAt(text.length() - 1), link.raw().indexOf("]("));
                }
                if (swallowed.isEmpty()) continue;
                Inline source = sourceLinks.stream().filter(l -> l.target() != null && l.target().equals(link.target()))
                        .findFirst().orElse(null);
                String hint = source == null ? "" : ": the source links only \"" + source.text() + "\"";
                findings.add(page.report(SPEC, pair)
                        .at(at(link, Math.max(offset, 0)))
                        .message("the link text swallowed " + String.join(" and ", swallowed)
                                + "; move " + (swallowed.size() == 1 ? "it" : "them") + " out of [ ]" + hint)
                        .detail("linkText", link.text())
                        .detail("swallowed", swallowed)
                        .detail("sourceText", source == null ? null : source.text())
                        .detail("target", link.target())
                        .identity(link.raw())
                        .build());
            }
        }
        return findings;
    }

    /** What the source block's link texts hold, looked at only when a translated link text raises the question. */
    private static final class SourceLinks {
        private final List<Inline> links;
        private Boolean leading;
        private Boolean trailing;
        private Boolean code;

        SourceLinks(List<Inline> links) {
            this.links = links;
        }

        boolean leading() {
            if (leading == null) {
                leading = false;
                // The first link that opens so answers: no need to look at the rest.
                for (int i = 0; i < links.size() && !leading; i++) leading = startsWith(links.get(i).text(), LEADING);
            }
            return leading;
        }

        boolean trailing() {
            if (trailing == null) {
                trailing = false;
                for (int i = 0; i < links.size() && !trailing; i++) trailing = endsWith(links.get(i).text(), TRAILING);
            }
            return trailing;
        }

        boolean code() {
            if (code == null) {
                code = false;
                for (int i = 0; i < links.size() && !code; i++) code = links.get(i).text().contains("`");
            }
            return code;
        }
    }

    private static boolean linkedInSource(List<Inline> sourceLinks, String codeSpan) {
        String words = codeSpan.replace("`", "").strip();
        if (words.isEmpty()) return false;
        for (Inline l : sourceLinks) if (l.text().contains(words)) return true;
        return false;
    }

    /** The position of a character on the link's first line (links rarely span lines; if so, its start). */
    private static Position at(Inline link, int offset) {
        int newline = link.raw().indexOf('\n');
        if (newline >= 0 && newline < offset) return link.position();
        return new Position(link.position().line(), link.position().column() + offset);
    }

    /**
     * The text without its icon shortcodes ({@link #ICON}), removed as {@code replaceAll} removes them, found by hand:
     * every link text with a colon passes here, several times (a site with icons has many).
     */
    static String withoutIcons(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return text;
        StringBuilder out = null;
        int copied = 0;
        for (int at = colon; at >= 0; ) {
            int end = iconEnd(text, at);
            if (end < 0) {
                at = text.indexOf(':', at + 1);
                continue;
            }
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, at);
            copied = end;
            at = text.indexOf(':', end);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where the icon shortcode that opens with the colon at {@code at} ends (past its closing colon), or -1. Each
     * part of {@link #ICON} takes all it can (no character of a part can start the next), so no backtracking.
     */
    private static int iconEnd(String text, int at) {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') i++;
        if (i == at + 1) return -1;
        int parts = 0;
        while (i < text.length() && text.charAt(i) == '-') {
            int word = i + 1;
            while (word < text.length() && isWordCharacter(text.charAt(word))) word++;
            if (word == i + 1) return -1;
            i = word;
            parts++;
        }
        return parts > 0 && i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
    }

    /** {@code \w} as {@link java.util.regex.Pattern} reads it without flags: an ASCII letter, digit or underscore. */
    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean startsWith(String text, String chars) {
        String t = withoutIcons(text).strip();
        return !t.isEmpty() && chars.indexOf(t.charAt(0)) >= 0;
    }

    private static boolean endsWith(String text, String chars) {
        String t = withoutIcons(text).strip();
        return !t.isEmpty() && chars.indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
