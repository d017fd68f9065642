package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTargetTest {

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(nullValues = "same", value = {
            "https://www.qubes-os.org/intro/, https://qubes-os.org/intro, www+trailing-slash",
            "https://www.qubes-os.org/news/categories/#articles, https://qubes-os.org/news/categories/#articles, www",
            "https://eff.org, https://eff.org/, trailing-slash",
            "http://example.org/a, https://example.org/a, scheme",
            "https://Example.org/a, https://example.org/a, case",
            "https://example.org/a?x=1, https://example.org/a?x=2, query",
            "../desktop.md#qubes-os, ../desktop.md#qubes-os-1, fragment",
            "https://github.com/Qubes-Community/x/vpn.md, https://forum.qubes-os.org/t/19061, different-target",
            "https://example.org/A, https://example.org/a, different-target",
            "assets/img/encryption-software/tomb.png, assets/img/verschlüsselungssoftware/tomb.png, different-target",
            "../passwords.md, /passwords/, different-target",
            "./basics/../vpn.md#criteria, vpn.md#criteria, same",
            "https://en.wikipedia.org/wiki/Hosts_(file), https://en.wikipedia.org/wiki/Hosts_\\(file\\), same",
            "https://example.org/a%20b, https://example.org/a b, same",
            "HTTPS://example.org/, https://example.org/, same",
    })
    void classifiesTheDifference(String source, String translation, String kind) {
        assertThat(LinkTarget.classify(LinkTarget.parse(source), LinkTarget.parse(translation))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{1} localizes {0} for {2}: {3}")
    @CsvSource({
            "https://en.wikipedia.org/wiki/Sybil_attack, https://fr.wikipedia.org/wiki/Attaque_Sybil, fr, true",
            "https://en.wikipedia.org/wiki/Sybil_attack, https://de.wikipedia.org/wiki/Sybil-Attacke, fr, false",
            "https://mullvad.net/en/blog/x, https://mullvad.net/fr/blog/x, fr, true",
            "https://support.mozilla.org/kb/containers, https://support.mozilla.org/fr/kb/conteneurs, fr, true",
            "https://support.google.com/nexus/answer/4457705, https://support.google.com/nexus/answer/4457705?hl=pt-BR, pt-BR, true",
            "https://gpg4win.org/impressum.html, https://gpg4win.org/impressum-de.html, de, true",
            "https://mozilla.org/privacy/firefox, https://www.mozilla.org/fr/privacy/firefox/, fr, true",
            "https://www.privacyguides.org/en, https://www.privacyguides.org/es, es, true",
            "https://example.org/a, https://example.org/b, fr, false",
            "https://support.brave.com, https://support.brave.com/hc/de, de, true",
            "https://donate.mozilla.org, https://foundation.mozilla.org/de/donate/, de, true",
            "https://privacy.microsoft.com/data-collection-windows, https://www.microsoft.com/pt-br/privacy/data-collection-windows, pt-BR, true",
            "https://privacy.microsoft.com/data-collection-windows, https://www.microsoft.com/pt-br/windows, pt-BR, false",
            "https://privacy.microsoft.com/data-collection-windows, https://www.microsoft.com/pt-br/data-collection-windows, pt-BR, false",
            "https://donate.mozilla.org, https://donate.example.org/de/donate/, de, false",
            "https://donate.mozilla.org, https://foundation.mozilla.org/fr/donate/, de, false",
            "https://www.bbc.co.uk/news, https://www.bbc.co.uk/de/news, de, true",
            "https://news.example.co.uk/a, https://other.co.uk/de/news/a, de, false",
            "http://example.org/a, https://example.org/fr/a, fr, false",
            "https://example.org/a#x, https://example.org/fr/a#y, fr, true",
            "https://example.org/x/a, https://example.org/x/fr-b, fr, false",
            "https://github.com/cncf/foundation/blob/main/code-of-conduct.md, https://github.com/cncf/foundation/blob/main/code-of-conduct-languages/ru.md, ru, true",
            "https://github.com/cncf/foundation/blob/main/code-of-conduct.md, https://github.com/cncf/foundation/blob/main/code-of-conduct-languages/de.md, ru, false",
            "https://github.com/cncf/foundation/blob/main/code-of-conduct.md, https://github.com/cncf/foundation/blob/main/charter/ru.md, ru, false",
            "https://github.com/cncf/foundation/blob/main/code-of-conduct.md, https://github.com/cncf/foundation/blob/main/code-of-conduct/ru.txt, ru, false",
            "/cloud-computing/, ../cloud-computing/, tr, true",
            "/cloud-computing/, ../../cloud-computing, tr, true",
            "/cloud-computing/, ../cluster/, tr, false",
            "/cloud-computing/, cloud-computing/, tr, false",
            "/docs/cloud-computing/, ../cloud-computing/, tr, false",
            "/cloud-computing/#x, ../cloud-computing/#y, tr, false",
    })
    void recognizesLinksLocalizedToTheTranslationsLanguage(String source, String translation, String language,
                                                          boolean localized) {
        assertThat(LinkTarget.localizedTo(LinkTarget.parse(source), LinkTarget.parse(translation), language))
                .isEqualTo(localized);
    }
}
