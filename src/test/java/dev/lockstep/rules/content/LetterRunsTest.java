package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A heading's word is written in the page's prose when it is one of the prose's letter runs: the same answer as
 * searching the prose for the word between two non-letters ({@code (?<!\p{L})word(?!\p{L})}), as the check did.
 */
class LetterRunsTest {
    private static final List<String> TEXTS = List.of(
            "To include custom files, open Files.",
            "Tor Browser's settings (Files-Custom) and Files2 or _Files_",
            "Größe und Gärten; straße",
            "日本語のFilesテキスト",
            "Naïve cafe\u0301 co\u0301de",
            "𝐀𝐁 letters outside the BMP: 𝐀𝐁c",
            "");
    /** Words of letters only, as a heading's words are (a heading with another character is not asked). */
    private static final List<String> WORDS = List.of("Files", "Custom", "files", "Gärten", "straße", "Größe",
            "cafe", "code", "co", "de", "Tor", "Browser", "s", "𝐀𝐁", "𝐀𝐁c", "letters", "BMP", "テキスト", "日本語のFilesテキスト");

    @Test
    void aWordIsALetterRunExactlyWhenTheTextWritesItBetweenNonLetters() {
        for (String text : TEXTS) {
            Set<String> runs = new HashSet<>();
            SentenceAnalysis.letterRuns(text, runs);
            for (String w : WORDS) {
                assertThat(w.codePoints().allMatch(Character::isLetter)).as(w).isTrue();
                boolean written = Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})").matcher(text).find();
                assertThat(runs.contains(w)).as("%s in %s", w, text).isEqualTo(written);
            }
        }
    }

    @Test
    void runsAreTheMaximalLetterSequences() {
        Set<String> runs = new HashSet<>();
        SentenceAnalysis.letterRuns("Tor Browser's settings: 2 files.", runs);
        assertThat(runs).containsExactlyInAnyOrder("Tor", "Browser", "s", "settings", "files");
    }
}
