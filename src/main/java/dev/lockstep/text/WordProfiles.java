package dev.lockstep.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells English from another Latin-script language by its most frequent words (articles, pronouns,
 * prepositions, auxiliaries) and by letters English does not use (å, ö, é, ñ, ã…). Words common to
 * both lists ("de", "in", "a") count for neither, nor do capitalized words after the first (names and
 * quoted interface labels). A sentence is English when it has at least two English words and more
 * English words than words of the target language. Chosen over Lingua by measurement: see
 * docs/accuracy.md.
 */
public final class WordProfiles implements LanguageIdentifier {
    static final Set<String> ENGLISH = words("""
            the a an and or but nor of to in on at by for from with without into onto over under about after
            before between through during against among within across along around upon than then so as if
            is are was were be been being am do does did done has have had having will would shall should
            can could may might must not no yes this that these those there here it its it's they them their
            theirs we us our ours you your yours he him his she her hers who whom whose which what when where
            why how all any both each every few more most much many other others some such only own same
            very also just even still too well again once however because while although though whether
            either neither use used uses using allow allows make makes made provide provides recommend
            recommended need needs want get gets like one ones way ways instead since until unless off out
            up down don't doesn't isn't aren't can't won't you're you'll we're they're there's it'll
            lets let's often always never already rather quite less least better best new following below
            above see find found help helps keep keeps set sets run runs open opens
            available feature features account accounts device devices users user people""");
    static final Map<String, Set<String>> TARGETS = Map.of(
            "sv", words("""
                    och att det som en ett är för med på av till den har inte om kan du din ditt dina vi de dem
                    sig eller men så från vid när där också alla andra mer bara detta dessa denna vara blir
                    används använda använder genom utan efter innan över under mycket många vilket vilka hur
                    vad varför man sin sina sitt ut upp här nu även enligt samt mellan jag ni era er ska skulle
                    kommer måste finns gör göra eftersom dock redan inom hos annan annat något några ingen inga
                    varit bli blev kunna kanske medan dig dej sådana sådan all allt"""),
            "de", words("""
                    der die das und ist nicht ein eine einen einem einer eines zu den dem des mit von für auf
                    sich auch es wird werden wurde sind kann können oder wenn wie dass bei aus nach sie ihr ihre
                    ihren ihrem ihrer wir uns man durch über nur noch mehr diese dieser dieses diesem diesen als
                    so aber zum zur im vom haben hat sein keine kein keinen sowie damit da ob unter bzw jedoch
                    bereits einige andere anderen sollten sollte ihnen dir du dein deine ihnen sowie müssen
                    muss wir gibt sehr viele hier wo was warum dann denn ohne gegen zwischen während weil"""),
            "fr", words("""
                    le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces cet
                    il elle ils elles vous votre vos nous notre nos se sa son ses plus ne ou mais par sont être
                    peut peuvent été comme si leur leurs aussi tout tous toute toutes même très sans entre dont
                    où lui afin ainsi donc alors avez avoir fait faire cela ceci car chaque autres autre lorsque
                    quand pourquoi comment est-ce c'est qu'il n'est d'un d'une l'utilisation"""),
            "es", words("""
                    el la los las de del un una unos unas y que en es por para con no se su sus al lo como más
                    pero o este esta estos estas ese esa esos esas son ser está están puede pueden también si
                    sin sobre entre muy cuando donde ya le les tu tus usted nos nuestro nuestra porque hay todo
                    todos toda todas otro otros otra otras cual cuales desde hasta muchos muchas qué cómo
                    dónde cuál"""),
            "pt", words("""
                    o a os as de do da dos das um uma e que em no na nos nas é por para com não se seu sua seus
                    suas ao aos como mais mas ou este esta isso isto esse essa são ser está estão pode podem
                    também sem sobre entre muito quando onde já você vocês nosso nossa porque há todo todos
                    toda todas outro outros outra outras qual desde até pelo pela pelos pelas foi ter tem têm
                    seja sejam"""),
            "it", words("""
                    il lo la i gli le di del della dei delle un una uno e è che in per con non si suo sua suoi
                    al alla come più ma o questo questa sono essere può possono anche se senza tra molto quando
                    dove già tu tuo tua noi nostro perché ci tutti tutto altro altri"""),
            "nl", words("""
                    de het een en is van dat die niet op te zijn voor met als er aan ook je jouw uw we wij ons
                    om door of maar naar bij uit kan kunnen wordt worden deze dit wat hoe waarom meer geen
                    zoals tussen zonder"""));

