package dev.lockstep.parse;

import java.util.List;
import java.util.Map;

/**
 * A parsed Markdown page: its blocks in source order and its front matter.
 *
 * @param path         the file's path relative to the checked folder, with {@code /}
 * @param blocks       every block, containers (admonitions, quotes) before their content
 * @param frontMatter  top-level scalar front-matter values by key, in file order
 * @param problems     what made the file partly unreadable (bad front matter…), as findings-to-be
 * @param lineCount    number of lines in the file
 * @param text         the text that was parsed (line endings normalized to {@code \n}): fixes must name
 *                     lines that no block holds, such as an admonition's closing line
 */
public record Document(String path, List<Block> blocks, Map<String, String> frontMatter,
                       List<ParseProblem> problems, int lineCount, String text) {

    /** The nearest heading above a block, or null when it sits before the first heading. */
    public Block headingAbove(Block block) {
        for (int i = block.index() - 1; i >= 0; i--) {
            Block candidate = blocks.get(i);
            if (candidate.kind() == BlockKind.HEADING) return candidate;
        }
        return null;
    }
}
