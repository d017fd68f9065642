package dev.lockstep.check;

import dev.lockstep.discover.Pair;
import dev.lockstep.rules.GroupRule;
import java.util.List;

/**
 * Per-pair statistics for the {@code files} section of reports, and what the group rules need of the pair.
 *
 * @param status  how far the check got
 * @param matched blocks paired between source and translation
 * @param missing source blocks without a counterpart
 * @param extra   translated blocks without a counterpart
 * @param coverage how much of the translation is translated; null unless the pair was checked
 * @param paragraphs the pair's one-to-one paragraph pairs and their sentence counts, for the group rules:
 *                   held while its source page's group is checked and in the result cache, empty in a run's
 *                   {@link CheckResult} (reports and shards do not need them: a shard holds whole source
 *                   pages, so its findings are already complete)
 */
public record PairResult(Pair pair, PairStatus status, int sourceBlocks, int translationBlocks, int matched,
                         int missing, int extra, Coverage coverage, List<GroupRule.Paragraph> paragraphs) {

    public PairResult {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Statistics without paragraph records: a pair not checked, or read back from a report. */
    public PairResult(Pair pair, PairStatus status, int sourceBlocks, int translationBlocks, int matched,
                      int missing, int extra, Coverage coverage) {
        this(pair, status, sourceBlocks, translationBlocks, matched, missing, extra, coverage, List.of());
    }

    /** The same statistics without the paragraph records. */
    public PairResult withoutParagraphs() {
        return paragraphs.isEmpty() ? this : new PairResult(pair, status, sourceBlocks, translationBlocks, matched,
                missing, extra, coverage);
    }

    /** Whether these statistics, read back from a cache, can be this run's for {@code pair}. */
    public boolean plausibleFor(Pair pair) {
        return pair.equals(this.pair) && status == PairStatus.CHECKED && sourceBlocks >= 0 && translationBlocks >= 0
                && matched >= 0 && missing >= 0 && extra >= 0 && coverage != null && coverage.sentences() >= 0
                && coverage.untranslated() >= 0 && coverage.untranslated() <= coverage.sentences()
                && paragraphs.stream().allMatch(p -> p.sourceLine() > 0 && p.translationLine() > 0
                && p.translationColumn() > 0 && p.sourceSentences() >= 0 && p.translationSentences() >= 0);
    }
}
