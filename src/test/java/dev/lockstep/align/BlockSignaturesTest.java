package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSignaturesTest {
    private final MarkdownParser parser = new MarkdownParser();

    private static final String SOURCE = """
            # Install {#install}

            Run `make` with [the guide](https://example.org/guide/) on 1,000.5 machines.

            See [the docs][ref] first.

            !!! note "Careful"

                Keep <kbd>Ctrl</kbd> pressed for 3 seconds, see [tips](/tips/).

            | Tool | Version |
            | --- | --- |
            | make | 4.3 |

            ```sh
            make install  # 2 steps
            ```

            [ref]: https://example.org/docs/
            """;

    @Test
    void translatedBlockWrittenAsTheSourceBlockTakesItsSignature() {
        Document source = parser.parse("en.md", SOURCE);
        Document translation = parser.parse("xx.md", """
                # Installer {#install}

                Run `make` with [the guide](https://example.org/guide/) on 1,000.5 machines.

                See [the docs][ref] first.

                [ref]: https://example.org/autre/
                """);
        BlockSignatures sources = BlockSignatures.forSource(source.blocks());
        BlockSignatures translations = sources.forTranslation();
        List<Block> s = source.blocks();
        List<Block> t = translation.blocks();
        // The untranslated paragraph: the very signature of the source's.
        assertThat(translations.of(t.get(1))).isSameAs(sources.of(s.get(1)));
        // A translated heading, and a paragraph written alike whose reference link goes elsewhere: their own.
        assertThat(translations.of(t.get(0))).isNotSameAs(sources.of(s.get(0)));
        assertThat(translations.of(t.get(2))).isNotSameAs(sources.of(s.get(2)));
        assertThat(translations.of(t.get(2)).targets).containsExactly("example.org/autre");
        assertThat(sources.of(s.get(2)).targets).containsExactly("example.org/docs");
    }

    @Test
    void contentFromBlockSignaturesIsWhatReadingTheBlocksGives() {
        List<Block> blocks = parser.parse("en.md", SOURCE).blocks();
        BlockSignatures own = BlockSignatures.forSource(blocks);
        for (int from = 0; from < blocks.size(); from++) {
            for (int to = from; to <= blocks.size(); to++) {
                for (int start : new int[] {from, Math.min(from + 1, to)}) {
                    Signature made = Signature.withContent(blocks.get(from), blocks.subList(start, to), own).withContentKey();
                    Signature read = new Signature(blocks.get(from)).withContent(blocks.subList(start, to)).withContentKey();
                    assertThat(made.strict).isEqualTo(read.strict);
                    assertThat(made.targets).isEqualTo(read.targets);
                    assertThat(made.codes).isEqualTo(read.codes);
                    assertThat(made.marks).isEqualTo(read.marks);
                    assertThat(made.numbers).isEqualTo(read.numbers);
                    assertThat(made.length).isEqualTo(read.length);
                    assertThat(made.keySaysSomething()).isEqualTo(read.keySaysSomething());
                    assertThat(made.similarity(read, 1.0)).isEqualTo(read.similarity(read, 1.0));
                }
            }
        }
    }
}
