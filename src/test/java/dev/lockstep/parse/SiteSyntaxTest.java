package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Renderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The syntaxes of other generators are structure, never prose; the text between them is prose. */
class SiteSyntaxTest {

    private static List<Block> blocks(Renderer renderer, String path, String markdown) {
        return new MarkdownParser(renderer).parse(path, markdown).blocks();
    }

    private static List<String> prose(List<Block> blocks) {
        return blocks.stream().flatMap(b -> b.texts().stream()).map(Prose::text).toList();
    }

    /** The syntax of each directive block, in order. */
    private static List<String> directiveSyntaxes(List<Block> blocks) {
        return blocks.stream().map(Block::detail).filter(BlockDetail.Directive.class::isInstance)
                .map(d -> ((BlockDetail.Directive) d).syntax()).toList();
    }

    @Test
    void mdxImportsJsxTagsAndExpressionsAreStructureAndTextInsideElementsIsProse() {
        // tauri-docs src/content/docs/start/prerequisites.mdx (MIT), shortened.
        List<Block> blocks = blocks(Renderer.COMMONMARK, "start/prerequisites.mdx", """
                import { Tabs, TabItem, Card } from '@astrojs/starlight/components';
                import CommandTabs from '@components/CommandTabs.astro';

                {/* TODO: it's a comment, not prose */}

                <Tabs syncKey="distro">
                  <TabItem label="Debian">

                Install the system dependencies with {frontmatter.manager}.

                  </TabItem>
                  <Card
                    title="NixOS"
                    icon={"nix"}
                  />
                </Tabs>
                """);
        assertThat(prose(blocks)).containsExactly("Install the system dependencies with \uFFFC.");
        assertThat(directiveSyntaxes(blocks)).containsExactly("mdx-esm", "mdx-jsx", "mdx-jsx", "mdx-jsx", "mdx-jsx", "mdx-jsx", "mdx-jsx");
        Block card = blocks.stream().filter(b -> b.raw().contains("<Card")).findFirst().orElseThrow();
        assertThat(card.line()).isEqualTo(12);
        assertThat(card.endLine()).isEqualTo(15);
    }

