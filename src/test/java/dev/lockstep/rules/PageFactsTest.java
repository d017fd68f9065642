package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A page's facts are made once, on first request, and kept for every page that shares them. */
class PageFactsTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    @Test
    void aFactIsMadeOnceForEveryTranslationThatSharesTheSourcesFacts() {
        Document source = PARSER.parse("docs/a.md", "# Title\n\nOne.\n");
        AtomicInteger made = new AtomicInteger();
        PageFacts.Fact<Integer> blocks = new PageFacts.Fact<>(doc -> {
            made.incrementAndGet();
            return doc.blocks().size();
        });
        PageFacts facts = new PageFacts(source);
        for (String language : List.of("de", "fr", "ja")) {
            Document translation = PARSER.parse("i18n/" + language + "/a.md", "# Titel\n\nEins.\n");
            AlignedPage page = new AlignedPage(source, translation, language, List.of(), null, facts);
            assertThat(page.sourceFacts().get(blocks)).isEqualTo(2);
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aBlockFactMadeByTheCallersEqualFunctionIsKeptForEveryLaterRequest() {
        Document page = PARSER.parse("docs/a.md", "One.\n\nTwo.\n");
        PageFacts.BlockFact<String> text = new PageFacts.BlockFact<>(Block::proseText);
        PageFacts facts = new PageFacts(page);
        Block first = page.blocks().get(0);
        AtomicInteger made = new AtomicInteger();
        String byCaller = facts.get(text, first, b -> {
            made.incrementAndGet();
            return b.proseText();
        });
        assertThat(byCaller).isEqualTo("One.\n");
        assertThat(facts.get(text, first)).isSameAs(byCaller);
        assertThat(facts.get(text, first, b -> "never made")).isSameAs(byCaller);
        assertThat(made).hasValue(1);
        // A block that is not one of the page's as parsed has it made anew, by the caller's function.
        Block other = PARSER.parse("docs/b.md", "Three.\n").blocks().get(0);
        assertThat(facts.get(text, other, b -> "made anew")).isEqualTo("made anew");
    }

    @Test
    void aFactMayAskForAnotherOfTheSamePage() {
        Document source = PARSER.parse("docs/a.md", "One.\n\nTwo.\n");
        PageFacts.Fact<Integer> blocks = new PageFacts.Fact<>(doc -> doc.blocks().size());
        PageFacts facts = new PageFacts(source);
        PageFacts.Fact<Integer> twice = new PageFacts.Fact<>(doc -> 2 * facts.get(blocks));
        assertThat(facts.get(twice)).isEqualTo(4);
    }

    @Test
    void theFactsMustBeTheSourcePages() {
        Document source = PARSER.parse("docs/a.md", "One.\n");
        Document other = PARSER.parse("docs/b.md", "One.\n");
        assertThatThrownBy(() -> new AlignedPage(source, source, "de", List.of(), null, new PageFacts(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTranslationsFactsMustBeTheTranslatedPages() {
        Document source = PARSER.parse("docs/a.md", "One.\n");
        Document translation = PARSER.parse("i18n/de/a.md", "Eins.\n");
        AlignedPage page = new AlignedPage(source, translation, "de", List.of());
        assertThat(page.translationFacts().page()).isSameAs(translation);
        assertThat(page.withPairs(List.of()).translationFacts()).isSameAs(page.translationFacts());
        assertThat(page.factsOf(translation.blocks().get(0))).isSameAs(page.translationFacts());
        assertThat(page.factsOf(source.blocks().get(0))).isSameAs(page.sourceFacts());
        assertThatThrownBy(() -> new AlignedPage(source, translation, "de", List.of(), null, page.compared(),
                page.sourceFacts(), new PageFacts(source))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlocksFactIsMadeOnceAndABlockReadAsSeveralHasItsOwn() {
        Document source = PARSER.parse("docs/a.md", "One.\n\nTwo.\n");
        AtomicInteger made = new AtomicInteger();
        PageFacts.BlockFact<Integer> length = new PageFacts.BlockFact<>(b -> {
            made.incrementAndGet();
            return b.raw().length();
        });
        PageFacts facts = new PageFacts(source);
        Block one = source.blocks().get(0);
        assertThat(facts.get(length, one)).isEqualTo(4);
        assertThat(facts.get(length, one)).isEqualTo(4);
        assertThat(made).hasValue(1);
        Block joined = Block.joined(source.blocks());
        assertThat(facts.get(length, joined)).isEqualTo("One.\n\nTwo.".length());
        Block other = PARSER.parse("docs/b.md", "Three!\n").blocks().get(0);
        assertThat(facts.get(length, other)).isEqualTo(6);
        assertThat(made).hasValue(3);
    }
}
