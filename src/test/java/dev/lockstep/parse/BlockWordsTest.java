package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How messages name a block to a translator: its kind in plain words, its text with its code spans. */
class BlockWordsTest {
    private static List<Block> blocks(String markdown) {
        return new MarkdownParser().parse("page.md", markdown).blocks();
    }

    @Test
    void messagesNameKindsInWordsAnEditorsUserKnowsAndDataKeepsTheStableLabels() {
        assertThat(BlockKind.THEMATIC_BREAK.noun()).isEqualTo("separator line (---)");
        assertThat(BlockKind.THEMATIC_BREAK.nouns()).isEqualTo("separator lines (---)");
        assertThat(BlockKind.CODE.noun()).isEqualTo("code block");
        assertThat(BlockKind.FIGCAPTION.noun()).isEqualTo("image caption");
        assertThat(BlockKind.DIRECTIVE.nouns()).isEqualTo("component or template lines");
        assertThat(BlockKind.PARAGRAPH.nouns()).isEqualTo("paragraphs");
        // No parser's term reaches a message: no "thematic", no element name, no "directive".
        assertThat(Arrays.stream(BlockKind.values()).map(BlockKind::noun))
                .noneMatch(n -> n.contains("thematic") || n.contains("figcaption") || n.contains("directive"));
        // JSON details and `lockstep blocks` keep the labels they always had.
        assertThat(BlockKind.THEMATIC_BREAK.label()).isEqualTo("thematic break");
        assertThat(BlockKind.CODE.label()).isEqualTo("code");
    }

    @Test
    void anExcerptKeepsItsCodeSpansSoTheBlockIsRecognizable() {
        List<Block> page = blocks("`tauri dev` starts the app with the `--release` flag off.\n\nNo code here.\n");
        assertThat(page.get(0).summary(80)).isEqualTo("`tauri dev` starts the app with the `--release` flag off.");
        assertThat(page.get(0).summary(20)).isEqualTo("`tauri dev` starts …");
        assertThat(page.get(1).summary(80)).isEqualTo("No code here.");
    }
}
