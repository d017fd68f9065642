package dev.lockstep.history;

/**
 * One commit that changed a source page.
 *
 * @param commit  full commit id
 * @param date    author date, {@code yyyy-MM-dd}
 * @param subject first line of the commit message
 * @param blob    id of the page's content after the commit
 * @param path    the page's path in the repository at that commit (differs before a rename)
 */
public record Revision(String commit, String date, String subject, String blob, String path) {

    /** The id as people write it in messages. */
    public String shortId() {
        return commit.substring(0, Math.min(8, commit.length()));
    }
}
