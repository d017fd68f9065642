package dev.lockstep.discover;

import java.util.List;

/**
 * What discovery found.
 *
 * @param pairs      every source page with an existing translation, sorted by source then language
 * @param languages  languages checked, sorted
 * @param missing    source pages without a translation in some language
 * @param orphans    translated pages whose source does not exist
 * @param sourcePages number of source pages found
 */
public record DiscoveryResult(List<Pair> pairs, List<String> languages, List<Missing> missing, List<Orphan> orphans,
                              int sourcePages) {

    /** A source page that has no translation at {@code expected}. */
    public record Missing(String source, String language, String expected) {
    }

    /** A translated page with no source. */
    public record Orphan(String translation, String language) {
    }
}
