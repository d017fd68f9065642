package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.LanguageIdentifier;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Sentences;
import dev.lockstep.text.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Sorts every translatable sentence of a translated page into translated or still in the source
 * language, once per page: {@code untranslated-sentence} reports from it and the checker counts
 * coverage from it. A sentence is untranslated when
 * <ol>
 *   <li>it equals a sentence of the aligned source block or, when alignment put it elsewhere, of any
 *       block of the source page (compared without markup, links' targets and code), or</li>
 *   <li>the {@link LanguageIdentifier} for the page's language says it is English (catches sentences
 *       the source has since changed).</li>
 * </ol>
 * Sentences with nothing to translate (names, identifiers, code, numbers, glossary terms) are not
 * counted at all. Thread-safe: identifiers are created once per language, on first need.
 */
public final class SentenceAnalysis {

    /** Why a sentence counts as untranslated. */
    public enum Reason { SAME_AS_SOURCE, SOURCE_LANGUAGE }

    /**
     * One translatable sentence of the translation.
     *
     * @param block      the translated block it belongs to
     * @param sentence   the sentence and its position
     * @param reason     why it is untranslated, or null when it is translated
     * @param sourceLine the source line it came from (the matching sentence's block, else the aligned block), 0 if none
     */
    public record Verdict(Block block, Sentence sentence, Reason reason, int sourceLine) {
        public boolean untranslated() {
            return reason != null;
        }
    }

    /**
     * Every translatable sentence of a page, in file order.
     *
     * @param absent translatable sentences of the source that the translation lacks entirely: the
     *               source's when the translation has none at all (an empty page is 0% translated,
     *               not 100%), else 0
     */
    public record Result(List<Verdict> sentences, int absent) {
        public Result(List<Verdict> sentences) {
            this(sentences, 0);
        }

        public int untranslated() {
            return (int) sentences.stream().filter(Verdict::untranslated).count();
        }
    }

    private final Words words;
    private final Function<String, LanguageIdentifier> identifierFactory;
    private final Map<String, LanguageIdentifier> identifiers = new ConcurrentHashMap<>();

    public SentenceAnalysis(List<String> glossary) {
        this(glossary, LanguageIdentifier::forTarget);
    }

    /** @param identifierFactory the identifier for a target language, created at most once per language */
    public SentenceAnalysis(List<String> glossary, Function<String, LanguageIdentifier> identifierFactory) {
        this.words = new Words(glossary);
        this.identifierFactory = identifierFactory;
    }

    /**
     * The sentences of a source page as comparison keys, per block and for the whole page (key → line of
     * its first block). Built once per source page and shared by all its translations.
     */
    public static final class SourceIndex {
        private final Map<String, Integer> page = new HashMap<>();
        private final Map<Integer, Set<String>> blocks = new HashMap<>();
        /**
         * What the analysis makes of each sentence text met in this page's translations, made once: the
         * translations of one page repeat the sentences still in English, each of them in every language.
         */
        private final Map<String, Reading> readings = new HashMap<>();

        private SourceIndex(Document source) {
            if (source == null) return;
            for (Block b : source.blocks()) {
                Set<String> keys = new HashSet<>();
                for (Sentence s : sentencesOf(b)) {
                    String key = normalized(s.text());
                    keys.add(key);
                    page.putIfAbsent(key, b.line());
                }
                if (!keys.isEmpty()) blocks.put(b.index(), keys);
            }
        }

        private Reading reading(String sentence, Words words) {
            Reading r = readings.get(sentence);
            if (r == null) {
                List<String> w = words.of(sentence);
                r = new Reading(w, words.isTranslatable(w), normalized(sentence));
                readings.put(sentence, r);
            }
            return r;
        }

        /** The source line a translated sentence came from, or null when the source has no such sentence. */
        Integer lineOf(String key, Block alignedSource) {
            if (alignedSource != null && blocks.getOrDefault(alignedSource.index(), Set.of()).contains(key)) {
                return alignedSource.line();
            }
            return page.get(key);
        }
    }