    /**
     * The vote of each word of either list, in lower case ({@link #vote}): 1 English, -1 the target language, 0 both.
     * One look-up per word of every translated sentence instead of one in each list.
     */
    private final Map<String, Integer> listed;
    /** The words of {@link #listed} that vote English, to count in a sentence's text ({@link AsciiWords}). */
    private final AsciiWords english;

    private WordProfiles(Map<String, Integer> listed) {
        this.listed = listed;
        List<String> english = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> e : listed.entrySet()) if (e.getValue() > 0) english.add(e.getKey());
        this.english = new AsciiWords(english);
    }

    /** {@link #listed} for the English list and {@code target}. */
    private static Map<String, Integer> votes(Set<String> target) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String w : ENGLISH) out.put(w, target.contains(w) ? 0 : 1);
        for (String w : target) out.put(w, ENGLISH.contains(w) ? 0 : -1);
        return Map.copyOf(out);
    }

    /**
     * The profile pair English / {@code language}; an unknown language is judged by English words alone. The votes are
     * counted for the language asked for only (a run asks once per language it checks), not for every listed one.
     */
    public static WordProfiles forTarget(String language) {
        String primary = Languages.primary(language);
        return new WordProfiles(votes(TARGETS.getOrDefault(primary, Set.of())));
    }

    @Override
    public boolean isSourceLanguage(List<String> words) {
        int english = 0;
        int other = 0;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            // Decided once the words left cannot make English win: every translated sentence is asked, and a
            // sentence of the target language mostly shows it in its first words.
            int most = english + n - i;
            if (most < 2 || most <= other) return false;
            switch (vote(words, i)) {
                case 1 -> english++;
                case -1 -> other++;
                default -> { }
            }
        }
        // Two English words at least: one ("an", "information") is as often a word of the target language.
        return english >= 2 && english > other;
    }

    /**
     * English needs two words that vote English, and each is a run of ASCII letters of the sentence's text that is such
     * a word in lower case ({@link AsciiWords}; the listed words written with an apostrophe never are one of
     * {@link Words}' words, whose delimiters the apostrophes are): a sentence with fewer such runs (nearly every
     * translated one) is answered without being split into words.
     */
    @Override
    public boolean isSourceLanguage(SentenceWords words) {
        if (english.count(words.text(), 2) < 2) return false;
        return isSourceLanguage(words.all());
    }

    /** More words of the target language (or letters English does not use) than English words. */
    @Override
    public boolean isTargetLanguage(List<String> words) {
        int[] counts = count(words);
        return counts[1] > counts[0];
    }

    /** English words and target-language words of a sentence. */
    int[] count(List<String> words) {
        int english = 0;
        int other = 0;
        for (int i = 0; i < words.size(); i++) {
            int vote = vote(words, i);
            if (vote > 0) english++;
            else if (vote < 0) other++;
        }
        return new int[] {english, other};
    }

    /** What the {@code i}th word of a sentence shows: 1 English, -1 the target language, 0 neither. */
    private int vote(List<String> words, int i) {
        String w = words.get(i);
        // A capitalized word inside a sentence is a name or a quoted UI label ("Do Not Track"), not evidence.
        if (i > 0 && Character.isUpperCase(w.codePointAt(0))) return 0;
        String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        Integer vote = listed.get(lower);
        if (vote != null) return vote;
        return hasNonEnglishLetter(lower) ? -1 : 0;
    }

    /**
     * Whether the word has a Latin letter English does not use (é, ß, ø): {@code [\p{IsLatin}&&[^a-zA-Z]]}
     * without a matcher per word (the only Latin letters in ASCII are a-z and A-Z).
     */
    private static boolean hasNonEnglishLetter(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (cp >= 0x80 && !notLatin(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Ranges with no Latin letter (Greek to Mongolian, CJK and kana, Hangul), answered without the script
     * table's binary search: every word of a Cyrillic or Japanese sentence goes through each character.
     */
    static boolean notLatin(int cp) {
        return cp >= 0x2E5 && cp < 0x1D00 || cp >= 0x2C80 && cp < 0xA722 || cp > 0xAB69 && cp < 0xFB00;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(java.util.Arrays.asList(list.strip().split("\\s+")));
    }
}
