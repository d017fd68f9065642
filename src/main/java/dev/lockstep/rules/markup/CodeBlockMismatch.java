package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Flags a translated code block whose code (not its comments or text strings) differs from the source's. */
public final class CodeBlockMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("code-block-mismatch", Severity.WARNING,
            "A code block's code differs from the source's", """
            ## What it does
            Compares each translated fenced code block with the source code block it is paired with, line
            by line, leaving out what a translator may translate: comments (whole-line `//`, `#`, `--`,
            `/* … */`, `<!-- … -->` and end-of-line `//` and `#` comments), but for commented-out code (a
            `//` comment that ends with `;` and has no three words in a row:
            `// const { ask } = window.__TAURI__.dialog;`, which nobody translates), and string literals that hold
            text (a letter outside ASCII, or three words or more). Blank lines, indentation and the fence's
            info string do not count, nor does a statement wrapped over other lines. A translated line with a word the source page never uses
            (`FICHIER` for `FILE`, `/chemin-vers-fichier` for `/path-to-file`, `"ট্যাগ 1"` for `"tag 1"`, a translated label in a
            diagram or an example message) is a translation of the source line at its place, not a
            change; identifiers (`devPath`, `tauri_plugin`) and the key of a setting (`address` in
            `address = "0.0.0.0"`) are never taken for words. A line whose text strings the translator translated
            (`tags: ["ট্যাগ 1", "ট্যাগ 2"]` for `tags: ["tag 1", "tag 2"]`, `.title("Erreur")` for `.title("Error")`) is
            the source's line when the rest of it is the same. In a Markdown example (a fence of `md` or
            `markdown`) the prose is the translator's: lines of prose, link text, quoted values
            (`title="Source Code"`), text between tags and the words of a front-matter field
            (`title: Definition Template`) are left out, and the markup, targets and attributes compared. Pairs the
            alignment is not sure of are not compared (`diverged-translation`), nor two blocks of other languages
            (`kotlin`, `swift`; `js` and `javascript` are one) that share less than a third of their names: another
            example paired in its place, not the same one changed. Reports the block once, with the first line the
            translation lacks and the line it has instead when one resembles it (a third of their names alike), else
            "add" that line; the finding is at the translated line to change (the line to write over, or the line to
            remove), and at the opening fence when a line is only to be added.

            ## Why it matters
            Readers copy code examples as they are. A translated page keeps the code of the revision it
            was translated from: a renamed setting (`devPath` for `devUrl`), an old API call, a missing
            line. Nothing else in the translation shows it.

            ## Example
            Source:
            ```json
            { "build": { "beforeDevCommand": "npm run dev", "frontendDist": "../dist" } }
            ```
            Translation:
            ```json
            { "build": { "beforeDevCommand": "npm run dev", "distDir": "../dist" } }
            ```
            → "the code differs from the source's (1 line): write `{ "build": … "frontendDist": "../dist" } }`
            for `{ "build": … "distDir": "../dist" } }`".
            """);

    private static final Pattern LINE_COMMENT = Pattern.compile("^(?://|#(?:\\s|$)|--\\s|/\\*|\\*|<!--|;)");
    /** A `//` comment that is a statement: ends with `;` (`// const { ask } = window.__TAURI__.dialog;`). */
    private static final Pattern COMMENTED_CODE = Pattern.compile("^//\\s*(\\S.*;)\\s*$");
    /** Three words in a row: a sentence, which a translator may translate. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}{2,} \\p{L}{2,} \\p{L}{2,}");
    /** A fence of Markdown (```md, ``` markdown title="…"): an example whose prose is the page's to translate. */
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^\\s*(?:`{3,}|~{3,})\\s*(?:md|markdown)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Link and image text, quoted attribute values (`title="Source Code"`) and text between tags, in a Markdown example. */
    private static final Pattern MARKDOWN_TEXT = Pattern.compile("\\[[^\\[\\]]*\\]|\"[^\"]*\"|(?<=>)[^<>]+(?=<)");
    private static final Pattern TEXT_FIELD = Pattern.compile("^\\s*([\\w-]+):\\s+[\\p{L}\\p{M}\\p{N} '’.,-]+$");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(?://|#\\s).*$");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> sourceWords = null;
        // A verbatim copy's lines are all its source's.
        for (BlockPair pair : page.compared().changed()) {
            if (pair.source().kind() != BlockKind.CODE || pair.translation().kind() != BlockKind.CODE) continue;
            List<CodeLine> lost = new ArrayList<>(page.sourceFacts().get(SOURCE_CODE, pair.source()));
            List<CodeLine> added = code(pair.translation().raw());
            // Two examples in other languages that share little code are two examples, paired by position
            // only: advice to turn one into the other would be wrong, so say nothing.
            if (otherExample(pair, lost, added)) continue;
            for (CodeLine line : new ArrayList<>(lost)) {
                CodeLine same = added.stream().filter(a -> a.compared().equals(line.compared())).findFirst().orElse(null);
                if (same != null) {
                    added.remove(same);
                    lost.remove(line);
                }
            }
            if (lost.isEmpty() && added.isEmpty()) continue;
            if (sourceWords == null) sourceWords = page.sourceFacts().get(SOURCE_WORDS);
            // The same line with its text strings translated (`tags: ["ট্যাগ 1", "ট্যাগ 2"]` for
            // `tags: ["tag 1", "tag 2"]`): the program reads the same code.
            // Each line's skeleton is made once here, not once per line it is compared with.
            java.util.Map<String, Skeleton> skeletons = new java.util.HashMap<>();
            for (CodeLine line : new ArrayList<>(lost)) {
                java.util.Set<String> words = sourceWords;
                Skeleton from = skeletons.computeIfAbsent(line.written(), Skeleton::of);
                CodeLine same = added.stream().filter(a -> translatedStrings(from, skeletons.computeIfAbsent(a.written(), Skeleton::of),
                        words)).findFirst().orElse(null);
                if (same != null) {
                    added.remove(same);
                    lost.remove(line);
                }
            }
            if (lost.isEmpty() && added.isEmpty()) continue;
            // A line with a word the source page never uses is a line the translator translated (a
            // placeholder, a label, an example message): it stands for the source line at its place.
            // In a Markdown example the prose is already left out: what is left is markup and targets.
            boolean markdown = MARKDOWN_FENCE.matcher(pair.translation().raw()).find();
            List<CodeLine> translated = new ArrayList<>();
            for (CodeLine line : added) if (hasForeignWord(markdown ? line.compared() : line.written(), sourceWords)) translated.add(line);
            for (CodeLine line : translated) {
                int at = added.indexOf(line);
                added.remove(line);
                if (!lost.isEmpty()) lost.remove(Math.min(at, lost.size() - 1));
            }
            if (lost.isEmpty() && added.isEmpty()) continue;
            // The same code wrapped or joined otherwise (`let key =` and `hash_raw(…)` for one line): layout.
            if (joined(lost).equals(joined(added))) continue;
            String sourceAt = page.source().path() + ":" + pair.source().line();
            Advice advice = advice(lost, added);
            int changed = Math.max(lost.size(), added.size());
            Finding.Builder finding = page.report(SPEC, pair);
            // At the translated line the advice names, where the translator makes the change; an "add" names none,
            // and stays on the block's opening fence.
            if (advice.at() != null) finding.at(at(pair.translation(), advice.at()));
            findings.add(finding
                    .message("the code differs from the source's (" + sourceAt + ", " + changed
                            + (changed == 1 ? " line" : " lines") + "): " + advice.text())
                    .detail("lostLines", lost.size())
                    .detail("addedLines", added.size())
                    .detail("sourceCode", lost.isEmpty() ? null : lost.get(0).written())
                    .detail("translationCode", added.isEmpty() ? null : added.get(0).written())
                    .build());
        }
        return findings;
    }

    /**
     * What to change, by the first line the translation lacks: "write it for" the translated line that
     * resembles it (shares a third of its names), or the only line left on each side; otherwise "add" it,
     * and "remove" when the translation only has lines too many.
     */
    private static Advice advice(List<CodeLine> lost, List<CodeLine> added) {
        if (lost.isEmpty()) return new Advice("remove `" + shown(added.get(0).written()) + "`", added.get(0));
        String first = lost.get(0).written();
        CodeLine instead = added.size() == 1 && lost.size() == 1 ? added.get(0)
                : added.stream().filter(a -> similar(first, a.written())).findFirst().orElse(null);
        if (instead == null) return new Advice("add `" + shown(first) + "`", null);
        // Two long lines alike up to the change (a `?` at the end of a long call): show where they differ.
        String other = instead.written();
        int same = 0;
        while (same < first.length() && same < other.length() && first.charAt(same) == other.charAt(same)) same++;
        if (same < 70) return new Advice("write `" + shown(first) + "` instead of `" + shown(other) + "`", instead);
        int from = same - 30;
        while (from > 0 && Character.isLetterOrDigit(first.charAt(from - 1))) from--;
        return new Advice("write `…" + shown(first.substring(from)) + "` instead of `…" + shown(other.substring(from)) + "`",
                instead);
    }

    /** What to change, and the translated line it names (null when it names none: "add" a line). */
    private record Advice(String text, CodeLine at) {
    }

    /**
     * A line of code: its compared form, the line as written (stripped) and its offset from the block's first
     * line (the opening fence).
     */
    record CodeLine(String compared, String written, int offset) {
    }

    /** Where {@code line} of {@code block} starts in the file: its line, at its first character. */
    private static Position at(Block block, CodeLine line) {
        String[] lines = block.raw().split("\n", -1);
        int column = block.start().column() + indent(lines[line.offset()]) - indent(lines[0]);
        return new Position(block.line() + line.offset(), Math.max(1, column));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    /** Two lines that share a third or more of their names and words. */
    private static boolean similar(String a, String b) {
        java.util.Set<String> x = names(a);
        java.util.Set<String> y = names(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> either = new java.util.HashSet<>(x);
        either.addAll(y);
        return both.size() * 3 >= either.size();
    }

    private static java.util.Set<String> names(String code) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(code);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * A source and a translated code block of different languages (the fences' first words, aliases such as
     * {@code js} and {@code javascript} aside) whose code shares less than a third of its names: not one example
     * changed but another example paired in its place.
     */
    private static boolean otherExample(BlockPair pair, List<CodeLine> source, List<CodeLine> translation) {
        String a = language(pair.source());
        String b = language(pair.translation());
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) return false;
        StringBuilder s = new StringBuilder();
        for (CodeLine line : source) s.append(line.compared()).append('\n');
        StringBuilder t = new StringBuilder();
        for (CodeLine line : translation) t.append(line.compared()).append('\n');
        return !similar(s.toString(), t.toString());
    }

    private static String language(dev.lockstep.parse.Block block) {
        String info = block.detail() instanceof dev.lockstep.parse.BlockDetail.Code c && c.info() != null ? c.info() : "";
        String word = info.strip().split("[\\s{]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case "js", "jsx", "mjs" -> "javascript";
            case "ts", "tsx" -> "typescript";
            case "sh", "bash", "shell", "zsh", "console", "shellscript" -> "sh";
            case "yml" -> "yaml";
            case "rs" -> "rust";
            case "ps", "ps1", "pwsh" -> "powershell";
            case "md" -> "markdown";
            default -> word;
        };
    }

    /**
     * The same line of code whose text strings the translator translated: outside its string literals the
     * line is the source's, and each literal that differs is text in the source (words and spaces) and in the
     * translation text in another language (a letter outside ASCII, or a word the source page never uses).
     */
    private static boolean translatedStrings(Skeleton source, Skeleton translation, java.util.Set<String> sourceWords) {
        List<String> s = source.literals();
        List<String> t = translation.literals();
        if (!source.kept().equals(translation.kept()) || s.size() != t.size() || s.equals(t)) return false;
        for (int i = 0; i < s.size(); i++) {
            String a = s.get(i);
            String b = t.get(i);
            if (a.equals(b)) continue;
            if (!TEXT.matcher(a).matches()) return false;
            boolean foreign = b.chars().anyMatch(ch -> ch > 0x7F && Character.isLetter(ch)) || hasForeignWord(b, sourceWords);
            if (!foreign) return false;
        }
        return true;
    }

    /** A line's {@link #skeleton} and its string literals. */
    private record Skeleton(String kept, List<String> literals) {
        static Skeleton of(String line) {
            List<String> literals = new ArrayList<>();
            String kept = skeleton(line, literals);
            return new Skeleton(kept, literals);
        }
    }

    /** Words and spaces with a letter: a string a program shows, not a key, path or URL. */
    private static final Pattern TEXT = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N} ]+");

    /** The line without its string literals (white space collapsed); the literals go to {@code literals}. */
    private static String skeleton(String line, List<String> literals) {
        String kept = eachLiteral(line, inside -> {
            literals.add(inside);
            return "";
        });
        return WHITESPACE.matcher(kept).replaceAll(" ").strip();
    }

    /** The line with the inside of each string literal (`"…"`, `'…'`, `` `…` ``) replaced as {@code inside} says. */
    private static String eachLiteral(String line, java.util.function.UnaryOperator<String> inside) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end = c == '"' || c == '\'' || c == '`' ? line.indexOf(c, i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(c).append(inside.apply(line.substring(i + 1, end))).append(c);
            i = end + 1;
        }
        return out.toString();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ASIDE_CLOSE = Pattern.compile(":{3,}");
    private static final Pattern PROSE_CHARACTER = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’.,;:!?()*_\\s-]");

    /** The source block's lines of code ({@link #code}), found once for all translations of the page (read, never changed). */
    private static final PageFacts.BlockFact<List<CodeLine>> SOURCE_CODE =
            new PageFacts.BlockFact<>(block -> List.copyOf(code(block.raw())));

    /**
     * The block's lines of code, each as {compared form, line as written}: no fences, comments or blank
     * lines; the compared form without indentation, runs of white space or text strings.
     */
    static List<CodeLine> code(String raw) {
        List<CodeLine> out = new ArrayList<>();
        boolean inBlockComment = false;
        String[] lines = raw.split("\n");
        boolean markdown = MARKDOWN_FENCE.matcher(lines[0]).find();
        // A fence left open in an aside ends at the aside's closing line, which is not code (broken-source-markup).
        int end = lines.length > 1 && ASIDE_CLOSE.matcher(lines[lines.length - 1].strip()).matches() ? lines.length - 1 : lines.length;
        for (int k = 0; k < end; k++) {
            String line = lines[k];
            String l = line.strip();
            if (l.startsWith("```") || l.startsWith("~~~")) continue;
            if (inBlockComment) {
                if (l.contains("*/") || l.contains("-->")) inBlockComment = false;
                continue;
            }
            if (l.startsWith("/*") && !l.contains("*/") || l.startsWith("<!--") && !l.contains("-->")) {
                inBlockComment = true;
                continue;
            }
            if (l.isEmpty()) continue;
            java.util.regex.Matcher commented = COMMENTED_CODE.matcher(l);
            if (commented.matches() && !PROSE.matcher(commented.group(1)).find()) {
                // Commented-out code (`// const { ask } = window.__TAURI__.dialog;`) is code nobody translates.
                out.add(new CodeLine("//" + WHITESPACE.matcher(commented.group(1)).replaceAll(" ").strip(), l, k));
                continue;
            }
            if (LINE_COMMENT.matcher(l).find()) continue;
            String compared = WHITESPACE.matcher(TRAILING_COMMENT.matcher(markdown ? withoutMarkdownText(l) : withoutText(l))
                    .replaceFirst("")).replaceAll(" ").strip();
            if (!compared.isEmpty()) out.add(new CodeLine(compared, l, k));
        }
        return out;
    }

    /**
     * A line of a Markdown example without its prose: link and image text, quoted values and the text between
     * two tags ({@code <summary>Downloads</summary>}) emptied, and a
     * field's words ({@code title: Definition Template}) and a line of prose (three words in a row, no markup
     * but emphasis) left out, so a translated example compares equal.
     */
    static String withoutMarkdownText(String line) {
        String markup = MARKDOWN_TEXT.matcher(line).replaceAll(m -> switch (m.group().charAt(0)) {
            case '[' -> "[]";
            case '"' -> "\"\"";
            default -> "";
        });
        // A front-matter field whose value is words (`title: Definition Template`): the key is the markup.
        markup = TEXT_FIELD.matcher(markup).replaceFirst("$1:");
        boolean prose = PROSE.matcher(markup).find()
                && PROSE_CHARACTER.matcher(markup).replaceAll("").isEmpty();
        return prose ? "" : markup;
    }

    /**
     * The line with each string literal that holds text (a letter outside ASCII, or three words or more)
     * replaced by an empty one: a translator may translate what a program prints. Keys, paths, URLs and
     * commands (`"yarn build"`) stay.
     */
    static String withoutText(String line) {
        return eachLiteral(line, inside -> inside.chars().anyMatch(ch -> ch > 0x7F && Character.isLetter(ch))
                || WHITESPACE.split(inside.strip()).length >= 3 ? "" : inside);
    }

    /** Letters with their combining marks: a Bengali or Hindi word has vowel signs and viramas (ট্যাগ). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Pattern SETTING_KEY = Pattern.compile("^\\s*[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?\\s*[=:]");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}");

    /** The source page's words, found once for all of its translations (read, never changed). */
    private static final PageFacts.Fact<java.util.Set<String>> SOURCE_WORDS =
            new PageFacts.Fact<>(source -> java.util.Collections.unmodifiableSet(words(source.text())));

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = LETTERS.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    /**
     * A word of letters the source page does not have anywhere (`FICHIER`, `chemin`, `Démarrage`);
     * identifiers (`devPath`, `tauri_plugin`, `v2`) are code, never a translation.
     */
    static boolean hasForeignWord(String line, java.util.Set<String> sourceWords) {
        java.util.regex.Matcher m = WORD.matcher(line);
        // The key of a setting (`address = "0.0.0.0"`, `"address": …`) is code a program reads: never translated.
        java.util.regex.Matcher key = SETTING_KEY.matcher(line);
        if (key.find()) m.region(key.end(), line.length());
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2 || !LETTERS.matcher(w).matches() || CAMEL.matcher(w).find()) continue;
            if (!sourceWords.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static String joined(List<CodeLine> lines) {
        StringBuilder out = new StringBuilder();
        for (CodeLine line : lines) out.append(WHITESPACE.matcher(line.compared()).replaceAll(""));
        return out.toString();
    }

    private static String shown(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