    /** A sentence's translatable words, whether they are worth translating, and its comparison key. */
    private record Reading(List<String> words, boolean translatable, String key) {
    }

    public static SourceIndex index(Document source) {
        return new SourceIndex(source);
    }

    public Result analyze(Document source, Document translation, String language, List<BlockPair> pairs) {
        return analyze(index(source), language, pairs);
    }

    /** The verdicts on every translatable sentence of the translated side of {@code pairs}. */
    public Result analyze(SourceIndex source, String language, List<BlockPair> pairs) {
        Set<Block> values = valueLists(pairs);
        List<Verdict> out = new ArrayList<>();
        // The words of each verdict's sentence, by index: splitting a sentence into words is the costly part.
        List<List<String>> wordsOf = new ArrayList<>();
        for (BlockPair pair : pairs) {
            Block block = pair.translation();
            if (block == null || values.contains(block)) continue;
            int alignedLine = pair.source() == null ? 0 : pair.source().line();
            boolean title = block.kind() == BlockKind.HEADING || block.kind() == BlockKind.FRONT_MATTER;
            for (Sentence s : sentencesOf(block)) {
                Reading reading = source.reading(s.text(), words);
                List<String> w = reading.words();
                if (!reading.translatable()) continue;
                // A page titled after a command (`# docker top`) keeps that title in every language.
                if (title && Words.isCodeLikeTitle(s.text())) continue;
                Integer line = source.lineOf(reading.key(), pair.source());
                if (line != null) {
                    out.add(new Verdict(block, s, Reason.SAME_AS_SOURCE, line));
                } else if (identifier(language).isSourceLanguage(w)) {
                    out.add(new Verdict(block, s, Reason.SOURCE_LANGUAGE, alignedLine));
                } else {
                    out.add(new Verdict(block, s, null, alignedLine));
                }
                wordsOf.add(w);
            }
        }
        out = excuseSharedWords(out, wordsOf, identifier(language));
        int absent = 0;
        if (out.isEmpty()) {
            for (BlockPair pair : pairs) {
                if (pair.source() == null) continue;
                for (Sentence s : sentencesOf(pair.source())) if (words.isTranslatable(words.of(s.text()))) absent++;
            }
        }
        return new Result(List.copyOf(out), absent);
    }

    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");
    /** Up to three capitalized words: {@code Completed}, {@code Feedback Appreciated}, {@code Not Started}. */
    private static final java.util.regex.Pattern NAMED_VALUE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");
    /** A {@code key: value} line of a code block (front matter or config shown as an example). */
    private static final java.util.regex.Pattern KEY_VALUE = java.util.regex.Pattern.compile(
            "(?m)^\\s*[A-Za-z][\\w-]*:\\s*[\"']?([^\"'\\n]+?)[\"']?\\s*$");

    /**
     * List items of a list that enumerates values: three or more items in a row kept in the translation
     * as the source writes them, each one lowercase word in the source ({@code - application},
     * {@code - networking}; capitalized as a list item, {@code - Application}), or each up to three
     * capitalized words when the source page itself shows one of them as a value in code
     * ({@code - Not Started} beside a fenced {@code status: Feedback Appreciated}): the tags, statuses or
     * settings a page documents are typed as written, in every language.
     */
    private static Set<Block> valueLists(List<BlockPair> pairs) {
        Set<String> codeValues = codeValues(pairs);
        Set<Block> out = new HashSet<>();
        List<BlockPair> run = new ArrayList<>();
        for (BlockPair pair : pairs) {
            Block t = pair.translation();
            if (t == null) continue;
            boolean value = t.kind() == BlockKind.LIST_ITEM && pair.source() != null
                    && pair.source().kind() == BlockKind.LIST_ITEM && isValue(pair.source())
                    && normalized(text(t)).equals(normalized(text(pair.source())));
            if (value) {
                run.add(pair);
                continue;
            }
            takeValues(run, codeValues, out);
        }
        takeValues(run, codeValues, out);
        return out;
    }

