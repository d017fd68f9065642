package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the retype pass counts of one block's links and code in another ({@link Signature#foundIn}, their lower
 * case made once per signature) is what lowering each one per comparison counted.
 */
class SignatureFoundInTest {
    private static final String SOURCE = """
            # Tools

            See [Tor Browser](https://www.TorProject.org/Download/) and `torrc` or `Tor`.

            ```
            ControlPort 9051
            CookieAuthentication 1
            ```

            <a href="https://example.org/A">A</a> and `IP`.

            - [x] [Signal](https://signal.org/) `--No-Sandbox`
            """;

    private static final String TRANSLATION = """
            # Werkzeuge

            Siehe Tor Browser (https://torproject.org/download) und TORRC.

            - ControlPort 9051 `cookieauthentication 1`

            ```
            see https://signal.org and --no-sandbox, `torrc`
            ```

            <p>[https://www.torproject.org/download/](https://example.org/a) `ip`</p>
            """;

    @Test
    void countsWhatLoweringEachFeaturePerComparisonCounted() {
        MarkdownParser parser = new MarkdownParser();
        Document a = parser.parse("en.md", SOURCE);
        Document b = parser.parse("de.md", TRANSLATION);
        List<Block> all = new java.util.ArrayList<>(a.blocks());
        all.addAll(b.blocks());
        int some = 0;
        for (Block x : all) {
            for (Block y : all) {
                Signature sx = new Signature(x);
                Signature sy = new Signature(y);
                int old = found(sx.targets, sy.targets, y) + found(sx.codes, sy.codes, y);
                assertThat(sx.foundIn(sy)).as("%s in %s", x.raw(), y.raw()).isEqualTo(old);
                if (x != y && old > 0) some++;
            }
        }
        assertThat(some).isGreaterThanOrEqualTo(6);
    }

    /** The count as it was made: each of {@code mine} lowered again for every block it is looked for in. */
    private static int found(Set<String> mine, Set<String> theirs, Block their) {
        String theirRaw = (their.raw() + "\n").toLowerCase(Locale.ROOT);
        int n = 0;
        for (String x : mine) if (theirs.contains(x) || x.length() >= 4 && theirRaw.contains(x.toLowerCase(Locale.ROOT))) n++;
        return n;
    }
}
