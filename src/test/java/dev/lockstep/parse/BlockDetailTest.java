package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockDetailTest {
    private static List<Block> blocks(String markdown) {
        return new MarkdownParser().parse("page.md", markdown).blocks();
    }

    @Test
    void eachKindCarriesItsOwnDetail() {
        List<Block> blocks = blocks("""
                ---
                title: Page
                ---

                ### Tor { #tor }

                Text with a note[^a].

                ```python title="a.py"
                print(1)
                ```

                    indented code

                1. first
                - bullet

                | a | b | c |
                |---|---|---|
                | 1 | 2 | 3 |

                !!! warning "Careful"

                    Body.

                --8<-- "includes/abbreviations.en.txt"

                ---

                [^a]: The note.
                """);
        assertThat(blocks).filteredOn(b -> b.kind() != BlockKind.TABLE).extracting(Block::kind, Block::detail)
                .containsExactly(
                tuple(BlockKind.FRONT_MATTER, BlockDetail.None.NONE),
                tuple(BlockKind.HEADING, new BlockDetail.Heading(3, "tor")),
                tuple(BlockKind.PARAGRAPH, BlockDetail.None.NONE),
                tuple(BlockKind.CODE, new BlockDetail.Code("python title=\"a.py\"")),
                tuple(BlockKind.CODE, new BlockDetail.Code("")),
                tuple(BlockKind.LIST_ITEM, new BlockDetail.ListItem(true)),
                tuple(BlockKind.LIST_ITEM, new BlockDetail.ListItem(false)),
                tuple(BlockKind.ADMONITION,
                        new Admonition(AdmonitionSyntax.MKDOCS, "warning", "warning", "Careful", false, false)),
                tuple(BlockKind.PARAGRAPH, BlockDetail.None.NONE),
                tuple(BlockKind.DIRECTIVE, new BlockDetail.Directive("snippet")),
                tuple(BlockKind.THEMATIC_BREAK, BlockDetail.None.NONE),
                tuple(BlockKind.FOOTNOTE, new BlockDetail.Footnote("a")));
        BlockDetail.Table table = (BlockDetail.Table) blocks.get(7).detail();
        assertThat(table.columns()).isEqualTo(3);
        assertThat(table.rows()).extracting(row -> row.stream().map(Prose::text).toList())
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void everyKindNamesItsDetailType() {
        for (BlockKind kind : BlockKind.values()) assertThat(BlockDetail.typeOf(kind)).isNotNull();
        assertThat(BlockDetail.typeOf(BlockKind.TAB)).isEqualTo(BlockDetail.None.class);
        assertThat(BlockDetail.typeOf(BlockKind.ADMONITION)).isEqualTo(Admonition.class);
    }

    @Test
    void aDetailOfAnotherKindIsRefused() {
        Position start = new Position(1, 1);
        assertThatThrownBy(() -> new Block(0, BlockKind.PARAGRAPH, start, 1, 0, "# A", List.of(), List.of(),
                new BlockDetail.Heading(1, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block(0, BlockKind.HEADING, start, 1, 0, "# A", List.of(), List.of(),
                BlockDetail.None.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block(0, BlockKind.CODE, start, 1, 0, "```", List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void joinedBlocksKeepTheFirstBlocksKindPlaceAndDetail() {
        List<Block> notes = blocks("[^1]: One.\n\n[^2]: Two.\n");
        Block joined = Block.joined(notes);
        assertThat(joined.kind()).isEqualTo(BlockKind.FOOTNOTE);
        assertThat(joined.detail()).isEqualTo(new BlockDetail.Footnote("1"));
        assertThat(joined.start()).isEqualTo(notes.get(0).start());
        assertThat(joined.endLine()).isEqualTo(3);
        assertThat(joined.raw()).isEqualTo("[^1]: One.\n\n[^2]: Two.");
        assertThat(joined.texts()).extracting(Prose::text).containsExactly("One.", "Two.");
        assertThat(Block.joined(notes.subList(0, 1))).isSameAs(notes.get(0));
    }
}