    @Test
    void mdxReadsIndentedFencesListsAndAsidesAsBlocksBecauseItHasNoIndentedCode() {
        // tauri-docs src/content/docs/plugin/dialog.mdx (MIT), shortened: Markdown indented inside JSX.
        List<Block> blocks = blocks(Renderer.COMMONMARK, "plugin/dialog.mdx", """
                <Tabs>
                    <TabItem label="Manual">
                        <Steps>

                            1. Run the following command in the `src-tauri` folder:

                                ```sh frame=none
                                cargo add tauri-plugin-dialog
                                    --indented
                                ```

                            2.  Modify `lib.rs` to initialize the plugin.

                        </Steps>

                        :::note
                        Restart the app.
                        :::
                    </TabItem>
                </Tabs>
                """);
        Block code = blocks.stream().filter(b -> b.kind() == BlockKind.CODE).findFirst().orElseThrow();
        assertThat(code.line()).isEqualTo(7);
        assertThat(code.endLine()).isEqualTo(10);
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).extracting(Block::line)
                .containsExactly(5, 12);
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.ADMONITION).singleElement()
                .satisfies(b -> assertThat(b.line()).isEqualTo(16));
        assertThat(prose(blocks)).containsExactly("Run the following command in the \uFFFC folder:",
                "Modify \uFFFC to initialize the plugin.", "Restart the app.");
        Block first = blocks.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).findFirst().orElseThrow();
        assertThat(first.start().column()).isEqualTo(13);
    }

    @Test
    void mdxCountsTabsInIndentationAsColumns() {
        // tauri-docs src/content/docs/plugin/cli.mdx (MIT): a step indented with spaces and tabs.
        List<Block> blocks = blocks(Renderer.COMMONMARK, "plugin/cli.mdx",
                "<Steps>\n\n    \t\t3.\tInstall the JavaScript Guest bindings:\n\n"
                + "\t\t    ```sh\n\t\t    npm add @tauri-apps/plugin-cli\n\t\t    ```\n\n</Steps>\n");
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).singleElement()
                .satisfies(b -> assertThat(b.line()).isEqualTo(3));
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.CODE).singleElement()
                .satisfies(b -> assertThat(b.endLine()).isEqualTo(7));
    }

    @Test
    void indentedCodeStaysCodeOutsideMdx() {
        List<Block> blocks = blocks(Renderer.COMMONMARK, "page.md", "Text.\n\n        ```sh\n        x\n        ```\n");
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CODE);
        assertThat(blocks.get(1).raw()).contains("```sh");
    }

    @Test
    void jsxIsOnlyReadInMdxPages() {
        List<Block> blocks = blocks(Renderer.COMMONMARK, "page.md", "import x from 'y'\n");
        assertThat(prose(blocks)).containsExactly("import x from 'y'");
    }

    @Test
    void starlightAsidesWithLabelsAndNesting() {
        List<Block> blocks = blocks(Renderer.COMMONMARK, "page.mdx", """
                ::::note[Before you start]
                Read this first.

                :::tip
                Nested tip.
                :::
                ::::

                :::caution Legacy title
                Docusaurus writes its title after a space.
                :::
                """);
        List<Block> asides = blocks.stream().filter(b -> b.kind() == BlockKind.ADMONITION).toList();
        assertThat(asides).extracting(b -> ((Admonition) b.detail()).syntax()).containsExactly(AdmonitionSyntax.DIRECTIVE,
                AdmonitionSyntax.DIRECTIVE, AdmonitionSyntax.DOCUSAURUS);
        assertThat(asides).extracting(b -> ((Admonition) b.detail()).title()).containsExactly("Before you start", null,
                "Legacy title");
        assertThat(blocks).filteredOn(b -> b.texts().stream().anyMatch(p -> p.text().equals("Nested tip.")))
                .singleElement().satisfies(b -> assertThat(b.depth()).isEqualTo(2));
    }

    @Test
    void anAsideEndsAtItsClosingLineEvenInsideACodeFenceItHolds() {
        // tauri-docs src/content/docs/start/prerequisites.mdx (MIT), shortened: remark-directive closes the
        // aside at `:::` and the unclosed fence with it; the next step is a list item, not code.
        List<Block> blocks = blocks(Renderer.COMMONMARK, "page.mdx", """
                :::tip
                Refresh the session:

                ````ps
                refreshenv
                :::

                5. Add the Android targets:

                ```sh
                rustup target add aarch64-linux-android
                ````

                ```md
                :::note
                An aside, shown as code outside any aside.
                :::
                ```
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.ADMONITION, BlockKind.PARAGRAPH,
                BlockKind.CODE, BlockKind.LIST_ITEM, BlockKind.CODE, BlockKind.CODE);
        assertThat(blocks.get(0).endLine()).isEqualTo(6);
        assertThat(blocks.get(2).endLine()).isEqualTo(6);
        assertThat(blocks.get(4).line()).isEqualTo(10);
        assertThat(blocks.get(5).endLine()).isEqualTo(18);
    }

    @Test
    void pymdownxBlocksNestWithMoreSlashesAndTabsHaveTitles() {
        List<Block> blocks = blocks(Renderer.PYTHON_MARKDOWN, "page.md", """
                /// tip | Tip
                    type: warning

                Outer text.

                //// tab | Python 3.10+

                {* ../../docs_src/app/tutorial001.py hl[3] *}

                Inner text.

                ////

                ///

                After.
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.ADMONITION, BlockKind.PARAGRAPH,
                BlockKind.TAB, BlockKind.DIRECTIVE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(((Admonition) blocks.get(0).detail()).type()).isEqualTo("warning");
        assertThat(prose(blocks)).containsExactly("Tip", "Outer text.", "Python 3.10+", "Inner text.", "After.");
        assertThat(blocks.get(4).depth()).isEqualTo(2);
        assertThat(blocks.get(5).depth()).isZero();
    }

    @Test
    void jinjaAndMacrosAreStructureOnTheirOwnLinesAndCodeInText() {
        List<Block> blocks = blocks(Renderer.PYTHON_MARKDOWN, "page.md", """
                {% raw %}
                Use {{ config.site_name }} in a template.
                {% endraw %}
                {# a comment #}
                """);
        assertThat(prose(blocks)).containsExactly("Use \uFFFC in a template.");
        assertThat(directiveSyntaxes(blocks)).containsExactly("jinja", "jinja", "jinja");
    }

    @Test
    void hugoShortcodesAreStructureAndPairedShortcodesKeepTheirProse() {
        // cncf-glossary content/en/service.md (Apache-2.0), and a paired shortcode.
        List<Block> blocks = blocks(Renderer.GOLDMARK, "service.md", """
                Please refer to the [microservices](/microservices-architecture/) definition.

                {{% sign-language-section rE5OCe3upMo %}}

                {{< notice warning >}}
                See {{< ref "containers.md" >}} first.
                {{< /notice >}}
                """);
        assertThat(prose(blocks)).containsExactly("Please refer to the microservices definition.",
                "See \uFFFC first.");
        assertThat(directiveSyntaxes(blocks)).containsExactly("hugo-shortcode", "hugo-shortcode", "hugo-shortcode");
    }

    @Test
    void snippetLinesAndSnippetBlocks() {
        List<Block> blocks = blocks(Renderer.PYTHON_MARKDOWN, "page.md", """
                --8<--
                includes/a.md
                includes/b.md
                --8<--

                Text.
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.DIRECTIVE, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).endLine()).isEqualTo(4);
    }

    @Test
    void definitionListsSeparateTermAndDefinition() {
        // privacyguides docs/basics/common-threats.md (CC BY-SA 4.0): a blank line between term and definition.
        List<Block> loose = blocks(Renderer.PYTHON_MARKDOWN, "page.md", """
                <span class="pg-purple">:material-incognito: **Anonymity**</span>

                :   Shielding your online activity from your real identity.
                """);
        assertThat(prose(loose)).containsExactly("Anonymity", "Shielding your online activity from your real identity.");
        assertThat(loose.get(0).inlines(InlineKind.STRONG)).hasSize(1);
        assertThat(loose.get(1).depth()).isEqualTo(1);

        List<Block> tight = blocks(Renderer.GOLDMARK, "page.md", "Pod\n: The smallest deployable unit.\n");
        assertThat(prose(tight)).containsExactly("Pod", "The smallest deployable unit.");
        assertThat(tight.get(1).start()).isEqualTo(new Position(2, 3));

        List<Block> commonmark = blocks(Renderer.COMMONMARK, "page.md", "Pod\n: The smallest deployable unit.\n");
        assertThat(prose(commonmark)).containsExactly("Pod : The smallest deployable unit.");
    }

    @Test
    void githubAlertsAreAdmonitions() {
        List<Block> blocks = blocks(Renderer.COMMONMARK, "page.md", "> [!NOTE]\n> Useful information.\n");
        assertThat(((Admonition) blocks.get(0).detail()).syntax()).isEqualTo(AdmonitionSyntax.GITHUB_ALERT);
        assertThat(prose(blocks)).containsExactly("Useful information.");
    }

    @Test
    void anAlertsBodyReadsItsTokensAndNothingOfItsMarker() {
        // The marker's line is left out of the body's text; the body's attribute list, icon and keys are read.
        List<Block> blocks = blocks(Renderer.PYTHON_MARKDOWN, "page.md",
                "> [!TIP]\n> Press ++ctrl+c++ {: .key } for :material-copy: copies.\n");
        assertThat(prose(blocks)).containsExactly("Press \uFFFC  for  copies.");
        assertThat(blocks.get(1).inlines()).extracting(i -> i.kind() + " " + i.text() + " " + i.position().line() + ":" + i.position().column())
                .containsExactly("KEYS ++ctrl+c++ 2:9", "ATTR_LIST {: .key } 2:20", "ICON :material-copy: 2:34");
    }

    @Test
    void pythonMarkdownFindsStrongEmphasisThatCommonMarkLeavesAsText() {
        // privacyguides i18n/ja/file-sharing.md (CC BY-SA 4.0): the ** closes after 。 and before a letter.
        String text = "**私たちは、推薦するどのプロジェクトとも提携していません。**客観的に推薦できるよう、要件を定めています。\n";
        Block pm = blocks(Renderer.PYTHON_MARKDOWN, "page.md", text).get(0);
        assertThat(pm.inlines(InlineKind.STRONG)).singleElement()
                .satisfies(s -> assertThat(s.position()).isEqualTo(new Position(1, 1)));
        assertThat(pm.texts().get(0).text()).doesNotContain("*");
        Block cm = blocks(Renderer.COMMONMARK, "page.md", text).get(0);
        assertThat(cm.inlines(InlineKind.STRONG)).isEmpty();
        // Python-Markdown leaves a lone asterisk between spaces, and abbreviation definitions, alone.
        Block literal = blocks(Renderer.PYTHON_MARKDOWN, "page.md", "2 * 3 * 4 is 24.\n").get(0);
        assertThat(literal.inlines()).isEmpty();
        Block abbr = blocks(Renderer.PYTHON_MARKDOWN, "page.md", "*[HTML]: Hypertext\n*[CSS]: Style sheets\n").get(0);
        assertThat(abbr.inlines(InlineKind.EMPHASIS)).isEmpty();
    }

    @Test
    void pythonMarkdownNestsAListItemIndentedFourPastItsParentsMarker() {
        // privacyguides i18n/fr/cryptocurrency.md (CC BY-SA 4.0), shortened: Crowdin indents the nested item
        // six spaces; Python-Markdown nests it, CommonMark reads it as text of the item above.
        String text = """
                - [Cake Wallet](https://cakewallet.com) (iOS, Android)
                      - Cake Wallet prend en charge plusieurs crypto-monnaies.
                          ```
                          code
                          ```
                - [Feather Wallet](https://featherwallet.org) (bureau)

                Fin.
                """;
        List<Block> pm = blocks(Renderer.PYTHON_MARKDOWN, "page.md", text);
        assertThat(pm).extracting(Block::kind).containsExactly(BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.CODE, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH);
        assertThat(pm.get(1).depth()).isGreaterThan(pm.get(0).depth());
        assertThat(pm.get(1).start()).isEqualTo(new Position(2, 7));
        assertThat(pm.get(2).raw()).contains("code");
        assertThat(prose(pm).get(0)).isEqualTo("Cake Wallet (iOS, Android)");

        List<Block> cm = blocks(Renderer.COMMONMARK, "page.md", text);
        assertThat(cm).extracting(Block::kind).containsExactly(BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.PARAGRAPH);
        // Four spaces past the parent's marker nest in both; eight past it are code in Python-Markdown.
        assertThat(blocks(Renderer.PYTHON_MARKDOWN, "page.md", "- a\n    - b\n"))
                .extracting(Block::kind).containsExactly(BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        assertThat(blocks(Renderer.PYTHON_MARKDOWN, "page.md", "- a\n\n          - b\n"))
                .extracting(Block::kind).doesNotContain(BlockKind.PARAGRAPH).hasSize(2);
    }
}
