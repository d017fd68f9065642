package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineListTest {
    private static Inline item(InlineKind kind, String text, int column) {
        return new Inline(kind, text, null, text, new Position(1, column));
    }

    private static final Inline LINK_A = item(InlineKind.LINK, "a", 1);
    private static final Inline CODE_B = item(InlineKind.CODE, "b", 5);
    private static final Inline LINK_C = item(InlineKind.LINK, "c", 9);

    private static Block paragraph(List<Inline> inlines) {
        return new Block(0, BlockKind.PARAGRAPH, new Position(1, 1), 1, 0, "a b c", List.of(), inlines,
                BlockDetail.None.NONE);
    }

    @Test
    void listsEachKindInSourceOrderAndNoneOfAMissingKind() {
        Block block = paragraph(new ArrayList<>(List.of(LINK_A, CODE_B, LINK_C)));
        assertThat(block.inlines(InlineKind.LINK)).containsExactly(LINK_A, LINK_C);
        assertThat(block.inlines(InlineKind.CODE)).containsExactly(CODE_B);
        assertThat(block.inlines(InlineKind.EMPHASIS)).isEmpty();
        // Asked again, the same answer.
        assertThat(block.inlines(InlineKind.LINK)).containsExactly(LINK_A, LINK_C);
    }

    @Test
    void isReadOnlyAndEqualToTheListItWasMadeFrom() {
        List<Inline> made = List.of(LINK_A, CODE_B);
        Block block = paragraph(new ArrayList<>(made));
        assertThat(block.inlines()).isEqualTo(made).hasSameHashCodeAs(made);
        assertThat(block).isEqualTo(paragraph(made));
        assertThatThrownBy(() -> block.inlines().add(LINK_C)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> block.inlines(InlineKind.LINK).add(LINK_C)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMovedListReadsAsTheFeaturesMovedEachMadeOnceAndOnTheSameLinesIsTheSameList() {
        List<Inline> source = InlineList.of(new ArrayList<>(List.of(LINK_A, CODE_B, LINK_C)));
        List<Inline> moved = InlineList.moved(source, 3);
        assertThat(moved).containsExactly(new Inline(InlineKind.LINK, "a", null, "a", new Position(4, 1)),
                new Inline(InlineKind.CODE, "b", null, "b", new Position(4, 5)),
                new Inline(InlineKind.LINK, "c", null, "c", new Position(4, 9)));
        // One object per feature, whichever way it is read.
        Block block = paragraph(moved);
        assertThat(block.inlines(InlineKind.LINK).get(1)).isSameAs(moved.get(2)).isSameAs(block.inlines().get(2));
        assertThat(InlineList.asRead(moved)).containsExactly(LINK_A, CODE_B, LINK_C);
        assertThat(InlineList.moved(moved, -3)).isEqualTo(source);
        assertThat(InlineList.moved(source, 0)).isSameAs(source);
        assertThat(paragraph(InlineList.moved(source, 0)).inlines(InlineKind.LINK)).isSameAs(paragraph(source).inlines(InlineKind.LINK));
    }
}
