package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fingerprints are kept in users' baselines: how they are computed may change, their values may not. */
class FingerprintsTest {

    private static Finding finding(String rule, String file, String identity) {
        return new Finding(rule, Severity.WARNING, file, 1, 1, "fr", "message", "docs/a.md", 1, Map.of(), identity,
                null, null, List.of());
    }

    /** The fingerprint's input as it was first written: the three parts joined by NUL, as one string. */
    private static String joined(Finding f) {
        byte[] joined = (f.rule() + '\u0000' + f.file() + '\u0000' + f.identity()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(Sha256.fresh().digest(joined), 0, 10);
    }

    @Test
    void aFindingsBaseIsTheHashOfItsPartsJoinedByNul() {
        List<Finding> findings = List.of(
                finding("untranslated-sentence", "i18n/fr/page.md", "3f2a\u0000sentence"),
                finding("drifted-link", "i18n/zh/über/页面.md", "链接 → https://example.org/ä"),
                finding("emoji", "i18n/ja/😀.md", "🔥 fire"),
                finding("no-identity", "i18n/fr/a.md", null),
                finding("empty", "", ""),
                // Lone surrogates at the parts' ends encode as '?' joined or not: NUL stands between them.
                finding("lone\uD83D", "\uDE00file\uD83D", "\uDE00identity\uD800"));
        for (Finding f : findings) assertThat(Fingerprints.base(f)).as(f.rule()).isEqualTo(joined(f));
    }

    @Test
    void randomPartsHashAsJoined() {
        Random random = new Random(37);
        for (int n = 0; n < 2_000; n++) {
            Finding f = finding(text(random), text(random), random.nextInt(10) == 0 ? null : text(random));
            assertThat(Fingerprints.base(f)).isEqualTo(joined(f));
        }
    }

    /** Short texts over ASCII, Latin-1, CJK, NUL and surrogates (paired or not). */
    private static String text(Random random) {
        char[] alphabet = {'a', 'Z', '0', ' ', '\u0000', 'é', 'ß', '中', '文', '\uD83D', '\uDE00', '\uDC00', '\uFFFD'};
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) out.append(alphabet[random.nextInt(alphabet.length)]);
        return out.toString();
    }

    @Test
    void aFingerprintNamesItsRepeatsInOrder() {
        Finding f = finding("rule", "i18n/fr/a.md", "same");
        List<Finding> out = Fingerprints.assign(List.of(f, f, f));
        String base = joined(f);
        assertThat(out).extracting(Finding::fingerprint).containsExactly(base, base + ":2", base + ":3");
    }
}
