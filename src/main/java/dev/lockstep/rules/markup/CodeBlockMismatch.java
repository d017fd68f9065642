package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
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
            (`FICHIER` for `FILE`, `/chemin-vers-fichier` for `/path-to-file`, a translated label in a
            diagram or an example message) is a translation of the source line at its place, not a
            change; identifiers (`devPath`, `tauri_plugin`) and the key of a setting (`address` in
            `address = "0.0.0.0"`) are never taken for words. In a Markdown example (a fence of `md` or
            `markdown`) the prose is the translator's: lines of prose, link text, quoted values
            (`title="Source Code"`), text between tags and the words of a front-matter field
            (`title: Definition Template`) are left out, and the markup, targets and attributes compared. Pairs the
            alignment is not sure of are not compared (`diverged-translation`). Reports the block once, with the first line the translation lacks and
            the first it has instead.

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
        for (BlockPair pair : page.pairs()) {
            if (!pair.comparable() || pair.source().kind() != BlockKind.CODE || pair.translation().kind() != BlockKind.CODE) {
                continue;
            }
            List<String[]> lost = code(pair.source().raw());
            List<String[]> added = code(pair.translation().raw());
            for (String[] line : new ArrayList<>(lost)) {
                String[] same = added.stream().filter(a -> a[0].equals(line[0])).findFirst().orElse(null);
                if (same != null) {
                    added.remove(same);
                    lost.remove(line);
                }
            }
            if (lost.isEmpty() && added.isEmpty()) continue;
            if (sourceWords == null) sourceWords = words(page.source().text());
            // A line with a word the source page never uses is a line the translator translated (a
            // placeholder, a label, an example message): it stands for the source line at its place.
            // In a Markdown example the prose is already left out: what is left is markup and targets.
            boolean markdown = MARKDOWN_FENCE.matcher(pair.translation().raw()).find();
            List<String[]> translated = new ArrayList<>();
            for (String[] line : added) if (hasForeignWord(markdown ? line[0] : line[1], sourceWords)) translated.add(line);
            for (String[] line : translated) {
                int at = added.indexOf(line);
                added.remove(line);
                if (!lost.isEmpty()) lost.remove(Math.min(at, lost.size() - 1));
            }
            if (lost.isEmpty() && added.isEmpty()) continue;
            // The same code wrapped or joined otherwise (`let key =` and `hash_raw(…)` for one line): layout.
            if (joined(lost).equals(joined(added))) continue;
            String sourceAt = page.source().path() + ":" + pair.source().line();
            String advice = lost.isEmpty()
                    ? "remove `" + shown(added.get(0)[1]) + "`"
                    : added.isEmpty() ? "add `" + shown(lost.get(0)[1]) + "`"
                    : "write `" + shown(lost.get(0)[1]) + "` for `" + shown(added.get(0)[1]) + "`";
            int changed = Math.max(lost.size(), added.size());
            findings.add(page.report(SPEC, pair)
                    .message("the code differs from the source's (" + sourceAt + ", " + changed
                            + (changed == 1 ? " line" : " lines") + "): " + advice)
                    .detail("lostLines", lost.size())
                    .detail("addedLines", added.size())
                    .detail("sourceCode", lost.isEmpty() ? null : lost.get(0)[1])
                    .detail("translationCode", added.isEmpty() ? null : added.get(0)[1])
                    .build());
        }
        return findings;
    }

    /**
     * The block's lines of code, each as {compared form, line as written}: no fences, comments or blank
     * lines; the compared form without indentation, runs of white space or text strings.
     */
    static List<String[]> code(String raw) {
        List<String[]> out = new ArrayList<>();
        boolean inBlockComment = false;
        String[] lines = raw.split("\n");
        boolean markdown = MARKDOWN_FENCE.matcher(lines[0]).find();
        // A fence left open in an aside ends at the aside's closing line, which is not code (broken-source-markup).
        int end = lines.length > 1 && lines[lines.length - 1].strip().matches(":{3,}") ? lines.length - 1 : lines.length;
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
                out.add(new String[] {"//" + commented.group(1).replaceAll("\\s+", " ").strip(), l});
                continue;
            }
            if (LINE_COMMENT.matcher(l).find()) continue;
            String compared = TRAILING_COMMENT.matcher(markdown ? withoutMarkdownText(l) : withoutText(l))
                    .replaceFirst("").replaceAll("\\s+", " ").strip();
            if (!compared.isEmpty()) out.add(new String[] {compared, l});
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
                && markup.replaceAll("[\\p{L}\\p{M}\\p{N}'’.,;:!?()*_\\s-]", "").isEmpty();
        return prose ? "" : markup;
    }

    /**
     * The line with each string literal that holds text (a letter outside ASCII, or three words or more)
     * replaced by an empty one: a translator may translate what a program prints. Keys, paths, URLs and
     * commands (`"yarn build"`) stay.
     */
    static String withoutText(String line) {
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
            String inside = line.substring(i + 1, end);
            boolean text = inside.chars().anyMatch(ch -> ch > 0x7F && Character.isLetter(ch))
                    || inside.strip().split("\\s+").length >= 3;
            out.append(c).append(text ? "" : inside).append(c);
            i = end + 1;
        }
        return out.toString();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern SETTING_KEY = Pattern.compile("^\\s*[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?\\s*[=:]");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}");

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

    private static String joined(List<String[]> lines) {
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) out.append(line[0].replaceAll("\\s+", ""));
        return out.toString();
    }

    private static String shown(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
