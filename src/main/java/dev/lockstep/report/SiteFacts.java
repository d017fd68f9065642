package dev.lockstep.report;

import dev.lockstep.config.Layout;
import dev.lockstep.config.TranslationPlatform;
import java.util.List;

/**
 * What reports say about the checked site besides its result. Read from the checkout by {@code check};
 * carried in each shard's result so that {@code lockstep merge} needs no checkout.
 *
 * @param repositoryPrefix the checked folder's path inside its git work tree ({@code ""} or ending in
 *                         {@code /}), for SARIF's paths
 * @param layouts          the configured layouts, for the HTML report's page names
 * @param commit           the checked commit, or null outside git (HTML header)
 * @param platform         the translation platform, or null (HTML editor links)
 */
public record SiteFacts(String repositoryPrefix, List<Layout> layouts, String commit, TranslationPlatform platform) {
    public SiteFacts {
        layouts = List.copyOf(layouts);
    }
}
