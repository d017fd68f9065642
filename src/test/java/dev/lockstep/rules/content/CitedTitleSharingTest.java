package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A translated block that keeps its source block's texts and link as written takes the source block's cited-title
 * answer from the source page's index: on every block of every fixture pair, that answer must be the one the block
 * itself gives.
 */
class CitedTitleSharingTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final Aligner aligner = new Aligner();

    @Test
    void everyFixtureBlockGetsItsOwnAnswer() throws IOException {
        int shared = 0;
        int cited = 0;
        for (Path[] pair : Fixtures.pairs()) {
            Document source = parse(pair[0]);
            Document translation = parse(pair[1]);
            SentenceAnalysis.SourceIndex index = SentenceAnalysis.index(source);
            Map<Block, Block> aligned = new IdentityHashMap<>();
            List<BlockPair> pairs = aligner.align(aligner.prepare(source), translation);
            for (BlockPair p : pairs) if (p.translation() != null) aligned.put(p.translation(), p.source());
            for (Block b : translation.blocks()) {
                List<Inline> links = b.inlines(InlineKind.LINK);
                String own = links.size() == 1 ? CitedTitle.citedTitle(b, links.get(0)) : null;
                String answer = CitedTitle.citedTitle(b, index, aligned::get);
                assertThat(answer).as("%s:%d", pair[1], b.line()).isEqualTo(links.size() == 1 && isWeb(links.get(0)) ? own : null);
                Block s = aligned.get(b);
                if (links.size() == 1 && isWeb(links.get(0)) && s != null && CitedTitle.keptAsWritten(b, links.get(0), s)) {
                    shared++;
                    if (answer != null) cited++;
                }
            }
        }
        // Enough blocks took the source's answer, some of them cited titles, for the comparison to mean something.
        assertThat(shared).isGreaterThanOrEqualTo(20);
        assertThat(cited).isGreaterThanOrEqualTo(1);
    }

    private static boolean isWeb(Inline link) {
        String target = link.target() == null ? "" : link.target();
        return target.startsWith("https://") || target.startsWith("http://");
    }

    private Document parse(Path file) throws IOException {
        return parser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
