package dev.lockstep.check;

import dev.lockstep.discover.Pair;

/**
 * Per-pair statistics for the {@code files} section of reports.
 *
 * @param status  {@code checked}, {@code unreadable} or {@code skipped}
 * @param matched blocks paired between source and translation
 * @param missing source blocks without a counterpart
 * @param extra   translated blocks without a counterpart
 * @param coverage how much of the translation is translated; null unless the pair was checked
 */
public record PairResult(Pair pair, String status, int sourceBlocks, int translationBlocks, int matched,
                         int missing, int extra, Coverage coverage) {
}
