package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.InlinedCode;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.links.Correspondence;
import java.util.List;
import java.util.regex.Pattern;

/** Flags code spans a translated block lost, added or changed. */
public final class CodeSpanMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("code-span-mismatch", Severity.WARNING,
            "A code span differs from the source's", """
            ## What it does
            Compares the code spans (`` `text` ``) of each translated block with its source block: same
            content, same number. Reports each code span the translation lost, added or changed.
            A list item whose links and code spans, counted together, are mostly not the source item's
            ("2. Sign the CLA" with its link, paired with "2. Set `user.name` and `user.email`") is a step of
            another revision and is not compared; a folder the translator marks as a path (`` `content/` ``
            for the source's "go to content") is formatting. A value the source page lists (`- fundamental`)
            changed into one the translated page lists (`- মৌলিক`), with no letter in common, is the
            site's value localized the same way in the list and in the span; a respelling (`Fundamental`)
            is still reported.
            What readers see may be translated: a span that is a phrase of words (`leave blank`) or a
            single capitalized label (`From`, or in capitals: `CC`) only has to be there, and placeholders inside a span
            (`[username]`, `<file>`, `/PATH/TO/KEY.PUB`, `{{placeholder}}`) may change; everything else must
            be identical, but for spaces around punctuation (`copy(app,None)`), a trailing slash (`out/`) and
            a translation the translator wrote beside the value in parentheses (`资源（resources）` for `resources`). A code span the translation adds around words the source block has as plain text
            (`` `await` `` for await, `` `core` `` for Core; a variable whose name spells them, `` `$TARGET_TRIPLE` `` for
            "the target triple"), or repeats (a placeholder the source block has
            once), is formatting a translator chose, and is not reported. A block that lost
            as many spans as it gained has changed them: one finding per change, not a lost and an added span.
            A pair of blocks with three or more spans, unequal counts and not one span alike (nor a source
            span's text in the translation) is not the same text, but one of another revision the alignment
            paired: span-by-span advice would be wrong, so nothing is reported (`missing-block`,
            `extra-block` or `stale-translation` are the findings for it). So is a block followed by a code
            block the translation lacks and one the source lacks: a step of another revision ("add this to
            `Cargo.toml`" for "run `cargo add` in `src-tauri`") paired with the new one. A command the translation writes
            as a code span (``运行 `cargo add x` ``) for the source's one- or two-line code block right after
            the block is the source's code block written inline, not an added span (nor a missing block).
            Nor is a span the translator adds inside a parenthesis of their own, one the source block does
            not have and that holds none of its spans ("Tauri 插件具有一个前缀（Rust 包使用 `tauri-plugin-`
            前缀）" for "Tauri plugins have a prefix"): an explanation the translation gives.

            ## Why it matters
            Code spans hold commands, file names, settings and values that readers type or look for
            exactly as written; they are never translated. A changed or dropped code span is either a
            wrong instruction or a sign that the sentence was rewritten from another source revision.

            ## Example
            Source: ``You can copy and paste text using `qvm-copy-to-vm` or the below instructions:``
            Translation: ``Du kan kopiera och klistra in text med `qvm-copy-vm`:`` → ``write `qvm-copy-to-vm` ``.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "code span", b -> b.inlines(InlineKind.CODE),
            CodeSpanMismatch::key, (source, added) -> formattedBySource(source, added) || namesAFolder(source, added))
            .skippingUnrelatedBlocks().changesInOrder();

    // A label may be written in capitals (`CC` for the source's `Cc`, beside `Para` and `De` for `To` and `From`).
    private static final Pattern PHRASE = Pattern.compile("\\p{L}+(?:[ '’]+\\p{L}+)+|\\p{Lu}\\p{Ll}*|\\p{Lu}{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|\\[[^\\]]*]|<[^>]*>|\\b\\p{Lu}[\\p{Lu}\\p{N}_]+\\b");

    /**
     * What must stay equal: a span that is a phrase (`leave blank`) or one capitalized label (`From`, `CC`)
     * is text readers see and may be translated, so any such span matches any other; placeholders
     * (`[username]`, `<file>`, `PATH/TO`) may be translated too, the rest of the span may not.
     */
    private static String key(Inline code) {
        String text = unglossed(code.text().strip());
        if (PHRASE.matcher(text).matches()) return "\u0000phrase";
        // Spaces around punctuation (`copy(app,None)` for `copy(app, None)`) and a directory's trailing
        // slash (`out/` for `out`) are how a translator typed it, not another value.
        text = SPACED_PUNCTUATION.matcher(text).replaceAll("$1");
        if (text.length() > 1 && text.endsWith("/")) text = text.substring(0, text.length() - 1);
        return PLACEHOLDER.matcher(text).replaceAll("\u0000");
    }

    private static final Pattern GLOSSED = Pattern.compile("(.*?)\\s*[（(]([^()（）]*)[)）]");

    /**
     * The span without the translation a translator wrote beside its value, in parentheses
     * (`资源（resources）`, `Inspect Element （检查元素）`): the part in one script when the other part holds
     * letters outside ASCII and it none. Any other span is returned as it is.
     */
    static String unglossed(String text) {
        java.util.regex.Matcher m = GLOSSED.matcher(text);
        if (!m.matches() || m.group(1).isBlank() || m.group(2).isBlank()) return text;
        boolean outside = foreignLetters(m.group(1));
        boolean inside = foreignLetters(m.group(2));
        if (outside == inside) return text;
        return (outside ? m.group(2) : m.group(1)).strip();
    }

    private static boolean foreignLetters(String text) {
        return text.chars().anyMatch(c -> c > 0x7F && Character.isLetter(c));
    }

    private static final Pattern SPACED_PUNCTUATION = Pattern.compile("\\s*([,;()\\[\\]{}])\\s*");

    /**
     * A code span the translation adds around words the source block has as plain text (`await` for
     * await): the translator formatted an identifier as code, which is a convention, not a defect.
     */
    private static boolean formattedBySource(Block source, Inline added) {
        String words = added.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) return false;
        // A span the source block has too, written once more (a placeholder the translation repeats).
        for (Inline own : source.inlines(InlineKind.CODE)) if (own.text().strip().equalsIgnoreCase(words)) return true;
        return inProse(source, words) || inProse(source, spokenName(words));
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$?\\{?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)}?");

    /**
     * The words a variable's name spells (`$TARGET_TRIPLE`, `target_triple`: "target triple"), or null: a
     * translator who writes the source's "the target triple" as the variable the page's script sets names
     * the same thing.
     */
    private static String spokenName(String span) {
        java.util.regex.Matcher m = VARIABLE.matcher(span);
        return m.matches() ? m.group(1).replace('_', ' ') : null;
    }

    /** Whether the source block's prose has these words (lowercase), whole. */
    private static boolean inProse(Block source, String words) {
        if (words == null) return false;
        for (Prose p : source.texts()) {
            String text = p.text().toLowerCase(java.util.Locale.ROOT);
            int at = text.indexOf(words);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + words.length();
                boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startOk && endOk) return true;
                at = text.indexOf(words, at + 1);
            }
        }
        return false;
    }

    /** `content/` for the source's "go to content": the folder the words name, marked as a path. */
    private static boolean namesAFolder(Block source, Inline added) {
        String path = added.text().strip();
        if (!path.endsWith("/")) return false;
        String folder = path.replaceAll("/+$", "");
        return !folder.isEmpty() && Correspondence.containsWord(source.raw(), folder);
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    /** The values the source page lists, found once for all of its translations. */
    private static final PageFacts.Fact<java.util.Set<String>> SOURCE_VALUES = new PageFacts.Fact<>(
            source -> java.util.Set.copyOf(listedValues(source.text())));

    /** The translated page's lines, split when an added span first asks (most pages add none). */
    private static final class Lines {
        private final String text;
        private String[] lines;

        Lines(String text) {
            this.text = text;
        }

        String[] get() {
            if (lines == null) lines = text.split("\n", -1);
            return lines;
        }
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        Lines lines = new Lines(page.translation().text());
        // A page that writes no source code block as a span (nearly every page) has no span that stands for one:
        // the comparison then passes over every verbatim copy (it has its source's spans, none held out).
        InlinedCode inlined = InlinedCode.of(page);
        List<Finding> found = parity.check(page, inlined.spans().isEmpty() ? InlineParity.NONE : inlined::holds,
                (source, added) -> inTranslatorsAside(lines.get(), source, added));
        if (found.isEmpty()) return found;
        java.util.Set<String> sourceValues = page.sourceFacts().get(SOURCE_VALUES);
        // The translated page's values are read only for a changed span whose source value the source page lists.
        java.util.function.Supplier<java.util.Set<String>> translatedValues = new java.util.function.Supplier<>() {
            private java.util.Set<String> values;

            @Override
            public java.util.Set<String> get() {
                if (values == null) values = listedValues(lines.get());
                return values;
            }
        };
        return found.stream().filter(f -> !localizedValue(f, sourceValues, translatedValues)).toList();
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*+]\\s+(.+?)\\s*$");

    /** The texts of the page's list items, lowercase: the values a page lists (`- fundamental`). */
    private static java.util.Set<String> listedValues(String text) {
        return listedValues(text.split("\n", -1));
    }

    private static java.util.Set<String> listedValues(String[] lines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : lines) {
            java.util.regex.Matcher m = LIST_ITEM.matcher(line);
            if (m.matches()) out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * A value the source page lists (`- fundamental`) changed into one the translated page lists in its
     * place (`- মৌলিক`), sharing no letter with it: the translation localized the values it documents
     * (a site whose tags are translated), the same way in the list and in the span. A respelling
     * (`Fundamental`) shares letters and is still reported.
     */
    private static boolean localizedValue(Finding f, java.util.Set<String> sourceValues,
                                          java.util.function.Supplier<java.util.Set<String>> translatedValues) {
        if (!"changed".equals(f.details().get("change"))) return false;
        String s = unquoted(f.details().get("sourceText"));
        String t = unquoted(f.details().get("translationText"));
        if (s.isEmpty() || t.isEmpty() || !sourceValues.contains(s) || !translatedValues.get().contains(t)) return false;
        return s.codePoints().filter(Character::isLetter).noneMatch(c -> t.indexOf(c) >= 0);
    }

    private static String unquoted(Object span) {
        if (span == null) return "";
        String text = span.toString().strip();
        while (text.startsWith("`") && text.endsWith("`") && text.length() >= 2) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A span the translator added inside a parenthesis of their own, next to no span of the source block
     * ("Tauri 插件具有一个前缀（Rust 包使用 `tauri-plugin-` 前缀，…）" for "Tauri plugins have a prefix"):
     * an explanation the translation gives, not a value the source changed.
     */
    static boolean inTranslatorsAside(String[] lines, Block source, Inline added) {
        int line = added.position().line() - 1;
        if (line < 0 || line >= lines.length) return false;
        String text = lines[line];
        int at = Math.min(text.length(), Math.max(0, added.position().column() - 1));
        int open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
        if (open < 0) return false;
        int closedBefore = Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at));
        if (closedBefore > open) return false;
        int close = nextClosing(text, at);
        if (close < 0) return false;
        String aside = text.substring(open, close + 1);
        // A parenthesis right after `]` is a link's target, not an aside.
        if (open > 0 && text.charAt(open) == '(' && text.charAt(open - 1) == ']') return false;
        for (Inline own : source.inlines(InlineKind.CODE)) {
            if (aside.contains("`" + own.text().strip() + "`")) return false;
        }
        // The source block's own parenthesis, translated, is not the translator's.
        for (Prose p : source.texts()) if (p.text().indexOf('(') >= 0) return false;
        return true;
    }

    private static int nextClosing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') return i;
        }
        return -1;
    }
}
