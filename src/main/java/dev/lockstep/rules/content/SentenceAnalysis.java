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

    /** Every translatable sentence of a page, in file order. */
    public record Result(List<Verdict> sentences) {
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

    public Result analyze(Document source, Document translation, String language, List<BlockPair> pairs) {
        Map<String, Integer> sourcePage = new HashMap<>();
        if (source != null) {
            for (Block b : source.blocks()) {
                for (Sentence s : sentencesOf(b)) sourcePage.putIfAbsent(normalized(s.text()), b.line());
            }
        }
        List<Verdict> out = new ArrayList<>();
        for (BlockPair pair : pairs) {
            Block block = pair.translation();
            if (block == null) continue;
            Map<String, Integer> aligned = new HashMap<>();
            if (pair.source() != null) {
                for (Sentence s : sentencesOf(pair.source())) aligned.putIfAbsent(normalized(s.text()), pair.source().line());
            }
            int alignedLine = pair.source() == null ? 0 : pair.source().line();
            for (Sentence s : sentencesOf(block)) {
                List<String> w = words.of(s.text());
                if (!words.isTranslatable(w)) continue;
                String key = normalized(s.text());
                Integer line = aligned.containsKey(key) ? aligned.get(key) : sourcePage.get(key);
                if (line != null) {
                    out.add(new Verdict(block, s, Reason.SAME_AS_SOURCE, line));
                } else if (identifier(language).isSourceLanguage(w)) {
                    out.add(new Verdict(block, s, Reason.SOURCE_LANGUAGE, alignedLine));
                } else {
                    out.add(new Verdict(block, s, null, alignedLine));
                }
            }
        }
        return new Result(List.copyOf(out));
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
        String s = Normalizer.normalize(sentence, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('\u00A0', ' ')
                .replace("\\", "");
        return s.replaceAll("\\s+", " ").strip();
    }
}
