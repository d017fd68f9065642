package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags fullwidth characters typed where Markdown syntax needs their ASCII forms. */
public final class FullwidthMarkdownSyntax implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("fullwidth-markdown-syntax", Severity.ERROR,
            "Fullwidth punctuation where Markdown syntax needs ASCII", """
            ## What it does
            Finds fullwidth characters in places where they break Markdown syntax: `［text］（url）` and
            mixed forms such as `[text]（url）` or `[text](url）`, `！[alt](image.png)`, `＃` or other fullwidth
            characters inside a link target, `：` starting a definition line, and `！！！` / `？？？`
            admonition markers. Code spans and code blocks are not looked at; `！[` is reported only when
            it links an image file or the translation has fewer images than its source block, since `！`
            before a link is ordinary CJK punctuation.

            ## Why it matters
            CJK input methods type fullwidth variants (U+FF01–U+FF5E), which look alike but are different
            characters: MkDocs then renders the raw brackets and URL instead of a link or an image, or
            the link points to a page that does not exist. Privacy Guides' translator guide lists these.

            ## Example
            Source: `See our [VPN recommendations](vpn.md).`
            Translation: `请参阅我们的 [VPN 推荐]（vpn.md）。` → `write ( and ) instead of （ and ）`.
            """).asFixable();

    static final Pattern LINK = Pattern.compile(
            "[\\[［][^\\]］\\n]{0,300}[\\]］]\\s?[(（][^()（）\\s]{1,500}[)）]");
    static final Pattern IMAGE = Pattern.compile("！[\\[［][^\\]］\\n]{0,300}[\\]］][(（]([^()（）\\s]{1,500})[)）]");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:png|jpe?g|gif|svg|webp|avif)(?:[#?]|$)");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^[ \\t]*：");
    private static final Pattern SOURCE_DEFINITION = Pattern.compile("(?m)^[ \\t]*:[ \\t]");
    static final Pattern ADMONITION = Pattern.compile("(?m)^[ \\t]*(！！！|？？？)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy's lines are its source block's: on a source page without a fullwidth syntax character
        // (nearly every page) no copy has one, and only the pairs the translation wrote are walked.
        boolean copiesMay = page.sourceFacts().get(ANY_FULLWIDTH);
        for (BlockPair pair : copiesMay ? page.pairs() : page.compared().written()) {
            if (pair.translation() == null) continue;
            // Every pattern below needs one of the fullwidth characters: most blocks have none (the raw
            // lines hold every character the text below does, so they are looked at before code is blanked).
            boolean copy = copiesMay && page.compared().verbatim(pair);
            if (copy ? !page.sourceFacts().get(FULLWIDTH, pair.source()) : !hasFullwidth(pair.translation().raw())) continue;
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            if (!hasFullwidth(t.text())) continue;
            RawText s = RawText.of(page.sourceFacts(), pair.source());
            // One finding per place, even when two patterns see the same characters.
            TreeMap<Integer, String[]> found = new TreeMap<>();
            // Each pattern is searched only where a character test finds what it needs (CJK prose is full of
            // fullwidth punctuation, so most blocks of those pages pass the test above).
            Matcher m = LINK.matcher(mayHoldLink(t.text()) ? t.text() : "");
            while (m.find()) {
                String link = m.group();
                String fix = linkFix(link);
                if (!fix.equals(link) && looksLikeTarget(fix)) found.putIfAbsent(m.start(), new String[]{link, fix});
            }
            boolean lostImage = pair.source() != null && pair.source().inlines(InlineKind.IMAGE).size()
                    > pair.translation().inlines(InlineKind.IMAGE).size();
            m = IMAGE.matcher(mayHoldImage(t.text()) ? t.text() : "");
            while (m.find()) {
                if (lostImage || IMAGE_FILE.matcher(m.group(1)).find()) {
                    found.putIfAbsent(m.start(), new String[]{m.group(), linkFix(m.group())});
                }
            }
            if (SOURCE_DEFINITION.matcher(s.text()).find()) {
                m = DEFINITION.matcher(t.text());
                while (m.find()) found.putIfAbsent(m.end() - 1, new String[]{"：", ":"});
            }
            m = ADMONITION.matcher(t.text().contains("！！！") || t.text().contains("？？？") ? t.text() : "");
            while (m.find()) found.putIfAbsent(m.start(1), new String[]{m.group(1), ascii(m.group(1))});
            Set<Position> reported = new HashSet<>();
            for (var e : found.entrySet()) {
                String what = e.getValue()[0];
                String fix = e.getValue()[1];
                Position at = t.position(e.getKey() + firstDifference(what, fix));
                reported.add(at);
                findings.add(page.report(SPEC, pair)
                        .at(at)
                        .message("fullwidth characters break the Markdown syntax in `" + clip(what) + "`: write `"
                                + clip(fix) + "`")
                        .detail("found", what)
                        .detail("fix", fix)
                        .fix(Fix.of("write the syntax characters in ASCII",
                                t.edit(e.getKey(), e.getKey() + what.length(), fix)))
                        .identity(what)
                        .build());
            }
            // A link that parsed, but whose target has a fullwidth character (`page.md＃anchor`).
            for (Inline link : pair.translation().inlines(InlineKind.LINK)) {
                String target = link.target();
                if (target == null || !hasFullwidth(target) || target.contains("://")) continue;
                int at = link.raw().indexOf(target);
                if (at < 0) continue;
                int idx = firstFullwidth(target);
                Position where = within(link, at + idx);
                if (!reported.add(where)) continue;
                findings.add(page.report(SPEC, pair)
                        .at(where)
                        .message("fullwidth `" + target.charAt(idx) + "` in the link target `" + target
                                + "`: write `" + ascii(target) + "`")
                        .detail("found", target)
                        .detail("fix", ascii(target))
                        .fix(Fix.of("write the link target in ASCII", new TextEdit(within(link, at),
                                within(link, at + target.length()), target, ascii(target))))
                        .identity(target)
                        .build());
            }
        }
        return findings;
    }

    /** Whether some {@code ]} or {@code ］} is followed by {@code (} or {@code （}, a white space between allowed: what {@link #LINK} needs. */
    static boolean mayHoldLink(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != ']' && c != '］') continue;
            char next = text.charAt(i + 1);
            if (next == '(' || next == '（') return true;
            if (i + 2 < text.length() && Whitespace.isSpace(next) && (text.charAt(i + 2) == '(' || text.charAt(i + 2) == '（')) {
                return true;
            }
        }
        return false;
    }

    /** Whether some {@code ！} is followed by {@code [} or {@code ［}: what {@link #IMAGE} needs. */
    static boolean mayHoldImage(String text) {
        for (int i = text.indexOf('！'); i >= 0 && i + 1 < text.length(); i = text.indexOf('！', i + 1)) {
            if (text.charAt(i + 1) == '[' || text.charAt(i + 1) == '［') return true;
        }
        return false;
    }

    /** The position of {@code offset} in a link's raw text, which may run over several lines. */
    private static Position within(Inline link, int offset) {
        String before = link.raw().substring(0, offset);
        int newline = before.lastIndexOf('\n');
        if (newline < 0) return new Position(link.position().line(), link.position().column() + offset);
        int lines = 0;
        for (int i = newline; i >= 0; i = before.lastIndexOf('\n', i - 1)) lines++;
        return new Position(link.position().line() + lines, offset - newline);
    }

    /**
     * {@code ［text］（url）} → {@code [text](url)}: only the brackets and parentheses that are link syntax and
     * the target are made ASCII; fullwidth parentheses inside the link text are ordinary CJK punctuation.
     */
    private static String linkFix(String link) {
        int close = Math.max(link.lastIndexOf(']'), link.lastIndexOf('］'));
        int open = close + 1;
        while (open < link.length() && Character.isWhitespace(link.charAt(open))) open++;
        char[] out = link.toCharArray();
        out[0] = ascii(out[0]);
        if (out[0] == '!') out[1] = ascii(out[1]);
        out[close] = ascii(out[close]);
        for (int i = open; i < out.length; i++) out[i] = ascii(out[i]);
        return new String(out);
    }

    private static char ascii(char c) {
        return isFullwidthAscii(c) ? (char) (c - 0xFEE0) : c;
    }

    /** Whether the parenthesized part reads as a URL or path rather than a CJK parenthetical remark. */
    private static boolean looksLikeTarget(String link) {
        String target = link.substring(link.lastIndexOf('(') + 1, link.length() - 1);
        return target.matches("[\\x21-\\x7E\\p{L}\\p{N}%]*[./#][\\x21-\\x7E\\p{L}\\p{N}%]*")
                && !target.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** Whether a block's lines hold a fullwidth syntax character; a verbatim copy's are its source block's. */
    private static final PageFacts.BlockFact<Boolean> FULLWIDTH = new PageFacts.BlockFact<>(b -> hasFullwidth(b.raw()));

    /** Whether some block of a source page has one (blocks read as one join their lines: none of those either). */
    private static final PageFacts.Fact<Boolean> ANY_FULLWIDTH =
            new PageFacts.Fact<>(d -> {
                for (Block b : d.blocks()) if (hasFullwidth(b.raw())) return true;
                return false;
            });

    static boolean hasFullwidth(String s) {
        return firstFullwidth(s) < s.length();
    }

    private static int firstFullwidth(String s) {
        for (int i = 0; i < s.length(); i++) if (isFullwidthAscii(s.charAt(i))) return i;
        return s.length();
    }

    /** Only the fullwidth forms of ASCII punctuation Markdown uses as syntax. */
    private static boolean isFullwidthAscii(char c) {
        return c >= '！' && c <= '｀' && "［］（）！＃：／？＊＿｀".indexOf(c) >= 0;
    }

    /** The same text with fullwidth syntax characters made ASCII (U+FF01–U+FF5E map to U+0021–U+007E). */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(ascii(s.charAt(i)));
        return b.toString();
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
