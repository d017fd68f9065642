package dev.lockstep.check;

import dev.lockstep.discover.Pair;

/**
 * Per-pair statistics for the {@code files} section of reports.
 *
 * @param status  how far the check got
 * @param matched blocks paired between source and translation
 * @param missing source blocks without a counterpart
 * @param extra   translated blocks without a counterpart
 * @param coverage how much of the translation is translated; null unless the pair was checked
 */
public record PairResult(Pair pair, PairStatus status, int sourceBlocks, int translationBlocks, int matched,
                         int missing, int extra, Coverage coverage) {

    /** Whether these statistics, read back from a cache, can be this run's for {@code pair}. */
    public boolean plausibleFor(Pair pair) {
        return pair.equals(this.pair) && status == PairStatus.CHECKED && sourceBlocks >= 0 && translationBlocks >= 0
                && matched >= 0 && missing >= 0 && extra >= 0 && coverage != null && coverage.sentences() >= 0
                && coverage.untranslated() >= 0 && coverage.untranslated() <= coverage.sentences();
    }
}
