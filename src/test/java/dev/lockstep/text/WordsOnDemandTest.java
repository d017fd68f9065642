package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Answers read from a sentence's first words are the answers its whole list of words gives: whether it is worth
 * translating, whether a word passes a test, and whether it is in the source language for a target written in
 * another script.
 */
class WordsOnDemandTest {
    private static final Words WORDS = new Words(List.of("Privacy Guides"));
    private static final List<String> SENTENCES = List.of(
            "Qubes OS", "Tor Browser", "Interactions", "Settings", "Element", "Signal", "Additional Resources",
            "Your Whonix Gateway VM", "Open Technology Fund", "a", "A", "I", "", "…", "`code` 4.2 sys-net",
            "Use a VPN.", "Privacy Guides", "Privacy Guides Recommendations", "DNS over TLSはDNS通信を暗号化します",
            "Tor — анонимная сеть.", "Используйте VPN и DNS.", "VPN и DNS", "Настройки", "Chiffrement de bout en bout.",
            "Végétarien", "एज-कंप्यूटिंग और क्लाउड", "Press Ctrl+Shift+C to run \uFFFC in sys-net", "(folders) qube's");

    @Test
    void translatableFromTheFirstWordsAsFromAll() {
        for (String s : SENTENCES) {
            assertThat(WORDS.isTranslatable(s)).as(s).isEqualTo(WORDS.isTranslatable(WORDS.of(s)));
        }
    }

    @Test
    void anyWordAsTheWholeList() {
        List<Predicate<String>> tests = List.of(w -> Character.isLowerCase(w.codePointAt(0)),
                w -> Script.count(w, java.util.Set.of(Script.CYRILLIC)) > 0, w -> w.length() > 5, w -> false);
        for (String s : SENTENCES) {
            for (Predicate<String> test : tests) {
                assertThat(WORDS.anyWord(s, test)).as(s).isEqualTo(WORDS.of(s).stream().anyMatch(test));
            }
        }
    }

    @Test
    void sourceLanguageFromTheFirstWordsAsFromAll() {
        for (String language : List.of("ru", "ja", "zh", "hi", "fr", "de")) {
            LanguageIdentifier identifier = LanguageIdentifier.forTarget(language);
            for (String s : SENTENCES) {
                LanguageIdentifier.SentenceWords onDemand = new LanguageIdentifier.SentenceWords() {
                    @Override
                    public String text() {
                        return s;
                    }

                    @Override
                    public List<String> all() {
                        return WORDS.of(s);
                    }

                    @Override
                    public boolean any(Predicate<String> test) {
                        return WORDS.anyWord(s, test);
                    }
                };
                assertThat(identifier.isSourceLanguage(onDemand)).as(language + ": " + s)
                        .isEqualTo(identifier.isSourceLanguage(WORDS.of(s)));
            }
        }
    }
}
