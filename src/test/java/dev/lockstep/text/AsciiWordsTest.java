package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.RandomText;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Prose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sentence's runs of ASCII letters stand for its words of ASCII letters: every word {@link Words} gives whose lower
 * case is made of ASCII letters is a run of the sentence, so counting runs bounds counting words. Held on every
 * sentence of the fixtures and on random sentences of the characters that end, split or drop words (with a glossary),
 * and {@link WordProfiles}' answer from the runs to its answer from the words.
 */
class AsciiWordsTest {
    private static final List<String> GLOSSARY = List.of("Tor", "a-b", ".NET", "Kit", "the end");
    private static final String ALPHABET = "aekKthIİ\u212A\u0301 -–—.../:@_+#1'’\"()[]?!,;\uFFFCéДж日本々한\u3005\t";
    private static final List<String> TOKENS = List.of("the", "The", "and", "of", "to", "is", "use", "you", "a", "de",
            "le", "la", "der", "die", "und", "och", "att", "el", "que", "il", "het", "een", "in", "on", "Tor", "VPN",
            "sys-net", "https://x.org/the", "it's", "don’t", "\u212Aeep", "THE", "tHe", "évité", "über", "für", "the1",
            "and…", "of.", "-to", "/the", "x@the.org", "Дом", "日本the", "the日本", "ThE\u0301", "a-b", ".NET");

    @Test
    void everyAsciiWordIsARunOfTheSentence() throws IOException {
        List<String> sentences = new ArrayList<>(fixtureSentences());
        Random random = new Random(40);
        for (int n = 0; n < 10000; n++) sentences.add(random(random));
        int words = 0;
        for (Words splitter : List.of(new Words(List.of()), new Words(GLOSSARY))) {
            for (String s : sentences) {
                Map<String, Integer> runs = runs(s);
                for (String w : splitter.of(s)) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (!lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) continue;
                    words++;
                    assertThat(runs.merge(lower, -1, Integer::sum)).as(s + " / " + w).isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(words).isGreaterThan(50000);
    }

    @Test
    void countsAndFindsTheRunsThatAreWordsOfTheSet() {
        AsciiWords set = new AsciiWords(List.of("the", "keep", "a", "it's", "Big", "über", "and"));
        assertThat(set.count("The cat and THE dog", 9)).isEqualTo(3);
        assertThat(set.count("The cat and THE dog", 2)).isEqualTo(2);
        assertThat(set.count("theme other", 9)).isZero();
        assertThat(set.count("\u212AEEP it's a", 9)).isEqualTo(2);
        assertThat(set.count("big über", 9)).isZero();
        String longWord = "a".repeat(70);
        assertThat(new AsciiWords(List.of(longWord, "b")).count("x " + longWord.toUpperCase() + " b " + longWord + "a", 9))
                .isEqualTo(2);
        Random random = new Random(41);
        List<String> pool = List.of("the", "and", "keep", "a", "x", "ab", "abc", "zz", "thee", "tha", "k", "kk");
        for (int n = 0; n < 20000; n++) {
            List<String> words = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) words.add(pool.get(random.nextInt(pool.size())));
            AsciiWords some = new AsciiWords(words);
            String s = random(random);
            int expected = 0;
            for (Map.Entry<String, Integer> run : runs(s).entrySet()) {
                if (words.contains(run.getKey())) expected += run.getValue();
            }
            assertThat(some.count(s, 99)).as(s + " " + words).isEqualTo(expected);
            assertThat(some.count(s, 1)).as(s + " " + words).isEqualTo(Math.min(1, expected));
        }
    }

    @Test
    void englishFromTheRunsAsFromTheWords() throws IOException {
        List<String> sentences = new ArrayList<>(fixtureSentences());
        Random random = new Random(42);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(TOKENS.get(random.nextInt(TOKENS.size())));
                b.append(random.nextInt(5) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : ' ');
            }
            sentences.add(b.toString());
        }
        int english = 0;
        for (Words splitter : List.of(new Words(List.of()), new Words(GLOSSARY))) {
            for (String language : List.of("fr", "de", "sv", "es", "pt", "it", "nl", "pl")) {
                LanguageIdentifier identifier = LanguageIdentifier.forTarget(language);
                for (String s : sentences) {
                    boolean all = identifier.isSourceLanguage(splitter.of(s));
                    if (all) english++;
                    assertThat(identifier.isSourceLanguage(onDemand(splitter, s))).as(language + ": " + s).isEqualTo(all);
                }
            }
        }
        assertThat(english).isGreaterThan(10000);
    }

    private static LanguageIdentifier.SentenceWords onDemand(Words splitter, String s) {
        return new LanguageIdentifier.SentenceWords() {
            @Override
            public String text() {
                return s;
            }

            @Override
            public List<String> all() {
                return splitter.of(s);
            }

            @Override
            public boolean any(java.util.function.Predicate<String> test) {
                return splitter.anyWord(s, test);
            }
        };
    }

    /** The sentence's runs of ASCII letters and Kelvin signs in lower case, each with how often it stands there. */
    private static Map<String, Integer> runs(String s) {
        Map<String, Integer> out = new HashMap<>();
        for (String run : s.split("[^A-Za-z\u212A]+")) {
            if (!run.isEmpty()) out.merge(run.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }

    private static String random(Random random) {
        return RandomText.of(random, ALPHABET, 24);
    }

    private static List<String> sentences;

    /** The sentences of every fixture page, each once (read once for the class). */
    private static synchronized List<String> fixtureSentences() throws IOException {
        if (sentences != null) return sentences;
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        MarkdownParser parser = new MarkdownParser();
        for (Path page : Fixtures.pages()) {
            for (Block b : parser.parse(page.toString(), Files.readString(page, StandardCharsets.UTF_8)).blocks()) {
                for (Prose p : b.texts()) for (Sentence s : Sentences.of(p)) out.add(s.text());
            }
        }
        sentences = List.copyOf(out);
        return sentences;
    }
}
