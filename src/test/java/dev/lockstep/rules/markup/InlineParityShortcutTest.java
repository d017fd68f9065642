package dev.lockstep.rules.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FixturePages;
import dev.lockstep.rules.RuleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pair whose translated items are the source's one for one in order, each on its line
 * ({@link InlineParity#sameInOrder}), is left without a look at its neighbours: the pass that pairs items on
 * their lines would have paired every one. Pinned on every pair of every rule fixture, for every kind of item.
 */
class InlineParityShortcutTest {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final RuleSpec SPEC = CodeSpanMismatch.SPEC;

    static Stream<Path> cases() throws IOException {
        return FixturePages.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void itemsInOrderAreAllPairedOnTheirLines(Path fixture) {
        for (AlignedPage page : FixturePages.of(fixture)) {
            for (BlockPair pair : page.compared().comparable()) {
                for (InlineKind kind : InlineKind.values()) {
                    // By text, and by a constant key (counts alone): the coarsest equality a rule uses.
                    pinned(new InlineParity(SPEC, "item", b -> b.inlines(kind), Inline::text), kind, pair);
                    pinned(new InlineParity(SPEC, "item", b -> b.inlines(kind), i -> ""), kind, pair);
                }
            }
        }
    }

    @Test
    void repeatedItemsOnOneLineArePairedToo() {
        Block source = PARSER.parse("docs/a.md", "Run `a` or `a`, then `b`\nand `a`.\n").blocks().get(0);
        Block translation = PARSER.parse("i18n/de/a.md", "Führe `a` oder `a` aus, dann `b`\nund `a`.\n").blocks().get(0);
        InlineParity parity = new InlineParity(SPEC, "code span", b -> b.inlines(InlineKind.CODE), Inline::text);
        assertThat(parity.sameInOrder(source.inlines(InlineKind.CODE), translation.inlines(InlineKind.CODE),
                source.line(), translation.line())).isTrue();
        pinned(parity, InlineKind.CODE, new BlockPair(source, translation));
        Block moved = PARSER.parse("i18n/de/a.md", "Führe `a` oder `a` aus,\ndann `b` und `a`.\n").blocks().get(0);
        assertThat(parity.sameInOrder(source.inlines(InlineKind.CODE), moved.inlines(InlineKind.CODE),
                source.line(), moved.line())).isFalse();
    }

    private static void pinned(InlineParity parity, InlineKind kind, BlockPair pair) {
        List<Inline> lost = new ArrayList<>(pair.source().inlines(kind));
        List<Inline> added = new ArrayList<>(pair.translation().inlines(kind));
        int sourceLine = pair.source().line();
        int translationLine = pair.translation().line();
        if (!parity.sameInOrder(lost, added, sourceLine, translationLine)) return;
        parity.pairOnTheirLines(lost, added, sourceLine, translationLine);
        assertThat(lost).as("lost items left at %s", sourceLine).isEmpty();
        assertThat(added).as("added items left at %s", translationLine).isEmpty();
    }
}
