package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    void answersEachKindAsAFilterOfTheWholeListDoes() {
        // Blocks of no feature, of one kind and of several, each kind asked in a random order: the mask's answers
        // (the empty list, the list itself) and the per-kind lists are the filter's.
        Random random = new Random(20);
        InlineKind[] kinds = InlineKind.values();
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(6);
            int spread = 1 + random.nextInt(3);
            List<Inline> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(item(kinds[(round + random.nextInt(spread)) % kinds.length], "t" + k, 1 + k));
            }
            Block block = paragraph(new ArrayList<>(items));
            List<InlineKind> asked = new ArrayList<>(List.of(kinds));
            java.util.Collections.shuffle(asked, random);
            for (InlineKind kind : asked) {
                List<Inline> filtered = items.stream().filter(i -> i.kind() == kind).toList();
                List<Inline> answer = block.inlines(kind);
                assertThat(answer).as("%s of %s", kind, items).containsExactlyElementsOf(filtered);
                assertThat(answer).isEqualTo(filtered).hasSameHashCodeAs(filtered);
                assertThatThrownBy(() -> answer.add(LINK_A)).isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }
}
