package dev.lockstep.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePatchTest {
    private static final String TEXT = "# Title\n\nSee [a](http://x.org) and [b](http://y.org).\n</details>\n";

    private static Fix replace(int line, int column, String expected, String replacement) {
        return Fix.of("test", TextEdit.onLine(new Position(line, column), expected, replacement));
    }

    @Test
    void appliesEditsFromTheEndSoPositionsStayValid() {
        FilePatch patch = FilePatch.apply(TEXT, List.of(
                replace(3, 31, "http://y.org", "https://y.org/"), replace(3, 9, "http://x.org", "https://x.org/")));

        assertThat(patch.patched()).isEqualTo("# Title\n\nSee [a](https://x.org/) and [b](https://y.org/).\n</details>\n");
        assertThat(patch.applied()).hasSize(2);
        assertThat(patch.skipped()).isEmpty();
    }

    @Test
    void removesWholeLinesAndInsertsIndentation() {
        FilePatch patch = FilePatch.apply(TEXT, List.of(
                Fix.of("close", new TextEdit(new Position(4, 1), new Position(5, 1), "</details>\n", "")),
                Fix.of("indent", new TextEdit(new Position(3, 1), new Position(3, 1), "", "    "))));

        assertThat(patch.patched()).isEqualTo("# Title\n\n    See [a](http://x.org) and [b](http://y.org).\n");
    }

    @Test
    void aFixOverlappingAnEarlierOneWaitsForTheNextPass() {
        Fix first = replace(3, 9, "http://x.org", "https://x.org/");
        Fix overlapping = replace(3, 5, "[a](http://x.org)", "[a](http://z.org)");

        FilePatch patch = FilePatch.apply(TEXT, List.of(first, overlapping));

        assertThat(patch.applied()).containsExactly(first);
        assertThat(patch.skipped()).singleElement().satisfies(s -> assertThat(s.overlap()).isTrue());
    }

    @Test
    void aFixWhoseTextChangedIsLeftOutWhole() {
        Fix stale = new Fix("two edits", List.of(TextEdit.onLine(new Position(3, 9), "http://x.org", "https://x.org/"),
                TextEdit.onLine(new Position(3, 31), "http://OLD.org", "https://y.org/")));

        FilePatch patch = FilePatch.apply(TEXT, List.of(stale));

        assertThat(patch.changed()).isFalse();
        assertThat(patch.skipped()).singleElement().satisfies(s -> {
            assertThat(s.overlap()).isFalse();
            assertThat(s.reason()).isEqualTo("the file changed at line 3 since it was checked");
        });
    }

    @Test
    void aPositionPastTheEndIsLeftOut() {
        FilePatch patch = FilePatch.apply(TEXT, List.of(replace(40, 1, "x", "y")));

        assertThat(patch.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("40:1"));
    }
}
