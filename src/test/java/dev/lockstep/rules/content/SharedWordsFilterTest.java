package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Sentences;
import dev.lockstep.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared-words excuse looks for its wanted words (ASCII) in a translated sentence's lower-cased text before
 * it splits the sentence into words: every word of a sentence whose lower case is ASCII must be found there, or a
 * sentence that writes a wanted word would be passed over.
 */
class SharedWordsFilterTest {
    private static final List<Words> SPLITTERS = List.of(new Words(List.of()), new Words(List.of("Tor Browser", "KDE")));

    @Test
    void everyFixtureSentenceHoldsItsAsciiWords() throws IOException {
        MarkdownParser parser = new MarkdownParser();
        int words = 0;
        for (Path f : Fixtures.pages()) {
            for (Block b : parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)).blocks()) {
                for (Prose p : b.texts()) for (Sentence s : Sentences.of(p)) words += assertHoldsItsWords(s.text());
            }
        }
        assertThat(words).isGreaterThan(50_000);
    }

    @Test
    void randomSentencesHoldTheirAsciiWords() {
        // Letters whose lower case is ASCII or longer (the Kelvin sign, dotted capital I), a final sigma, glossary
        // terms, delimiters, dots and hyphens that words are trimmed of, a URL.
        String[] pieces = {"a", "B", "K", "\u212A", "\u0130", "\u03A3", "\u03C3", "é", "日本", " ", ".", "-", "'", "(",
                "Tor Browser", "kde", "https://x.org/a", "\u00A0", "İstanbul", "ΟΔΟΣ"};
        Random random = new Random(35);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) s.append(pieces[random.nextInt(pieces.length)]);
            assertHoldsItsWords(s.toString());
        }
    }

    @Test
    void aSentenceWithoutTheWordIsPassedOverAndOneFoundAlreadyIsNotLookedFor() {
        assertThat(SentenceAnalysis.holdsAny("la migration des données", Set.of("migration"), Set.of())).isTrue();
        assertThat(SentenceAnalysis.holdsAny("la migration des données", Set.of("migration"), Set.of("migration")))
                .isFalse();
        assertThat(SentenceAnalysis.holdsAny("移行について", Set.of("migration"), Set.of())).isFalse();
    }

    /** @return how many of the sentence's words were asked */
    private static int assertHoldsItsWords(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int asked = 0;
        for (Words splitter : SPLITTERS) {
            for (String w : splitter.of(sentence)) {
                String word = w.toLowerCase(Locale.ROOT);
                if (!SentenceAnalysis.isAscii(word)) continue;
                asked++;
                assertThat(SentenceAnalysis.holdsAny(lower, Set.of(word), Set.of())).as("%s in %s", word, sentence).isTrue();
            }
        }
        return asked;
    }
}
