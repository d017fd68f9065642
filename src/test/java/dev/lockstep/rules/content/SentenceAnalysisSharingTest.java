package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.Aligner;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source page's index splits each of its prose texts once and its translations share that split: a
 * translated block kept as in the source gets the sentences its own text gives, at its own positions.
 */
class SentenceAnalysisSharingTest {
    private static final String SOURCE = """
            # Encrypted email

            Email is insecure by default. Use an end-to-end encrypted messenger for `sensitive` conversations.

            Lorem ipsum dolor sit amet, consectetur adipiscing elit.

            - Keep your keys offline. Back them up twice.
            """;
    private static final String TRANSLATION = """
            ---
            title: Courriel
            ---

            # Courriel chiffré

            Le courriel n'est pas sûr par défaut, et il ne le sera jamais sans chiffrement.

            Email is insecure by default. Use an end-to-end encrypted messenger for `sensitive` conversations.

              Lorem ipsum dolor sit amet, consectetur adipiscing elit.

            - Keep your keys offline. Back them up twice.
            """;

    @Test
    void keptBlocksHaveTheSentencesAndPositionsOfTheirOwnText() {
        SentenceAnalysis.Result result = analyzed();

        List<String> kept = new ArrayList<>();
        for (SentenceAnalysis.Verdict v : result.sentences()) {
            List<Sentence> own = new ArrayList<>();
            for (Prose p : v.block().texts()) own.addAll(Sentences.of(p));
            assertThat(own).contains(v.sentence());
            assertThat(v.filler()).isEqualTo(v.untranslated() && LoremIpsum.isFiller(v.sentence().text()));
            if (v.untranslated()) kept.add(v.sentence().text() + "@" + v.sentence().position());
        }
        // Each kept sentence where the translation has it, not where the source does.
        assertThat(kept).containsExactly(
                "Email is insecure by default.@" + at(9, 1),
                "Use an end-to-end encrypted messenger for \uFFFC conversations.@" + at(9, 31),
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.@" + at(11, 3),
                "Keep your keys offline.@" + at(13, 3),
                "Back them up twice.@" + at(13, 27));
    }

    @Test
    void spansAreTheSplitOfTheTextAsked() {
        MarkdownParser parser = new MarkdownParser();
        Document source = parser.parse("docs/email.md", SOURCE);
        SentenceAnalysis.Result result = new SentenceAnalysis(List.of())
                .analyze(SentenceAnalysis.index(source), "fr", List.of());
        String kept = source.blocks().get(1).texts().get(0).text();
        String other = "Le courriel n'est pas sûr. Il ne le sera jamais.";
        for (String text : List.of(kept, other)) {
            assertThat(result.spans(text).stream().map(Arrays::toString).toList())
                    .isEqualTo(Sentences.spans(text).stream().map(Arrays::toString).toList());
        }
    }

    @Test
    void translatedTextsKeepTheSplitTheAnalysisMade() {
        Document source = PARSER.parse("docs/email.md", SOURCE);
        Document translation = PARSER.parse("i18n/fr/email.md", TRANSLATION);
        SentenceAnalysis.Result result = analyzed();

        String translated = "Le courriel n'est pas sûr par défaut, et il ne le sera jamais sans chiffrement.";
        String kept = source.blocks().get(1).texts().get(0).text();
        // The translation's own text is kept with the split the analysis made; a kept text is the source's.
        assertThat(result.split()).containsKey(translated).doesNotContainKey(kept);
        for (dev.lockstep.parse.Block b : translation.blocks()) {
            for (Prose p : b.texts()) {
                assertThat(result.spans(p.text()).stream().map(Arrays::toString).toList())
                        .isEqualTo(Sentences.spans(p.text()).stream().map(Arrays::toString).toList());
            }
        }
    }

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static SentenceAnalysis.Result analyzed() {
        Document source = PARSER.parse("docs/email.md", SOURCE);
        Document translation = PARSER.parse("i18n/fr/email.md", TRANSLATION);
        return new SentenceAnalysis(List.of())
                .analyze(SentenceAnalysis.index(source), "fr", new Aligner().align(source, translation));
    }

    private static String at(int line, int column) {
        return new dev.lockstep.parse.Position(line, column).toString();
    }
}