    private static void takeValues(List<BlockPair> run, Set<String> codeValues, Set<Block> out) {
        if (run.size() >= 3) {
            boolean lowercase = run.stream().allMatch(p -> VALUE.matcher(text(p.source())).matches());
            boolean shownInCode = run.stream().anyMatch(p -> codeValues.contains(text(p.source())));
            if (lowercase || shownInCode) for (BlockPair p : run) out.add(p.translation());
        }
        run.clear();
    }

    private static boolean isValue(Block item) {
        String text = text(item);
        return VALUE.matcher(text).matches() || NAMED_VALUE.matcher(text).matches();
    }

    /** The values the source page writes in code: {@code key: value} lines of its code blocks, and its code spans. */
    private static Set<String> codeValues(List<BlockPair> pairs) {
        Set<String> out = new HashSet<>();
        for (BlockPair pair : pairs) {
            Block s = pair.source();
            if (s == null) continue;
            if (s.kind() == BlockKind.CODE) {
                java.util.regex.Matcher m = KEY_VALUE.matcher(s.raw());
                while (m.find()) out.add(m.group(1).strip());
            }
            for (dev.lockstep.parse.Inline span : s.inlines(dev.lockstep.parse.InlineKind.CODE)) out.add(span.text().strip());
        }
        return out;
    }

    private static String text(Block block) {
        StringBuilder b = new StringBuilder();
        for (Prose p : block.texts()) b.append(p.text());
        return b.toString().strip();
    }

    /** Up to this many words, a sentence equal to English may as well be the target language's own. */
    private static final int SHORT = 3;

    /**
     * A short sentence whose every word the translation itself writes in sentences that show the
     * target language is not reported: French writes "Migration" and "Notifications", German
     * "Definition", Spanish keeps "Canary Deployment" as its term, and one to three words cannot tell
     * such a loanword from English left untranslated ("Attachments" in a French page that never uses
     * the word is still reported). A sentence with an English function word ("Function as a Service")
     * is English grammar and stays.
     */
    private static List<Verdict> excuseSharedWords(List<Verdict> verdicts, List<List<String>> wordsOf,
                                                   LanguageIdentifier identifier) {
        Set<String> vocabulary = new HashSet<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).untranslated()) continue;
            List<String> w = wordsOf.get(i);
            // Only sentences that show the target language: a sentence merely not caught as English adds nothing.
            if (!identifier.isTargetLanguage(w)) continue;
            for (String x : w) vocabulary.add(x.toLowerCase(Locale.ROOT));
        }
        if (vocabulary.isEmpty()) return verdicts;
        List<Verdict> out = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            List<String> w = v.untranslated() ? wordsOf.get(i) : List.of();
            boolean shared = !w.isEmpty() && w.size() <= SHORT && !Words.hasFunctionWord(w)
                    && w.stream().allMatch(x -> vocabulary.contains(x.toLowerCase(Locale.ROOT)));
            out.add(shared ? new Verdict(v.block(), v.sentence(), null, v.sourceLine()) : v);
        }
        return out;
    }

    private LanguageIdentifier identifier(String language) {
        return identifiers.computeIfAbsent(language, identifierFactory);
    }

    /** Sentences of a block's translatable text; code blocks and raw HTML have none. */
    static List<Sentence> sentencesOf(Block block) {
        if (block.kind() == BlockKind.CODE || block.kind() == BlockKind.HTML) return List.of();
        List<Sentence> out = new ArrayList<>();
        for (Prose p : block.texts()) out.addAll(Sentences.of(p));
        return out;
    }

    /**
     * Comparison key: same words, ignoring case, spacing, quote style, what code spans contain and
     * backslashes (Crowdin exports escape characters the source did not: {@code \\Our mission…}).
     */
    public static String normalized(String sentence) {
        String s = Normalizer.isNormalized(sentence, Normalizer.Form.NFC) ? sentence
                : Normalizer.normalize(sentence, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (c == '\\') continue;
            if (space) out.append(' ');
            space = false;
            out.append(switch (c) {
                case '’', '‘' -> '\'';
                case '“', '”' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }
}
