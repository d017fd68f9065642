package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.structure.ExtraBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text summary's line for a page's findings of one rule: how many, where, and the first one's message cut short. */
class GroupLineTest {
    private static Finding at(int line, String message) {
        return Finding.builder(ExtraBlock.SPEC, "i18n/fr/page.md", "fr", "docs/page.md").at(new Position(line, 1))
                .message(message).key("k" + line).build().withFingerprint("fp" + line);
    }

    @Test
    void saysHowManyWhichLinesAndQuotesTheFirstMessage() {
        Finding first = at(3, "this paragraph has no counterpart");
        String line = TextReporter.group(first, List.of(first, at(9, "another")));
        assertThat(line).endsWith("2 findings of this rule in this page (lines 3-9), the first: this paragraph has no counterpart");
    }

    @Test
    void aLongMessageIsCutBeforeAWholeCharacterNeverInsideOne() {
        String message = "x".repeat(88) + "\uD83D\uDE00 and more words after the emoji";
        Finding first = at(3, message);
        String line = TextReporter.group(first, List.of(first, at(4, "another")));
        String excerpt = line.substring(line.indexOf("the first: ") + "the first: ".length());
        assertThat(excerpt).isEqualTo("x".repeat(88) + "…");
        assertThat(excerpt.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
