package dev.lockstep.rules;

import java.util.List;

/**
 * Where a translation stands in its source page's history.
 *
 * @param sourceFile the source page (relative to the checked folder)
 * @param followed   the revision the translation follows
 * @param checked    the checked source's revision; null when it has uncommitted changes
 * @param since      commits between the two, oldest first (after {@code followed} when stale, up to it when
 *                   the translation is ahead)
 * @param ahead      whether the translation follows a newer revision than the checked source
 */
public record SourceHistory(String sourceFile, Commit followed, Commit checked, List<Commit> since, boolean ahead) {
    public SourceHistory {
        since = List.copyOf(since);
    }

    /** Whether the source changed since the revision the translation follows. */
    public boolean stale() {
        return !ahead && !since.isEmpty();
    }

    /**
     * One commit of the source page.
     *
     * @param id      full commit id
     * @param date    author date, {@code yyyy-MM-dd}
     * @param subject first line of the commit message
     */
    public record Commit(String id, String date, String subject) {
        /** The id as people write it in messages. */
        public String shortId() {
            return id.substring(0, Math.min(8, id.length()));
        }
    }
}
