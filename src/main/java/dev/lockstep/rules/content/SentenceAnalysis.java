package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.Finding;
import dev.lockstep.text.AsciiWords;
import dev.lockstep.text.LanguageIdentifier;
import dev.lockstep.text.Script;
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
     * @param filler     whether an untranslated sentence is Lorem ipsum filler ({@link LoremIpsum}), which
     *                   untranslated-sentence leaves out and coverage still counts; false for a translated one
     */
    public record Verdict(Block block, Sentence sentence, Reason reason, int sourceLine, boolean filler) {
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
     * @param source the source page's index the analysis read, whose facts the sentence rules share
     *               (null when the result was made without one)
     * @param split  {@link Sentences#spans} of the translation's prose texts the source page does not have,
     *               as the analysis split them (read only)
     */
    public record Result(List<Verdict> sentences, int absent, SourceIndex source, Map<String, List<int[]>> split) {
        public Result(List<Verdict> sentences) {
            this(sentences, 0, null, Map.of());
        }

        public Result(List<Verdict> sentences, int absent) {
            this(sentences, absent, null, Map.of());
        }

        /**
         * {@link Sentences#spans} of a prose text: the source page's own split when it has the text, else the
         * analysis's split of the translation's text, so a rule that asks again does not split it again.
         */
        public List<int[]> spans(String text) {
            List<int[]> own = source != null ? source.ownSpans(text) : null;
            if (own == null) own = split.get(text);
            return own != null ? own : Sentences.spans(text);
        }

        public int untranslated() {
            int n = 0;
            for (Verdict v : sentences) if (v.untranslated()) n++;
            return n;
        }
    }

    private final Words words;
    private final Function<String, LanguageIdentifier> identifierFactory;
    private final Map<String, LanguageIdentifier> identifiers = new ConcurrentHashMap<>();
    /** Whether a target language is written in Latin letters, by the language: asked once per page. */
    private final Map<String, Boolean> latinTargets = new ConcurrentHashMap<>();

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
     * its first block). Built once per source page and shared by all its translations, which are checked one
     * after another on one thread: the caches it fills as they ask are not synchronized.
     */
    public static final class SourceIndex {
        private final Map<String, Integer> page = new HashMap<>();
        private final Map<Integer, Set<String>> blocks = new HashMap<>();
        /**
         * What the analysis makes of each sentence text met in this page's translations, made once: the
         * translations of one page repeat the sentences still in English, each of them in every language.
         */
        private final Map<String, Reading> readings = new HashMap<>();
        /** The sentences of the page's prose outside headings, as written (made on the first heading that asks). */
        private List<String> bodySentences;
        /** Those sentences, one a line. */
        private String body;
        /** Whether the page's prose writes a word in lower case, a common word and not a name: by the word, once. */
        private final Map<String, Boolean> lowerCase = new HashMap<>();
        private final Document document;
        /**
         * Each source block's text with white space collapsed, digested as a finding's identity: untranslated-sentence's
         * identity of its findings on the block, the same in every translation.
         */
        private final Map<Block, String> identities = new java.util.IdentityHashMap<>();
        /**
         * untranslated-sentence's quotes of sentences, by the sentence ({@code [0]} cut to 50 characters, {@code [1]} to
         * 80): a sentence kept as in the source is quoted alike in every translation.
         */
        private final Map<String, String[]> quotes = new HashMap<>();
        /** {@link #message}'s last message on each block, with the values it was made of. */
        private final Map<Block, Message> messages = new java.util.IdentityHashMap<>();
        /** {@link #citedTitle}'s answers, by the block. */
        private final Map<Block, java.util.Optional<String>> citedTitles = new java.util.IdentityHashMap<>();
        /** Each list item's whole text and its comparison key (made on first use, then shared by the translations). */
        private final Map<Block, Item> items = new java.util.IdentityHashMap<>();
        /**
         * Each prose text of the page split into sentences, by the text: most translated blocks kept as in the
         * source (Crowdin writes an untranslated string as its source text) take their sentences from here,
         * not split again in every language.
         */
        private final Map<String, Segmented> prose = new HashMap<>();
        /**
         * The {@link #keyPrefixHash} of each key of {@link #page}, sorted: most translated sentences are not the
         * source's, and their key's first characters tell so without the whole key being made.
         */
        private final int[] prefixes;

        private SourceIndex(Document source) {
            this.document = source;
            if (source == null) {
                prefixes = new int[0];
                return;
            }
            for (Block b : source.blocks()) {
                if (!hasSentences(b)) continue;
                Set<String> keys = new HashSet<>();
                for (Prose p : b.texts()) {
                    Segmented segmented = prose.computeIfAbsent(p.text(), Segmented::new);
                    if (segmented.keys == null) {
                        segmented.keys = new String[segmented.texts.length];
                        for (int i = 0; i < segmented.keys.length; i++) segmented.keys[i] = normalized(segmented.texts[i]);
                    }
                    for (String key : segmented.keys) {
                        keys.add(key);
                        page.putIfAbsent(key, b.line());
                    }
                }
                if (!keys.isEmpty()) blocks.put(b.index(), keys);
            }
            // Two keys with one prefix leave it twice: a binary search finds either.
            int[] all = new int[page.size()];
            int n = 0;
            for (String key : page.keySet()) all[n++] = (int) keyPrefix(key);
            java.util.Arrays.sort(all);
            prefixes = all;
        }

        /**
         * Whether the page may have a sentence with the key of {@code sentence} ({@link #normalized}): false only when
         * it has none, told by the key's first characters.
         */
        boolean mayHave(String sentence) {
            long hash = keyPrefixHash(sentence);
            return hash < 0 || java.util.Arrays.binarySearch(prefixes, (int) hash) >= 0;
        }

        /** Makes {@link #bodySentences} and {@link #body}: only pages with a heading kept as in the source need them. */
        private void readBody() {
            bodySentences = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            if (document != null) {
                for (Block b : document.blocks()) {
                    if (!hasSentences(b) || b.kind() == BlockKind.HEADING || b.kind() == BlockKind.FRONT_MATTER) continue;
                    for (Prose p : b.texts()) {
                        for (String s : prose.get(p.text()).texts) {
                            bodySentences.add(s);
                            all.append(s).append('\n');
                        }
                    }
                }
            }
            body = all.toString();
        }

        /**
         * Whether some sentence of the page's prose has {@code lower} among its words ({@link Words} without a
         * glossary), a word that starts in lower case. A word is part of its sentence's text, so only sentences
         * that hold the text are split into words.
         */
        private boolean writesLowerCase(String lower) {
            Boolean known = lowerCase.get(lower);
            if (known == null) {
                known = false;
                if (!lower.isEmpty() && Character.isLowerCase(lower.charAt(0))) {
                    for (String s : bodySentences) {
                        if (s.contains(lower) && PLAIN_WORDS.of(s).contains(lower)) {
                            known = true;
                            break;
                        }
                    }
                }
                lowerCase.put(lower, known);
            }
            return known;
        }

        List<int[]> spans(String text) {
            List<int[]> own = ownSpans(text);
            return own != null ? own : Sentences.spans(text);
        }

        /** The spans of a prose text of the page's, null when the page has no such text. */
        private List<int[]> ownSpans(String text) {
            Segmented s = prose.get(text);
            return s != null ? s.spans : null;
        }

        /**
         * {@link Finding.Builder#collapsedIdentityDigest} of the block's raw text, made once per block of the page.
         */
        String identity(Block block) {
            String c = identities.get(block);
            if (c == null) {
                c = Finding.Builder.collapsedIdentityDigest(block.raw());
                identities.put(block, c);
            }
            return c;
        }

        /** {@link #isTitleCasePhrase} of a sentence's reading, answered once per sentence and kind of language. */
        private boolean isTitleCasePhrase(String heading, Reading reading, boolean latinTarget) {
            int bit = latinTarget ? 1 : 2;
            if ((reading.titleCaseAsked & bit) == 0) {
                if (isTitleCasePhrase(heading, reading.words(), latinTarget)) reading.titleCase |= bit;
                reading.titleCaseAsked |= bit;
            }
            return (reading.titleCase & bit) != 0;
        }

        private Reading reading(String sentence, Words words) {
            return reading(sentence, words, null);
        }

        /** @param key the sentence's comparison key when the index made it already, else null (made on need) */
        private Reading reading(String sentence, Words words, String key) {
            Reading r = readings.get(sentence);
            if (r == null) {
                r = new Reading(sentence, words);
                readings.put(sentence, r);
            }
            if (r.key == null) r.key = key;
            return r;
        }

        /**
         * The sentences of a prose text: the page's own when the source has this text, else the translation's
         * split of it in {@code translated}, made on first need. A text kept as in the source is mostly its aligned
         * block's text at the same place ({@code index}): that one is taken by its own string, whose hash is known,
         * instead of hashing the translation's.
         */
        private Segmented segmented(String text, Block alignedSource, int index, Map<String, Segmented> translated) {
            if (alignedSource != null && index < alignedSource.texts().size()) {
                String own = alignedSource.texts().get(index).text();
                if (own.equals(text)) {
                    Segmented s = prose.get(own);
                    if (s != null) return s;
                }
            }
            Segmented s = prose.get(text);
            return s != null ? s : translated.computeIfAbsent(text, Segmented::new);
        }

        /**
         * The readings of a prose text's sentences, in order (kept with a text of the page's, made once). A sentence of a
         * translation's own text that the page lacks, told by its key's first characters (nearly all of them), gets a
         * reading of its own, not kept in {@link #readings}: few recur on the page, and hashing each into the map cost
         * more than reading those few again.
         */
        private Reading[] readings(Segmented segmented, Words words) {
            Reading[] r = segmented.readings;
            if (r == null) {
                r = new Reading[segmented.texts.length];
                for (int i = 0; i < r.length; i++) {
                    String text = segmented.texts[i];
                    if (segmented.keys == null && !mayHave(text)) {
                        r[i] = new Reading(text, words);
                        r[i].absent = true;
                    } else {
                        r[i] = reading(text, words, segmented.keys == null ? null : segmented.keys[i]);
                    }
                }
                segmented.readings = r;
            }
            return r;
        }

        /**
         * Whether a heading the translation kept as in the source, one to three capitalized words that
         * {@link Words#isTranslatable} takes for a name, is common words in Title Case instead: the
         * page's prose writes each word in lower case ("custom files" under "Custom Files") and never
         * writes the heading's words capitalized as it does a name ("Tor Browser" under "Tor Browser").
         * Only headings of plain words: an identifier, number or path in it ("FairEmail (Android)",
         * "EP1: …", "OS Policies") makes it a name. In a language written in Latin letters, one word is
         * not enough: it may be the language's own ("Marketing", "System" in German).
         */
        boolean isTitleCasePhrase(String heading, List<String> words, boolean latinTarget) {
            String plain = heading.strip();
            if (words.isEmpty() || words.size() > SHORT || words.size() < (latinTarget ? 2 : 1)
                    || !PLAIN_HEADING.matcher(plain).matches() || plain.split(" ").length != words.size()) {
                return false;
            }
            if (body == null) readBody();
            for (String w : words) {
                if (!writesLowerCase(w.toLowerCase(Locale.ROOT))) return false;
            }
            for (String w : words) {
                if (writesAlone(body, w)) return false;
            }
            return true;
        }

        /**
         * {@link CitedTitle}'s answer on a block of the page (the letters of its link's text, or null), made once for
         * the translations that keep the block as written.
         */
        String citedTitle(Block block) {
            java.util.Optional<String> known = citedTitles.get(block);
            if (known == null) {
                Inline link = block.inlines(dev.lockstep.parse.InlineKind.LINK).get(0);
                known = java.util.Optional.ofNullable(CitedTitle.citedTitle(block, link));
                citedTitles.put(block, known);
            }
            return known.orElse(null);
        }

        /** {@link UntranslatedSentence#quote} of a sentence as written, made once per page for each of the two cuts. */
        String quote(String sentence, int max) {
            String[] q = quotes.computeIfAbsent(sentence, k -> new String[2]);
            int i = max == UntranslatedSentence.QUOTED_ALONE ? 1 : 0;
            if (q[i] == null) q[i] = UntranslatedSentence.quote(sentence, max);
            return q[i];
        }

        /**
         * untranslated-sentence's message on a block of the page, made by {@code make} unless the block's last message
         * was made of the same values: a block kept as in the source is reported alike in each translation that keeps
         * it, one after another.
         */
        String message(Block block, String path, int sourceLine, int count, String[] listed,
                       java.util.function.Supplier<String> make) {
            Message m = messages.get(block);
            if (m == null || m.sourceLine != sourceLine || m.count != count || !m.path.equals(path)
                    || !java.util.Arrays.equals(m.listed, listed)) {
                m = new Message(path, sourceLine, count, listed, make.get());
                messages.put(block, m);
            }
            return m.text;
        }

        /** The whole text, key and value answer of a source list item, made once for all of the page's translations. */
        private Item item(Block item) {
            Item i = items.get(item);
            if (i == null) {
                String own = text(item);
                String key = normalized(own);
                i = new Item(own, key, keyPrefix(key), isValue(own));
                items.put(item, i);
            }
            return i;
        }

        /**
         * The translated item's whole text when it has the comparison key of the source's {@code item}, else null. An
         * item whose texts are the source item's one by one is kept byte for byte: its text is the source's.
         */
        private String kept(Block item, Block translated) {
            Item i = item(item);
            if (sameTexts(item, translated)) return i.text;
            String text = text(translated);
            // Most items kept are kept byte for byte, and the same text has the same key.
            // The source's own string when equal: its hash is known to the readings the label lists look it up in.
            if (text.equals(i.text)) return i.text;
            // Most items that differ differ in their first characters: told without the whole key.
            long prefix = keyPrefixHash(text);
            if (prefix >= 0 && prefix != i.prefix) return null;
            return normalized(text).equals(i.key) ? text : null;
        }

        /**
         * {@link #lineOf(String, Block)} of a sentence's reading, kept with the reading for the aligned block asked last:
         * a sentence kept as in the source comes again, aligned with the same block, in every translation.
         */
        private Integer lineOf(Reading reading, Block alignedSource) {
            if (reading.lineAsked && reading.lineFor == alignedSource) return reading.line;
            // A sentence the page does not have (most translated ones) needs no key: its first characters tell.
            Integer line = reading.absent || reading.key == null && !mayHave(reading.sentence) ? null
                    : lineOf(reading.key(), alignedSource);
            reading.lineAsked = true;
            reading.lineFor = alignedSource;
            reading.line = line;
            return line;
        }

        /** The source line a translated sentence came from, or null when the source has no such sentence. */
        Integer lineOf(String key, Block alignedSource) {
            // A block's sentences are the page's: a key the page lacks (most translated sentences) is asked once.
            Integer line = page.get(key);
            if (line != null && alignedSource != null && blocks.getOrDefault(alignedSource.index(), Set.of()).contains(key)) {
                return alignedSource.line();
            }
            return line;
        }
    }

    /**
     * Whether {@code text} writes {@code word} (letters only, as a heading's words are: {@link #PLAIN_HEADING}) with
     * no letter right before or after it, as the regex {@code (?<!\\p{L})word(?!\\p{L})} finds it: a search by
     * {@link String#indexOf} where the regex was compiled for every word and stepped through the whole page.
     */
    static boolean writesAlone(String text, String word) {
        if (word.isEmpty()) return false;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.codePointBefore(at)))
                    && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** untranslated-sentence's message ({@code text}) made of the other values. */
    private record Message(String path, int sourceLine, int count, String[] listed, String text) {
    }

    /**
     * A source list item's whole text, its comparison key (and {@link #keyPrefix} of it) and whether it is written as a
     * value ({@link #isValue}).
     */
    private record Item(String text, String key, long prefix, boolean value) {
    }

    /** Whether two blocks hold the same prose texts, one by one. */
    static boolean sameTexts(Block a, Block b) {
        List<Prose> x = a.texts();
        List<Prose> y = b.texts();
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!x.get(i).text().equals(y.get(i).text())) return false;
        return true;
    }

    /**
     * A sentence's translatable words, whether they are worth translating, and its comparison key, each made on need:
     * most translated sentences are decided by their first words (a lower-case word, a word of the target's script).
     */
    private static final class Reading implements LanguageIdentifier.SentenceWords {
        private final String sentence;
        private final Words splitter;
        /** {@link Words#of}, made on first need. */
        private List<String> words;
        /** {@link Words#isTranslatable}: 0 unknown, 1 no, 2 yes. */
        private byte translatable;
        /** Made on first need: a sentence with nothing to translate is mostly not looked up in the source. */
        private String key;
        /** {@link LoremIpsum#isFiller}, asked only of a sentence found untranslated: 0 unknown, 1 no, 2 yes. */
        private byte filler;
        /** {@link SourceIndex#isTitleCasePhrase} for a Latin-script target (bit 1) and another (bit 2): asked, answer. */
        private byte titleCaseAsked;
        private byte titleCase;
        /** {@link Words#isCodeLikeTitle}: 0 unknown, 1 no, 2 yes. */
        private byte codeLike;
        /** {@link #isLabel}: 0 unknown, 1 no, 2 yes. */
        private byte label;
        /** {@link #mayBeShared()}: 0 unknown, 1 no, 2 yes. */
        private byte shared;
        /** Whether the source page is known to lack the sentence ({@link SourceIndex#mayHave} said so). */
        private boolean absent;
        /** {@link SourceIndex#lineOf(Reading, Block)} for the aligned block {@link #lineFor}, once {@link #lineAsked}. */
        private boolean lineAsked;
        private Block lineFor;
        private Integer line;

        Reading(String sentence, Words splitter) {
            this.sentence = sentence;
            this.splitter = splitter;
        }

        List<String> words() {
            if (words == null) words = splitter.of(sentence);
            return words;
        }

        @Override
        public String text() {
            return sentence;
        }

        @Override
        public List<String> all() {
            return words();
        }

        @Override
        public boolean any(java.util.function.Predicate<String> test) {
            return words != null ? words.stream().anyMatch(test) : splitter.anyWord(sentence, test);
        }

        /**
         * {@link SentenceAnalysis#mayBeShared} of the words, asked of every untranslated sentence in every language that
         * keeps it: answered once, from at most the first {@link #SHORT} + 1 words (a longer sentence is not split).
         */
        boolean mayBeShared() {
            if (shared == 0) {
                if (words == null) {
                    List<String> first = new ArrayList<>(SHORT + 1);
                    splitter.anyWord(sentence, w -> {
                        first.add(w);
                        return first.size() > SHORT;
                    });
                    // Up to SHORT words are all of them.
                    if (first.size() <= SHORT) words = first;
                }
                shared = words != null && SentenceAnalysis.mayBeShared(words) ? (byte) 2 : (byte) 1;
            }
            return shared == 2;
        }

        /** Whether the sentence has words worth translating, from its words when they are split already. */
        boolean translatable() {
            if (translatable == 0) {
                boolean yes = words != null ? splitter.isTranslatable(words) : splitter.isTranslatable(sentence);
                translatable = yes ? (byte) 2 : (byte) 1;
            }
            return translatable == 2;
        }

        /** The sentence's comparison key ({@link #normalized}). */
        String key() {
            if (key == null) key = normalized(sentence);
            return key;
        }

        boolean codeLikeTitle() {
            if (codeLike == 0) codeLike = Words.isCodeLikeTitle(sentence) ? (byte) 2 : (byte) 1;
            return codeLike == 2;
        }

        /** {@link #isLabel} of the sentence (a list item's text), asked again by every language that keeps the item. */
        boolean label() {
            if (label == 0) label = isLabel(sentence) ? (byte) 2 : (byte) 1;
            return label == 2;
        }

        boolean filler() {
            if (filler == 0) filler = LoremIpsum.isFiller(sentence) ? (byte) 2 : (byte) 1;
            return filler == 2;
        }
    }

    /** A prose text split into sentences ({@link Sentences#spans}): where each starts and ends, and its text. */
    private static final class Segmented {
        final List<int[]> spans;
        final String[] texts;
        /** Made on first use, when the text belongs to the source page (see {@link SourceIndex#readings}). */
        Reading[] readings;
        /** The sentences' comparison keys, made with the index for the source page's own texts (else null). */
        String[] keys;

        Segmented(String text) {
            spans = List.copyOf(Sentences.spans(text));
            texts = new String[spans.size()];
            for (int i = 0; i < texts.length; i++) texts[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
        }
    }

    public static SourceIndex index(Document source) {
        return new SourceIndex(source);
    }

    public Result analyze(Document source, Document translation, String language, List<BlockPair> pairs) {
        return analyze(index(source), language, pairs);
    }

    /** The verdicts on every translatable sentence of the translated side of {@code pairs}. */
    public Result analyze(SourceIndex source, String language, List<BlockPair> pairs) {
        String[] kept = keptItems(source, pairs);
        Set<Block> values = valueLists(source, pairs, kept);
        values.addAll(labelLists(source, pairs, kept, words));
        List<Verdict> out = new ArrayList<>();
        // The reading of each verdict's sentence, by index: its words are split only where they are read.
        List<Reading> wordsOf = new ArrayList<>();
        // The translation's prose texts the source page does not have, split once: the paragraph rules ask again.
        Map<String, Segmented> translated = new HashMap<>();
        LanguageIdentifier identifier = identifier(language);
        boolean latin = latinTargets.computeIfAbsent(language, l -> Script.ofLanguage(l).contains(Script.LATIN));
        for (BlockPair pair : pairs) {
            Block block = pair.translation();
            if (block == null || values.contains(block)) continue;
            int alignedLine = pair.source() == null ? 0 : pair.source().line();
            boolean title = block.kind() == BlockKind.HEADING || block.kind() == BlockKind.FRONT_MATTER;
            if (!hasSentences(block)) continue;
            List<Prose> texts = block.texts();
            for (int t = 0; t < texts.size(); t++) {
                Prose p = texts.get(t);
                Segmented segmented = source.segmented(p.text(), pair.source(), t, translated);
                Reading[] readings = source.readings(segmented, words);
                for (int k = 0; k < readings.length; k++) {
                    Reading reading = readings[k];
                    String text = segmented.texts[k];
                    // Not split into words up front: most sentences are answered by their first words (whether worth
                    // translating, another script's language) or their runs of ASCII letters (a Latin-script target's
                    // language, the shared-words excuse); the words are split where read whole.
                    boolean translatable = reading.translatable();
                    // A heading of common words in Title Case counts only when kept as in the source.
                    if (!translatable && (block.kind() != BlockKind.HEADING || !source.isTitleCasePhrase(text, reading, latin))) continue;
                    // A page titled after a command (`# docker top`) keeps that title in every language.
                    if (title && reading.codeLikeTitle()) continue;
                    Integer line = source.lineOf(reading, pair.source());
                    if (!translatable && line == null) continue;
                    int[] span = segmented.spans.get(k);
                    Sentence s = new Sentence(text, span[0], span[1], p.positionOf(span[0]));
                    if (line != null) {
                        out.add(new Verdict(block, s, Reason.SAME_AS_SOURCE, line, reading.filler()));
                    } else if (identifier.isSourceLanguage(reading)) {
                        out.add(new Verdict(block, s, Reason.SOURCE_LANGUAGE, alignedLine, reading.filler()));
                    } else {
                        out.add(new Verdict(block, s, null, alignedLine, false));
                    }
                    wordsOf.add(reading);
                }
            }
        }
        out = excuseSharedWords(out, wordsOf, identifier);
        int absent = 0;
        if (out.isEmpty()) {
            for (BlockPair pair : pairs) {
                if (pair.source() == null) continue;
                for (Sentence s : sentencesOf(pair.source())) if (words.isTranslatable(words.of(s.text()))) absent++;
            }
        }
        Map<String, List<int[]>> split = new HashMap<>();
        translated.forEach((text, segmented) -> split.put(text, segmented.spans));
        return new Result(List.copyOf(out), absent, source, split);
    }

    private static final Words PLAIN_WORDS = new Words(List.of());
    /** Letters and spaces, with a closing punctuation mark: "Custom Files", "Take Action!". */
    private static final java.util.regex.Pattern PLAIN_HEADING = java.util.regex.Pattern.compile("\\p{L}+(?: \\p{L}+)*[.!?]?");
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
    private static Set<Block> valueLists(SourceIndex source, List<BlockPair> pairs, String[] kept) {
        Set<Block> out = blockSet();
        List<BlockPair> run = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair pair = pairs.get(i);
            Block t = pair.translation();
            if (t == null) continue;
            boolean value = kept[i] != null && source.item(pair.source()).value();
            if (value) {
                run.add(pair);
                continue;
            }
            takeValues(source, run, pairs, out);
        }
        takeValues(source, run, pairs, out);
        return out;
    }

    private static void takeValues(SourceIndex source, List<BlockPair> run, List<BlockPair> pairs, Set<Block> out) {
        if (run.size() >= 3) {
            boolean lowercase = run.stream().allMatch(p -> VALUE.matcher(source.item(p.source()).text()).matches());
            // The page's values in code, looked for only when a run of capitalized values asks (few pages have one).
            if (lowercase || shownInCode(run, codeValues(pairs))) for (BlockPair p : run) out.add(p.translation());
        }
        run.clear();
    }

    private static boolean shownInCode(List<BlockPair> run, Set<String> codeValues) {
        for (BlockPair p : run) if (codeValues.contains(text(p.source()))) return true;
        return false;
    }


    /**
     * Which pairs are list items the translation kept as in the source (equal comparison keys of their
     * whole text), by their translated whole text (null for the others): what the value and label lists are made
     * of. The source side's key is the index's.
     */
    private static String[] keptItems(SourceIndex source, List<BlockPair> pairs) {
        String[] kept = new String[pairs.size()];
        for (int i = 0; i < kept.length; i++) {
            BlockPair pair = pairs.get(i);
            Block t = pair.translation();
            if (t != null && t.kind() == BlockKind.LIST_ITEM && pair.source() != null
                    && pair.source().kind() == BlockKind.LIST_ITEM) {
                kept[i] = source.kept(pair.source(), t);
            }
        }
        return kept;
    }

    /** Up to this many translatable words, a list item kept as in the source may be a label of the product's UI. */
    private static final int LABEL = 4;

    /**
     * Short list items kept as in the source within a list of names: three or more items in a row, each
     * equal to its source item, at most a third of them with words to translate, each of those at most
     * four words and capitalized as a program writes its labels ({@code - Android SDK Platform},
     * {@code - NDK (Side by side)}, {@code - Android SDK Build-Tools}). Such a list names what to select
     * in a program, or products, as they are written; an item is a label in that list, not a sentence.
     * Crowdin's untranslated lists are sentences, mostly with words to translate, and stay reported, and
     * so do items in sentence case ("CCID Smart Card support") or of a field and its value
     * ("Availability: Public").
     */
    private static Set<Block> labelLists(SourceIndex source, List<BlockPair> pairs, String[] kept, Words words) {
        Set<Block> out = blockSet();
        List<Block> run = new ArrayList<>();
        int translatable = 0;
        boolean fits = true;
        for (int i = 0; i < pairs.size(); i++) {
            Block t = pairs.get(i).translation();
            if (t == null) continue;
            if (kept[i] != null) {
                // An item's words as a sentence's: the same text recurs in every language that kept it.
                String item = kept[i];
                Reading reading = source.reading(item, words);
                if (reading.translatable()) {
                    translatable++;
                    fits &= reading.words().size() <= LABEL && reading.label();
                }
                run.add(t);
                continue;
            }
            if (run.size() >= 3 && fits && translatable * 3 <= run.size()) out.addAll(run);
            run.clear();
            translatable = 0;
            fits = true;
        }
        if (run.size() >= 3 && fits && translatable * 3 <= run.size()) out.addAll(run);
        return out;
    }

    /**
     * Written as a program writes its labels: every word capitalized outside parentheses
     * ("NDK (Side by side)"), no "Field: value" ("Availability: Public" is prose to translate).
     */
    private static boolean isLabel(String item) {
        if (item.indexOf(':') >= 0) return false;
        String outside = PARENTHESES.matcher(item).replaceAll(" ");
        for (String w : PLAIN_WORDS.of(outside)) if (Character.isLowerCase(w.charAt(0))) return false;
        return true;
    }

    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^()]*\\)");

    /** A source item's whole text written as a value: one lowercase word, or up to three capitalized words. */
    private static boolean isValue(String text) {
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

    /**
     * A set of the translation's blocks by identity: a block record's own hash reads its whole text and
     * inline list, and the analysis asks the set once per block of every translation.
     */
    private static Set<Block> blockSet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
    private static List<Verdict> excuseSharedWords(List<Verdict> verdicts, List<Reading> wordsOf,
                                                   LanguageIdentifier identifier) {
        // The words of the sentences that may be excused: only these need looking for in the translation's
        // sentences (most pages have none, and then no sentence's language need be asked).
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (!verdicts.get(i).untranslated()) continue;
            Reading reading = wordsOf.get(i);
            if (reading.mayBeShared()) for (String x : reading.words()) wanted.add(x.toLowerCase(Locale.ROOT));
        }
        if (wanted.isEmpty()) return verdicts;
        // The wanted words that sentences showing the target language write (a sentence merely not caught as
        // English adds nothing); a sentence that could add no wanted word not yet found is not asked.
        Set<String> found = new HashSet<>();
        // Wanted words of ASCII letters (all, mostly) are runs of ASCII letters of a sentence that writes them: a
        // sentence with no run that is a wanted word not found yet is passed over without being split into words.
        boolean ascii = allAscii(wanted);
        AsciiWords missing = ascii ? new AsciiWords(wanted) : null;
        for (int i = 0; i < verdicts.size() && found.size() < wanted.size(); i++) {
            if (verdicts.get(i).untranslated()) continue;
            Reading reading = wordsOf.get(i);
            if (ascii && missing.count(reading.sentence, 1) == 0) continue;
            List<String> w = reading.words();
            List<String> adds = null;
            for (String x : w) {
                String lower = x.toLowerCase(Locale.ROOT);
                if (!wanted.contains(lower) || found.contains(lower)) continue;
                if (adds == null) adds = new ArrayList<>();
                adds.add(lower);
            }
            if (adds != null && identifier.isTargetLanguage(w)) {
                found.addAll(adds);
                if (ascii) missing = new AsciiWords(wanted.stream().filter(x -> !found.contains(x)).toList());
            }
        }
        if (found.isEmpty()) return verdicts;
        List<Verdict> out = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            boolean shared = v.untranslated() && wordsOf.get(i).mayBeShared()
                    && wordsOf.get(i).words().stream().allMatch(x -> found.contains(x.toLowerCase(Locale.ROOT)));
            out.add(shared ? new Verdict(v.block(), v.sentence(), null, v.sourceLine(), false) : v);
        }
        return out;
    }

    /** Whether every (lower-case) word is made of ASCII letters a–z alone ({@link AsciiWords#isLowerAscii}). */
    private static boolean allAscii(Set<String> words) {
        for (String w : words) if (!AsciiWords.isLowerAscii(w)) return false;
        return true;
    }

    /** The words of an untranslated sentence that may be excused: one to three, without an English function word. */
    private static boolean mayBeShared(List<String> words) {
        return !words.isEmpty() && words.size() <= SHORT && !Words.hasFunctionWord(words);
    }

    private LanguageIdentifier identifier(String language) {
        return identifiers.computeIfAbsent(language, identifierFactory);
    }

    /** Code blocks and raw HTML have no translatable sentences. */
    private static boolean hasSentences(Block block) {
        return block.kind() != BlockKind.CODE && block.kind() != BlockKind.HTML;
    }

    /** Sentences of a block's translatable text; code blocks and raw HTML have none. */
    static List<Sentence> sentencesOf(Block block) {
        if (!hasSentences(block)) return List.of();
        List<Sentence> out = new ArrayList<>();
        for (Prose p : block.texts()) out.addAll(Sentences.of(p));
        return out;
    }

    /**
     * Comparison key: same words, ignoring case, spacing, quote style, what code spans contain and
     * backslashes (Crowdin exports escape characters the source did not: {@code \\Our mission…}).
     */
    public static String normalized(String sentence) {
        // Every sentence of every page comes through here: most are below U+0300, the first combining
        // mark, so in NFC already (no character below it decomposes or combines), and need no normalizer.
        char[] out = new char[sentence.length()];
        int n = key(sentence, true, out);
        if (n >= 0) return new String(out, 0, n);
        String s = Normalizer.isNormalized(sentence, Normalizer.Form.NFC) ? sentence
                : Normalizer.normalize(sentence, Normalizer.Form.NFC);
        out = s.length() == sentence.length() ? out : new char[s.length()];
        return new String(out, 0, key(s, false, out));
    }

    /** How many characters of a key {@link SourceIndex#mayHave} compares: enough to tell most sentences apart. */
    static final int PREFIX = 16;

    /**
     * The first {@link #PREFIX} characters of {@code sentence}'s key ({@link #normalized}) hashed, or -1 when the
     * sentence is not in NFC (then they are not known without the normalizer).
     */
    static long keyPrefixHash(String sentence) {
        char[] out = new char[PREFIX];
        int n = key(sentence, true, out);
        // Another script (a character from U+0300 on): a text in NFC already is its own NFC.
        if (n < 0 && Normalizer.isNormalized(sentence, Normalizer.Form.NFC)) n = key(sentence, false, out);
        return n < 0 ? -1 : prefixHash(out, n);
    }

    /** {@link #keyPrefixHash} of a sentence whose key is {@code key}. */
    static long keyPrefix(String key) {
        int h = 0;
        for (int i = 0, n = Math.min(PREFIX, key.length()); i < n; i++) h = 31 * h + key.charAt(i);
        return h & 0xFFFFFFFFL;
    }

    /** The hash of {@code chars[0..n)}, as unsigned, so that -1 is no hash. */
    private static long prefixHash(char[] chars, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + chars[i];
        return h & 0xFFFFFFFFL;
    }

    /**
     * Writes the key of text in NFC into {@code out}, ASCII handled without table look-ups, and returns its length;
     * stops when {@code out} is full (at the next character that would be written) and returns -1 when
     * {@code belowMarks} and the text has a character from U+0300 on before that point (it may not be in NFC). A text's key is never
     * longer than the text; a key cut at a character below U+0300 followed by one below U+0300 is the start of the
     * whole text's key in NFC (no character below U+0300 combines or composes with another below it, and every one is
     * a starter, which a mark after it cannot reach past).
     */
    private static int key(String s, boolean belowMarks, char[] out) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c <= ' ' && Character.isWhitespace(c)) {
                    space = n > 0;
                    continue;
                }
                if (c == '\\') continue;
                if (n == out.length) return n;
                if (space) {
                    out[n++] = ' ';
                    if (n == out.length) return n;
                }
                space = false;
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            if (belowMarks && c >= 0x300) return -1;
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = n > 0;
                continue;
            }
            if (n == out.length) return n;
            if (space) {
                out[n++] = ' ';
                if (n == out.length) return n;
            }
            space = false;
            out[n++] = switch (c) {
                case '’', '‘' -> '\'';
                case '“', '”' -> '"';
                default -> Character.toLowerCase(c);
            };
        }
        return n;
    }
}
