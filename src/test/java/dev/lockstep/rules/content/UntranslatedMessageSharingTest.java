package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * untranslated-sentence's message on a source block is made once for the translations that report the block alike:
 * the index hands back a message only when every value it is made of is the same, else the one made now.
 */
class UntranslatedMessageSharingTest {
    private final Document source = new MarkdownParser().parse("docs/a.md", """
            Email is insecure by default. Use an encrypted messenger.

            Keep your keys offline.
            """);
    private final SentenceAnalysis.SourceIndex index = SentenceAnalysis.index(source);
    private final List<String> made = new ArrayList<>();

    @Test
    void theSameValuesTakeTheMessageMadeBefore() {
        Block block = source.blocks().get(0);
        String[] listed = {"Email is insecure by default.", "Use an encrypted messenger."};
        assertThat(ask(block, "docs/a.md", 1, 2, listed)).isEqualTo(expected("docs/a.md", 1, 2, listed));
        // Another translation's strings of the same texts.
        String[] again = {new String(listed[0].toCharArray()), new String(listed[1].toCharArray())};
        assertThat(ask(block, "docs/a.md", 1, 2, again)).isEqualTo(expected("docs/a.md", 1, 2, listed));
        assertThat(made).hasSize(1);
    }

    @Test
    void anyOtherValueMakesItAgain() {
        Block block = source.blocks().get(0);
        String[] listed = {"Email is insecure by default.", "Use an encrypted messenger."};
        ask(block, "docs/a.md", 1, 2, listed);
        String[] other = {"Email is insecure by default.", "Use an encrypted messenger!"};
        String[] one = {"Email is insecure by default."};
        assertThat(ask(block, "docs/a.md", 1, 2, other)).isEqualTo(expected("docs/a.md", 1, 2, other));
        assertThat(ask(block, "docs/b.md", 1, 2, other)).isEqualTo(expected("docs/b.md", 1, 2, other));
        assertThat(ask(block, "docs/b.md", 3, 2, other)).isEqualTo(expected("docs/b.md", 3, 2, other));
        assertThat(ask(block, "docs/b.md", 3, 5, other)).isEqualTo(expected("docs/b.md", 3, 5, other));
        assertThat(ask(block, "docs/b.md", 3, 1, one)).isEqualTo(expected("docs/b.md", 3, 1, one));
        // Another block of the page has its own.
        assertThat(ask(source.blocks().get(1), "docs/a.md", 3, 1, one)).isEqualTo(expected("docs/a.md", 3, 1, one));
        assertThat(made).hasSize(7);
    }

    private String ask(Block block, String path, int line, int count, String[] listed) {
        return index.message(block, path, line, count, listed, () -> {
            String m = expected(path, line, count, listed);
            made.add(m);
            return m;
        });
    }

    private static String expected(String path, int line, int count, String[] listed) {
        return UntranslatedSentence.message(new SentenceAnalysis.Result(List.of()), path, line, count, listed);
    }
}
