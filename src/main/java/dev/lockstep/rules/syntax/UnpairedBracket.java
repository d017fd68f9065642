package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a bracket without its partner in a translated block whose source block pairs all of its brackets. */
public final class UnpairedBracket implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("unpaired-bracket", Severity.WARNING,
            "A bracket has no partner in the translation, where the source's are paired", """
            ## What it does
            Reads the text of each translated block as readers see it (code spans, URLs and the link
            syntax `[…](…)` itself left out) and the text of each of its links, and pairs its brackets:
            `(` `)`, `[` `]`, `{` `}`, and the full-width `（）`, `【】`, `「」`, `『』` that Chinese, Japanese
            and Korean write (`（` pairs with `)`, `［` with `]`, `｛` with `}`). It reports a bracket
            without its partner when every bracket of the source block, and of its links, has one. A
            bracket paired anywhere in the same block is paired, across sentences too. The finding names
            the character and quotes the words around it, or the link text when the bracket is inside a
            link; a bracket the link took in from around it (`[(DAITA](…))`) is to move out of the link, and
            a task box that lost its `]` (`- [Desativar…` for `- [ ] Disable…`) is named as such.

            Not reported: brackets the source leaves unpaired too (the block is skipped), list markers in
            the text (`1)`, `a)`, `iv)`), emoticons (`:)`, `;-(`), half-open ranges (`[0, 1)`) and a URL's
            parentheses (a URL ends at white space or CJK text, so `[FAQ]（https://…）` pairs its brackets).
            Left to the rules that say more: a block whose text shows a source link's target after a bracket
            (`[text(url)`, `]text](url)`, `[text] (url)`: broken-link-syntax, spaced-link-syntax); a brace where
            the source block has an attribute list (attr-list-mismatch); a bracket beside a code span that
            holds its partner (`` `(words`) ``: code-span-mismatch). Quotation marks are not checked:
            languages write them differently from English (`«»`, `„“`), and a closing `"` looks like an
            opening one.

            ## Why it matters
            A stray bracket is text a translator left while editing around a link or a parenthesis, or a
            parenthesis the translation opened and never closed: the rendered page shows it. Translation QA
            tools check for it ("unpaired symbols" in Xbench and Okapi CheckMate).

            ## Example
            Source: `and [continuous deployment](/continuous-deployment/) and accelerate…`
            Translation: `và [triển khai liên tục )](/continuous-deployment/), giúp tăng tốc…`
            → `")" without its "(" in the link text "triển khai liên tục )": remove it or add the "(" it closes`.
            """);

    /** Opening brackets and, at the same index, their closing ones; FAMILY says which pair each belongs to. */
    private static final String OPENS = "([{【「『（［｛";
    private static final String CLOSES = ")]}】」』）］｝";
    private static final int[] FAMILY = {0, 1, 2, 3, 4, 5, 0, 1, 2};
    private static final int FAMILIES = 6;

    /**
     * The patterns read only for a text whose brackets do not pair as written (nearly every text's do), compiled
     * when one is first met rather than whenever the rule is loaded.
     */
    private static final class Unusual {
        /** A URL written as text; it ends at white space or at CJK text, which writes no space after it. */
        static final Pattern URL = Pattern.compile("(?:(?:https?|ftp)://|www\\.)"
                + "[^\\s<>\"\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303f\\uff00-\\uffef]+");
        /** The label of a list marker: one or two digits, a letter, or a small Roman numeral. */
        static final Pattern LIST_LABEL = Pattern.compile("\\d{1,2}|\\p{L}|[ivxIVX]{1,4}");
        /** A task list box, {@code [ ]} or {@code [x]}, at the start of a list item. */
        static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]\\]");
        /** {@code :)}, {@code ;-(}, {@code =]}: a face, not a bracket. */
        static final Pattern EMOTICON = Pattern.compile("(?<![\\p{L}\\p{N}])[:;=][-'^o~]?[()\\[\\]{}]");
        /** A half-open range, {@code [0, 1)} or {@code (0, ∞]}: its two ends are a pair. */
        static final Pattern RANGE = Pattern.compile(
                "[\\[(]\\s*[-−+]?(?:\\d[\\d.,]*|∞)\\s*[,;]\\s*[-−+]?(?:\\d[\\d.,]*|∞)\\s*[\\])]");
    }

    /** A bracket without its partner: its index in the text examined and the character. */
    record Unpaired(int index, char character) {
        char partner() {
            int open = OPENS.indexOf(character);
            return open >= 0 ? CLOSES.charAt(open) : OPENS.charAt(CLOSES.indexOf(character));
        }

        boolean opens() {
            return OPENS.indexOf(character) >= 0;
        }

        boolean brace() {
            int open = OPENS.indexOf(character);
            return FAMILY[open >= 0 ? open : CLOSES.indexOf(character)] == 2;
        }
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy brackets as its source does: paired, or left alone as the source leaves them.
        for (BlockPair pair : page.compared().changed()) {
            List<Inline> links = pair.translation().inlines(InlineKind.LINK);
            // Most blocks have no bracket at all: nothing to pair, and the source is not read (nor the texts joined).
            if (!anyBracket(pair.translation().texts()) && !anyLinkBracket(links)) continue;
            Joined translation = Joined.of(pair.translation());
            List<Unpaired> inBlock = unpaired(translation.text);
            List<Inline> unpairedLinks = unpairedLinks(links);
            if (inBlock.isEmpty() && unpairedLinks.isEmpty()) continue;
            Joined source = Joined.of(pair.source());
            if (!allPaired(pair.source(), source) || brokenLink(translation.text, pair.source())) continue;
            // A brace where the source has attribute lists is one the translation broke: attr-list-mismatch's.
            boolean attrLists = !pair.source().inlines(InlineKind.ATTR_LIST).isEmpty();
            List<String> code = pair.translation().inlines(InlineKind.CODE).stream().map(Inline::text).toList();
            String sourceAt = (hasBracket(source.text) ? "the source's brackets are all paired: " : "the source has no bracket: ")
                    + page.source().path() + ":" + pair.source().line();
            List<Inline> reported = new ArrayList<>();
            Matcher box = Unusual.TASK_BOX.matcher(source.text);
            for (Unpaired u : inBlock) {
                if (attrLists && u.brace() || besideCode(translation.text, u, code)) continue;
                Position at = translation.position(u.index());
                Inline link = unpairedLinks.stream().filter(l -> contains(l, at)).findFirst().orElse(null);
                if (link != null) {
                    reported.add(link);
                    String text = shown(linkText(link));
                    findings.add(finding(page, pair, u, at, "in the link text \"" + text + "\"", advice(u), text,
                            link, sourceAt));
                } else if (u.character() == '[' && translation.startsPart(u.index())
                        && pair.source().kind() == BlockKind.LIST_ITEM && box.reset().find()) {
                    String excerpt = translation.excerpt(u.index());
                    findings.add(finding(page, pair, u, at, "at the start of the list item \"" + excerpt + "\"",
                            "the source's task box " + box.group() + " lost its \"]\": write " + box.group(), excerpt,
                            null, sourceAt));
                } else {
                    String excerpt = translation.excerpt(u.index());
                    findings.add(finding(page, pair, u, at, "in the " + pair.translation().kind().noun() + ": \""
                            + excerpt + "\"", advice(u), excerpt, null, sourceAt));
                }
            }
            for (Inline link : unpairedLinks) {
                if (reported.contains(link)) continue;
                // Paired in the block but not in the link: the link took in a bracket the source keeps outside.
                String text = linkText(link);
                Unpaired u = unpaired(text).get(0);
                if (attrLists && u.brace()) continue;
                String shown = shown(text);
                boolean edge = u.opens() ? text.strip().indexOf(u.character()) == 0
                        : text.strip().lastIndexOf(u.character()) == text.strip().length() - 1;
                String advice = !edge ? "its \"" + u.partner() + "\" is outside the link: put both in the link or both out"
                        : u.opens() ? "move it out of [ ] to before the link" : "move it out of [ ] to after the link";
                findings.add(finding(page, pair, u, bracketOf(link, u), "in the link text \"" + shown + "\"", advice,
                        shown, link, sourceAt));
            }
        }
        return findings;
    }

    /** The links whose text leaves a bracket unpaired, in order: most blocks' links have no bracket at all. */
    private static List<Inline> unpairedLinks(List<Inline> links) {
        List<Inline> out = List.of();
        for (Inline l : links) {
            if (!hasBracket(l.text()) || unpaired(linkText(l)).isEmpty()) continue;
            if (out.isEmpty()) out = new ArrayList<>();
            out.add(l);
        }
        return out;
    }

    /**
     * Whether the text shows a source link's target after a bracket, {@code ](target} or {@code (target}: the
     * link does not render, and broken-link-syntax reports it with the source's link text.
     */
    private static boolean brokenLink(String text, Block source) {
        for (Inline link : source.inlines(InlineKind.LINK)) {
            String target = link.target();
            if (target != null && target.length() > 1 && text.contains("(" + target)) return true;
        }
        return false;
    }

    private static String advice(Unpaired u) {
        return u.opens() ? "close it with \"" + u.partner() + "\" or remove it"
                : "remove it or add the \"" + u.partner() + "\" it closes";
    }

    private static Finding finding(AlignedPage page, BlockPair pair, Unpaired u, Position at, String place,
                                   String advice, String excerpt, Inline link, String sourceAt) {
        return page.report(SPEC, pair)
                .at(at)
                .message("\"" + u.character() + "\" without its \"" + u.partner() + "\" " + place + ": " + advice
                        + " (" + sourceAt + ")")
                .detail("character", String.valueOf(u.character()))
                .detail("excerpt", excerpt)
                .detail("linkText", link == null ? null : linkText(link))
                .identity(u.character())
                .identity(excerpt)
                .build();
    }

    /**
     * Whether the bracket stands beside a code span (white space between aside) and a code span of the
     * block holds its partner: the translation moved the partner into the code, and code-span-mismatch
     * reports the changed code span.
     */
    private static boolean besideCode(String text, Unpaired u, List<String> code) {
        String partner = String.valueOf(u.partner());
        if (code.stream().noneMatch(c -> c.contains(partner))) return false;
        int before = u.index() - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int after = u.index() + 1;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return before >= 0 && text.charAt(before) == Prose.CODE || after < text.length() && text.charAt(after) == Prose.CODE;
    }

    /** Whether every bracket of the block's text and of its links' texts has its partner. */
    private static boolean allPaired(Block source, Joined text) {
        if (!unpaired(text.text).isEmpty()) return false;
        for (Inline link : source.inlines(InlineKind.LINK)) if (!unpaired(linkText(link)).isEmpty()) return false;
        return true;
    }

    /**
     * The brackets of {@code text} without a partner, in order. Each pair is matched on its own (a
     * {@code (} closes with the nearest {@code )} whatever square brackets lie between); URLs, emoticons
     * and half-open ranges are left out, and a closing bracket that ends a list marker is not one.
     */
    static List<Unpaired> unpaired(String text) {
        if (!hasBracket(text) || balanced(text)) return List.of();
        // Nearly every text with brackets pairs them as written: URLs, faces and ranges are looked for only
        // when it does not (a face that also closes a parenthesis, "(see :)", then counts as closing it).
        List<Unpaired> asWritten = match(text, text.toCharArray());
        if (asWritten.isEmpty()) return asWritten;
        char[] chars = text.toCharArray();
        blank(chars, Unusual.URL.matcher(text), true);
        blank(chars, Unusual.EMOTICON.matcher(text), false);
        Matcher range = Unusual.RANGE.matcher(text);
        while (range.find()) {
            chars[range.start()] = ' ';
            chars[range.end() - 1] = ' ';
        }
        return match(text, chars);
    }

    /**
     * Whether each closing bracket of the text closes one of its family opened before it and each opened one is
     * closed: {@link #match} then finds every bracket paired as written, without a copy of the text or a stack.
     * Nearly every text with brackets is so.
     */
    static boolean balanced(String text) {
        int[] depth = new int[FAMILIES];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBracket(c)) continue;
            int o = OPENS.indexOf(c);
            if (o >= 0) {
                depth[FAMILY[o]]++;
            } else if (depth[FAMILY[CLOSES.indexOf(c)]]-- == 0) {
                return false;
            }
        }
        for (int d : depth) if (d != 0) return false;
        return true;
    }

    /** The brackets of {@code chars} (the text, some characters blanked) without a partner, in order. */
    static List<Unpaired> match(String text, char[] chars) {
        List<Deque<Integer>> open = new ArrayList<>(FAMILIES);
        for (int f = 0; f < FAMILIES; f++) open.add(new ArrayDeque<>());
        List<Unpaired> out = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            if (!isBracket(chars[i])) continue;
            int o = OPENS.indexOf(chars[i]);
            if (o >= 0) {
                open.get(FAMILY[o]).push(i);
                continue;
            }
            Deque<Integer> stack = open.get(FAMILY[CLOSES.indexOf(chars[i])]);
            if (!stack.isEmpty()) {
                stack.pop();
            } else if (!listMarker(text, i)) {
                out.add(new Unpaired(i, chars[i]));
            }
        }
        for (Deque<Integer> stack : open) for (int i : stack) out.add(new Unpaired(i, chars[i]));
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** Whether the closing bracket at {@code close} ends a list marker written in the text: {@code 1)}, {@code b)}, {@code iv）}. */
    private static boolean listMarker(String text, int close) {
        int start = close;
        while (start > 0 && close - start < 5 && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
        if (start == close || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && "(（".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return Unusual.LIST_LABEL.matcher(text.substring(start, close)).matches();
    }

    /** Blanks each match; a URL keeps a closing parenthesis it does not open (the one that ends "(see https://x)"). */
    private static void blank(char[] chars, Matcher m, boolean url) {
        while (m.find()) {
            int end = m.end();
            if (url) end = urlEnd(new String(chars, m.start(), end - m.start()), m.start());
            Arrays.fill(chars, m.start(), end, ' ');
        }
    }

    /** Where a URL found at {@code start} ends: trailing punctuation and unbalanced closing brackets are text. */
    private static int urlEnd(String url, int start) {
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            if (".,;:!?'*".indexOf(last) >= 0) {
                end--;
            } else if ((last == ')' || last == ']')
                    && count(url, 0, end, last) > count(url, 0, end, last == ')' ? '(' : '[')) {
                end--;
            } else {
                break;
            }
        }
        return start + end;
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** Whether one of the texts has a bracket: the texts joined by line breaks have one then. */
    private static boolean anyBracket(List<Prose> texts) {
        for (Prose p : texts) if (hasBracket(p.text())) return true;
        return false;
    }

    private static boolean anyLinkBracket(List<Inline> links) {
        for (Inline l : links) if (hasBracket(l.text())) return true;
        return false;
    }

    /**
     * Whether the text has a bracket: most changed blocks' texts have none and are read whole, by one search per
     * bracket ({@code String.indexOf} is vectorized and answers at once for a bracket a Latin-1 text cannot hold),
     * about twice as fast over Privacy Guides' paragraphs as a test of each character.
     */
    static boolean hasBracket(String text) {
        for (int k = 0; k < BRACKETS.length(); k++) if (text.indexOf(BRACKETS.charAt(k)) >= 0) return true;
        return false;
    }

    private static final String BRACKETS = OPENS + CLOSES;

    /** One of {@link #OPENS} or {@link #CLOSES}, tested without searching them (every character of every block is). */
    /** The ASCII brackets as bits: ( ) below 64, [ ] { } from 64 up. */
    private static final long LOW_BRACKETS = 1L << '(' | 1L << ')';
    private static final long HIGH_BRACKETS = 1L << ('[' - 64) | 1L << (']' - 64) | 1L << ('{' - 64) | 1L << ('}' - 64);

    static boolean isBracket(char c) {
        // Every character of every translated text passes here: ASCII by its bit, the rest by the switch.
        if (c < 64) return (LOW_BRACKETS >>> c & 1) != 0;
        if (c < 128) return (HIGH_BRACKETS >>> (c - 64) & 1) != 0;
        // The others are CJK punctuation (U+300C–U+3011) and fullwidth forms (U+FF08–U+FF5D).
        if (c < 0x300C || c > 0xFF5D || c > 0x3011 && c < 0xFF08) return false;
        return switch (c) {
            case '(', ')', '[', ']', '{', '}', '【', '】', '「', '」', '『', '』', '（', '）', '［', '］', '｛', '｝' -> true;
            default -> false;
        };
    }

    /** A link's text as readers see it: its code spans are code, not words (their brackets are not prose). */
    private static String linkText(Inline link) {
        if (link.text().indexOf('`') < 0) return link.text();
        return link.text().replaceAll("`[^`]*`", String.valueOf(Prose.CODE));
    }

    /** Whether a position in the block lies inside the link's text (between its {@code [} and {@code ]}). */
    private static boolean contains(Inline link, Position at) {
        return after(at, link.position()) && !after(at, at(link, textEnd(link.raw())));
    }

    /**
     * Where the bracket a link took in stands in the written link: the last of its kind in the text for an
     * opening bracket (the one left open), the first for a closing one; the link's {@code [} if not found.
     */
    private static Position bracketOf(Inline link, Unpaired u) {
        String raw = link.raw();
        int close = textEnd(raw);
        int i = u.opens() ? raw.lastIndexOf(u.character(), close - 1) : raw.indexOf(u.character(), 1);
        return i > 0 && i < close ? at(link, i) : link.position();
    }

    /** The index in a link's written form of the {@code ]} that ends its text. */
    private static int textEnd(String raw) {
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return raw.length() - 1;
    }

    /** The file position of the character at {@code index} of a link's written form. */
    private static Position at(Inline link, int index) {
        String raw = link.raw();
        int newline = raw.lastIndexOf('\n', index);
        Position start = link.position();
        if (newline < 0) return new Position(start.line(), start.column() + index);
        int lines = (int) raw.substring(0, index).chars().filter(ch -> ch == '\n').count();
        return new Position(start.line() + lines, index - newline);
    }

    /** Whether {@code a} comes after {@code b}. */
    private static boolean after(Position a, Position b) {
        return a.line() > b.line() || a.line() == b.line() && a.column() > b.column();
    }

    /** A text on one line, its code spans shown as "…", at most 80 characters. */
    private static String shown(String text) {
        String one = text.replace(Prose.CODE, '…').replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }

    /** A block's texts joined with line breaks, each character's file position kept. */
    private record Joined(String text, List<Prose> parts, int[] starts) {
        static Joined of(Block block) {
            List<Prose> parts = block.texts();
            if (parts.size() == 1) return new Joined(parts.get(0).text(), parts, new int[] {0});
            int[] starts = new int[parts.size()];
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) b.append('\n');
                starts[i] = b.length();
                b.append(parts.get(i).text());
            }
            return new Joined(b.toString(), parts, starts);
        }

        Position position(int index) {
            int part = 0;
            while (part + 1 < starts.length && starts[part + 1] <= index) part++;
            return parts.get(part).positionOf(index - starts[part]);
        }

        /** Whether {@code index} is the first character of one of the texts. */
        boolean startsPart(int index) {
            return index == 0 || text.charAt(index - 1) == '\n';
        }

        /** The words around {@code index}, within its part, about 30 characters each side. */
        String excerpt(int index) {
            int from = text.lastIndexOf('\n', index) + 1;
            int to = text.indexOf('\n', index);
            if (to < 0) to = text.length();
            int start = Math.max(from, index - 30);
            int end = Math.min(to, index + 31);
            while (start > from && !Character.isWhitespace(text.charAt(start - 1))) start--;
            while (end < to && !Character.isWhitespace(text.charAt(end))) end++;
            if (start - from > 0 && index - start > 45) start = index - 30;
            if (to - end > 0 && end - index > 46) end = index + 31;
            String one = text.substring(start, end).replace(Prose.CODE, '…').replaceAll("\\s+", " ").strip();
            return (start > from ? "…" : "") + one + (end < to ? "…" : "");
        }
    }
}
