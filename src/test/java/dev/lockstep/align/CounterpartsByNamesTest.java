package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source paragraph re-pairs with the unpaired translated neighbour of its partner when that one, not the
 * partner, keeps the source's names (see {@code Counterparts.byNames}); a pair with no such neighbour stays.
 */
class CounterpartsByNamesTest {
    private final MarkdownParser parser = new MarkdownParser();

    /** The translated text each source block containing {@code marker} pairs with, or "-" when none. */
    private List<String> partnersOf(String source, String translation, String marker) {
        return new Aligner().align(parser.parse("en.md", source), parser.parse("zh.md", translation)).stream()
                .filter(p -> p.source() != null && p.source().raw().contains(marker))
                .map(p -> p.translation() == null ? "-" : p.translation().raw().strip())
                .toList();
    }

    private static final String SOURCE = "# Title\n\nRead the [guide](https://example.org/guide).\n\n"
            + "Build the interface with JavaScript and style it as you like.\n\n## Next\n\nThe end.\n";

    @Test
    void theNeighbourThatKeepsTheSourcesNameIsTheCounterpart() {
        String translation = "# 标题\n\n阅读[指南](https://example.org/guide)。\n\n"
                + "这里是一段很长的中文说明，讲的是别的事情，完全没有提到任何名称或者产品。\n\n"
                + "使用 JavaScript 构建界面。\n\n## 下一步\n\n结束。\n";
        assertThat(partnersOf(SOURCE, translation, "JavaScript")).containsExactly("使用 JavaScript 构建界面。");
    }

    @Test
    void aPairWithoutAnUnpairedNeighbourStays() {
        String translation = "# 标题\n\n阅读[指南](https://example.org/guide)。\n\n"
                + "使用某种脚本语言构建界面并随意设置样式。\n\n## 下一步\n\n结束。\n";
        assertThat(partnersOf(SOURCE, translation, "JavaScript")).containsExactly("使用某种脚本语言构建界面并随意设置样式。");
    }
}
