package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Prose;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureShapeTest {
    private static Prose cell(String text) {
        return new Prose(text, new int[0], null);
    }

    @Test
    void sameShapeAgreesWithTheShapeStringsOnEveryPairOfDetails() {
        // The in-place test compares shapes without making them: a table's column count, a list's numbering.
        List<BlockDetail> details = List.of(
                new BlockDetail.Table(List.of()),
                new BlockDetail.Table(List.of(List.of())),
                new BlockDetail.Table(List.of(List.of(cell("a"), cell("b")))),
                new BlockDetail.Table(List.of(List.of(cell("a"), cell("b")), List.of(cell("c")))),
                new BlockDetail.Table(List.of(List.of(cell("a"), cell("b"), cell("c")))),
                new BlockDetail.ListItem(true),
                new BlockDetail.ListItem(false),
                new BlockDetail.Code(""),
                new BlockDetail.Code("2"),
                new BlockDetail.Code("ol"),
                new BlockDetail.Heading(2, null),
                BlockDetail.None.NONE);
        int same = 0;
        for (BlockDetail x : details) {
            for (BlockDetail y : details) {
                boolean expected = Signature.shape(x).equals(Signature.shape(y));
                assertThat(Signature.sameShape(x, y)).as("%s / %s", x, y).isEqualTo(expected);
                if (expected) same++;
            }
        }
        assertThat(same).isGreaterThan(details.size());
    }
}
