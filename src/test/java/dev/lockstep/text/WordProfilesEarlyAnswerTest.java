package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WordProfiles#isSourceLanguage} stops once the words left cannot make English win: its answer is
 * the rule on the counts of the whole sentence, two English words at least and more than the target's.
 */
class WordProfilesEarlyAnswerTest {
    private static final List<String> SENTENCES = List.of(
            "Use an end-to-end encrypted messenger for sensitive conversations.",
            "Le courriel n'est pas sûr par défaut, et il ne le sera jamais sans chiffrement.",
            "Utilisez Signal for all of your messages, dans la mesure du possible.",
            "Die Verschlüsselung is not enabled by default in the app.",
            "We recommend Tor Browser für die meisten Nutzer und Nutzerinnen.",
            "an information", "the", "Qubes OS", "Do Not Track", "Det är inte so easy to use it.");

    @Test
    void answersAsTheCountsOfTheWholeSentence() {
        Words words = new Words(List.of());
        for (String language : List.of("fr", "de", "sv", "xx")) {
            WordProfiles profiles = WordProfiles.forTarget(language);
            for (String sentence : SENTENCES) {
                List<String> all = words.of(sentence);
                // Every prefix too: sentences of each length, decided at each word.
                for (int n = 0; n <= all.size(); n++) {
                    List<String> w = all.subList(0, n);
                    int[] counts = profiles.count(w);
                    assertThat(profiles.isSourceLanguage(w)).as("%s %s", language, w)
                            .isEqualTo(counts[0] >= 2 && counts[0] > counts[1]);
                }
            }
        }
    }

    @Test
    void votesAsTheTwoListsDo() {
        // One table of both lists' votes answers for the two lists: a word of one list only votes for it, a word of
        // both for neither, a word of neither for the target when it has a Latin letter English does not use.
        java.util.regex.Pattern nonEnglish = java.util.regex.Pattern.compile("[\\p{IsLatin}&&[^a-zA-Z]]");
        java.util.Set<String> asked = new java.util.TreeSet<>(WordProfiles.ENGLISH);
        WordProfiles.TARGETS.values().forEach(asked::addAll);
        asked.addAll(List.of("The", "DE", "don’t", "été", "Über", "hello", "naïve", "Ζ", "x"));
        java.util.Set<String> languages = new java.util.TreeSet<>(WordProfiles.TARGETS.keySet());
        languages.add("xx");
        for (String language : languages) {
            WordProfiles profiles = WordProfiles.forTarget(language);
            java.util.Set<String> target = WordProfiles.TARGETS.getOrDefault(language, java.util.Set.of());
            for (String word : asked) {
                String lower = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                boolean en = WordProfiles.ENGLISH.contains(lower);
                boolean t = target.contains(lower);
                int english = en && !t ? 1 : 0;
                int other = t && !en || !en && !t && nonEnglish.matcher(lower).find() ? 1 : 0;
                assertThat(profiles.count(List.of(word))).as("%s %s", language, word).containsExactly(english, other);
            }
        }
    }

    @Test
    void tellsEnglishFromFrench() {
        Words words = new Words(List.of());
        WordProfiles french = WordProfiles.forTarget("fr");
        assertThat(french.isSourceLanguage(words.of(SENTENCES.get(0)))).isTrue();
        assertThat(french.isSourceLanguage(words.of(SENTENCES.get(1)))).isFalse();
    }
}
