package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the result cache believes of an entry read back from disk (issue 21: the cache is untrusted). */
class ResultCachePlausibleTest {

    @Test
    void onlyPlausibleFieldsAreBelieved() {
        Pair pair = new Pair("docs/a.md", "i18n/de/a.md", "de");
        Set<String> rules = Set.of("drifted-link");
        // As the cache's JSON reader builds them: the canonical constructor, whatever the file says.
        Finding good = new Finding("drifted-link", Severity.WARNING, "i18n/de/a.md", 3, 1, "de", "m", "docs/a.md", 3,
                Map.of(), "id", null, null, null);
        assertThat(ResultCache.plausible(good, pair, rules)).isTrue();
        assertThat(ResultCache.plausible(new Finding("drifted-link", Severity.WARNING, "../../../../etc/passwd", 3, 1,
                "de", "m", "docs/a.md", 3, Map.of(), "id", null, null, null), pair, rules)).isFalse();
        assertThat(ResultCache.plausible(new Finding("drifted-link", Severity.WARNING, "i18n/de/a.md", -7, 1,
                "de", "m", "docs/a.md", 3, Map.of(), "id", null, null, null), pair, rules)).isFalse();
        assertThat(ResultCache.plausible(new Finding("made-up", Severity.WARNING, "i18n/de/a.md", 3, 1,
                "de", "m", "docs/a.md", 3, Map.of(), "id", null, null, null), pair, rules)).isFalse();
        assertThat(ResultCache.plausible(new Finding("drifted-link", null, "i18n/de/a.md", 3, 1,
                "de", "m", "docs/a.md", 3, Map.of(), "id", null, null, null), pair, rules)).isFalse();
        assertThat(ResultCache.plausible(null, pair, rules)).isFalse();

        assertThat(ResultCache.plausible(pair)).isTrue();
        assertThat(ResultCache.plausible(new Pair("/etc/passwd", "i18n/de/a.md", "de"))).isFalse();
        assertThat(ResultCache.plausible(new Pair("docs/../../x.md", "i18n/de/a.md", "de"))).isFalse();
        PairResult result = new PairResult(pair, PairStatus.CHECKED, 2, 2, 2, 0, 0, new Coverage(3, 1));
        assertThat(result.plausibleFor(pair)).isTrue();
        assertThat(new PairResult(pair, PairStatus.CHECKED, -1, 2, 2, 0, 0, new Coverage(3, 1)).plausibleFor(pair))
                .isFalse();
        assertThat(new PairResult(pair, PairStatus.CHECKED, 2, 2, 2, 0, 0, null).plausibleFor(pair)).isFalse();
        assertThat(result.plausibleFor(new Pair("docs/b.md", "i18n/de/b.md", "de"))).isFalse();
    }
}
