package dev.lockstep.rules.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the rule says about a pair the aligner made. The aligner pairs code blocks of different languages only
 * by position (a page of another revision, a changed example); the rule must not turn one example into another.
 */
class CodeBlockMismatchTest {
    private static final String KOTLIN = """
            ```kotlin
            import android.app.Activity
            import app.tauri.annotation.TauriPlugin

            @TauriPlugin
            class ExamplePlugin(private val activity: Activity): Plugin(activity) {
              private var timeout: Int? = 3000
            }
            ```
            """;

    @Test
    void anotherExampleInAnotherLanguagePairedByPositionIsNotCompared() {
        String swift = """
                ```swift
                class ExamplePlugin: Plugin {
                  @objc public override func load(webview: WKWebView) {
                    let timeout = self.config["timeout"] as? Int ?? 30
                  }
                }
                ```
                """;
        assertThat(findings(KOTLIN, swift)).isEmpty();
    }

    @Test
    void theSameExampleUnderAnotherLanguageTagIsCompared() {
        String java = KOTLIN.replace("```kotlin", "```java").replace("3000", "30");
        assertThat(findings(KOTLIN, java)).extracting(Finding::message).containsExactly(
                "the code differs from the source's (docs/page.md:1, 1 line): write `private var timeout: Int? = 3000`"
                        + " instead of `private var timeout: Int? = 30`");
    }

    @Test
    void anOlderExampleIsAdvisedByTheFirstLineItLacksWhenNoLineOfItsResemblesIt() {
        String older = """
                ```kotlin
                @TauriPlugin
                class ExamplePlugin(private val activity: Activity): Plugin(activity) {
                  private var timeout: Int? = 30
                }
                ```
                """;
        assertThat(findings(KOTLIN, older)).extracting(Finding::message).containsExactly(
                "the code differs from the source's (docs/page.md:1, 3 lines): add `import android.app.Activity`");
    }

    @Test
    void twoLongLinesAlikeUpToTheChangeAreShownWhereTheyDiffer() {
        String source = """
                ```rust
                let toggle = MenuItemBuilder::new("Toggle").accelerator("Ctrl+Shift+T").build(app)?;
                ```
                """;
        assertThat(findings(source, source.replace("(app)?;", "(app);"))).extracting(Finding::message).containsExactly(
                "the code differs from the source's (docs/page.md:1, 1 line): write"
                        + " `…accelerator(\"Ctrl+Shift+T\").build(app)?;` instead of `…accelerator(\"Ctrl+Shift+T\").build(app);`");
    }

    /** The rule's findings when the two pages' blocks are paired one for one, as the aligner may pair them. */
    private static List<Finding> findings(String source, String translation) {
        MarkdownParser parser = new MarkdownParser();
        Document s = parser.parse("docs/page.md", source);
        Document t = parser.parse("i18n/zh-cn/page.md", translation);
        List<BlockPair> pairs = new ArrayList<>();
        for (int i = 0; i < s.blocks().size(); i++) pairs.add(new BlockPair(s.blocks().get(i), t.blocks().get(i)));
        return new CodeBlockMismatch().check(new AlignedPage(s, t, "zh-cn", pairs));
    }
}
