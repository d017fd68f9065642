package dev.lockstep.rules.content;

import dev.lockstep.text.AsciiWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lorem ipsum: the pseudo-Latin filler that example and test pages hold ("Lorem ipsum dolor sit amet,
 * consectetur adipiscing elit."). It is not English and nobody translates it, so a sentence of it left as
 * in the source is not untranslated text.
 */
final class LoremIpsum {
    /** The words filler generators draw from (the classic passage and its common variants). */
    static final Set<String> WORDS = Set.of("a", "ac", "accumsan", "adipiscing", "aenean", "aliquam",
            "aliquet", "amet", "ante", "arcu", "at", "auctor", "augue", "bibendum", "blandit", "commodo", "condimentum",
            "congue", "consectetur", "consequat", "convallis", "cras", "cubilia", "curabitur", "curae", "cursus",
            "dapibus", "diam", "dictum", "dictumst", "dignissim", "dolor", "donec", "dui", "duis", "efficitur",
            "egestas", "eget", "eleifend", "elementum", "elit", "enim", "erat", "eros", "est", "et", "etiam", "eu",
            "euismod", "ex", "facilisi", "facilisis", "fames", "faucibus", "felis", "fermentum", "feugiat", "finibus",
            "fringilla", "fusce", "gravida", "habitant", "habitasse", "hac", "hendrerit", "iaculis", "id",
            "imperdiet", "in", "integer", "interdum", "ipsum", "justo", "lacinia", "lacus", "laoreet", "lectus", "leo",
            "libero", "ligula", "lobortis", "lorem", "luctus", "maecenas", "magna", "malesuada", "massa", "mattis",
            "mauris", "maximus", "metus", "mi", "molestie", "mollis", "morbi", "nam", "nec", "neque", "netus", "nibh",
            "nisi", "nisl", "non", "nulla", "nullam", "nunc", "odio", "orci", "ornare", "pellentesque", "pharetra",
            "phasellus", "placerat", "platea", "porta", "porttitor", "posuere", "potenti", "praesent", "pretium",
            "primis", "proin", "pulvinar", "purus", "quam", "quis", "quisque", "rhoncus", "risus", "rutrum", "sagittis",
            "sapien", "scelerisque", "sed", "sem", "semper", "senectus", "sit", "sodales", "sollicitudin", "suscipit",
            "suspendisse", "tellus", "tempor", "tempus", "tincidunt", "tortor", "tristique", "turpis", "ullamcorper",
            "ultrices", "ultricies", "urna", "ut", "varius", "vehicula", "vel", "velit", "venenatis", "vestibulum",
            "vitae", "vivamus", "viverra", "volutpat", "vulputate");

    /** The filler words longer than three letters. */
    private static final AsciiWords LONG = longWords();

    private static AsciiWords longWords() {
        List<String> longer = new ArrayList<>();
        for (String w : WORDS) if (w.length() > 3) longer.add(w);
        return new AsciiWords(longer);
    }

    private LoremIpsum() {
    }

    /**
     * Whether {@code sentence} is filler: at least three words (runs of letters), four in five of them filler
     * words. Latin words that are English too ("a", "in", "id") never make a sentence filler alone.
     */
    static boolean isFiller(String sentence) {
        // Filler has two long filler words at least (half of three words or more), each a run of ASCII letters of the
        // sentence (AsciiWords): an English sentence, every one asked, mostly has none.
        if (LONG.count(sentence, 2) < 2) return false;
        int words = 0;
        for (int i = 0; i < sentence.length(); ) {
            int start = i;
            i = letterRunEnd(sentence, i);
            if (i > start) {
                words++;
            } else {
                i += Character.charCount(sentence.codePointAt(i));
            }
        }
        if (words < 3) return false;
        // Words looked up only while four in five can still be filler: an English sentence fails in a word or two.
        int misses = 0;
        int longFiller = 0;
        for (int i = 0; i < sentence.length(); ) {
            int start = i;
            i = letterRunEnd(sentence, i);
            if (i == start) {
                i += Character.charCount(sentence.codePointAt(i));
                continue;
            }
            String w = sentence.substring(start, i).toLowerCase(Locale.ROOT);
            if (!WORDS.contains(w)) {
                if (++misses * 5 > words) return false;
            } else if (w.length() > 3) {
                longFiller++;
            }
        }
        return longFiller * 2 >= words;
    }

    /** Where the run of letters ({@code \p{L}}, by code point) that starts at {@code i} ends; {@code i} when none does. */
    private static int letterRunEnd(String text, int i) {
        int j = i;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!Character.isLetter(cp)) break;
            j += Character.charCount(cp);
        }
        return j;
    }
}
