package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.text.Whitespace;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The texts a signature compares by, made by hand, are what the regexes they replaced made. */
class SignatureNormalizationTest {
    /** Punctuation, symbols, every kind of white space, escapes, cased letters, marks, surrogates (lone too). */
    private static final String[] PIECES = {"a", "Z", "9", "İ", "Σ", "ß", "é", "\u0301", "日", "ё", " ", "\t", "\n", "\r",
        "\f", "\u000B", "\u00A0", "\u3000", "\u2028", "\u2003", "\u001C", "\\", "\\\\", "-", "—", "_", "(", "»", "«", "„",
        ".", "!", "¿", "`", "^", "€", "©", "+", "<", "|", "~", "\uD83D\uDE00", "\uD835\uDC00", "\uD83D", "\uDE00", "*",
        "#", "'", "\"", "：", "。", "、", "－"};

    @Test
    void wordsAreTheRegexReplacement() {
        assertThat(Signature.words("— Proton  Mail]")).isEqualTo("proton mail");
        assertThat(Signature.words("`code`: \\*x\\*")).isEqualTo("code x");
        holdsOnRandomTexts(Signature::words, x -> x.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip().toLowerCase(Locale.ROOT), 38);
    }

    @Test
    void withoutEscapesIsTheRegexReplacement() {
        assertThat(Signature.withoutEscapes("\\--8<-- \"file.md\"")).isEqualTo("--8<--\"file.md\"");
        assertThat(Signature.withoutEscapes("plain")).isEqualTo("plain");
        holdsOnRandomTexts(Signature::withoutEscapes, x -> x.replaceAll("[\\\\\\s]+", ""), 83);
    }

    @Test
    void shownTextCollapseIsTheRegexReplacement() {
        holdsOnRandomTexts(x -> Whitespace.collapse(x).strip(), x -> x.replaceAll("\\s+", " ").strip(), 3);
    }

    @Test
    void aTargetIsTakenOutOfItsLanguageFolderOnlyWhereThePatternMatches() {
        // normalizeUrl runs the language-folder pattern only on a target that starts with a slash, where it is anchored.
        java.util.regex.Pattern folder = java.util.regex.Pattern.compile("^/[a-z]{2}(?:[-_][a-z]{2,4})?(?=/)");
        String[] pieces = {"/", "ja", "pt", "-", "_", "br", "hans", "x", "https://", "http://", "www.", "#", "a.org", " ",
            "JA", "é", "/en/", "//"};
        Random random = new Random(29);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String url = text.toString();
            String u = url.strip().toLowerCase(Locale.ROOT);
            if (u.startsWith("http://")) u = u.substring(7);
            else if (u.startsWith("https://")) u = u.substring(8);
            if (u.startsWith("www.")) u = u.substring(4);
            int hash = u.indexOf('#');
            String base = hash >= 0 ? u.substring(0, hash) : u;
            while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
            String expected = folder.matcher(base).replaceFirst("") + (hash >= 0 ? u.substring(hash) : "");
            assertThat(Signature.normalizeUrl(url)).as(url).isEqualTo(expected);
        }
        assertThat(Signature.normalizeUrl("https://www.Example.org/ja/docs/#Top")).isEqualTo("example.org/ja/docs#top");
        assertThat(Signature.normalizeUrl("/pt-br/basics/")).isEqualTo("/basics");
    }

    private static void holdsOnRandomTexts(UnaryOperator<String> byHand, UnaryOperator<String> regex, long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) text.append(PIECES[random.nextInt(PIECES.length)]);
            assertThat(byHand.apply(text.toString())).as(text.toString()).isEqualTo(regex.apply(text.toString()));
        }
    }
}
