package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A heading's word is written alone in the page's prose when no letter stands right before or after it: the same
 * answer as the regex {@code (?<!\p{L})word(?!\p{L})} the check compiled for each word.
 */
class WritesAloneTest {
    private static final List<String> TEXTS = List.of(
            "To include custom files, open Files.",
            "Tor Browser's settings (Files-Custom) and Files2 or _Files_",
            "FilesFiles Files",
            "Größe und Gärten; straße",
            "日本語のFilesテキスト",
            "Naïve cafe\u0301 co\u0301de",
            "𝐀𝐁 letters outside the BMP: 𝐀𝐁c 𝐀𝐁",
            "");
    /** Words of letters only, as a heading's words are (a heading with another character is not asked). */
    private static final List<String> WORDS = List.of("Files", "Custom", "files", "Gärten", "straße", "Größe",
            "cafe", "code", "co", "de", "Tor", "Browser", "s", "𝐀𝐁", "𝐀𝐁c", "letters", "BMP", "テキスト",
            "日本語のFilesテキスト", "e");

    @Test
    void theSearchAnswersAsTheRegexDid() {
        for (String text : TEXTS) {
            for (String w : WORDS) {
                assertThat(w.codePoints().allMatch(Character::isLetter)).as(w).isTrue();
                boolean written = Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})").matcher(text).find();
                assertThat(SentenceAnalysis.writesAlone(text, w)).as("%s in %s", w, text).isEqualTo(written);
            }
        }
    }

    @Test
    void aWordInsideALongerWordIsNotWrittenAlone() {
        assertThat(SentenceAnalysis.writesAlone("FilesFiles and Fileset", "Files")).isFalse();
        assertThat(SentenceAnalysis.writesAlone("FilesFiles and Files2", "Files")).isTrue();
    }
}
