package dev.lockstep.rules;

import java.util.List;

/**
 * A rule over all the checked translations of one source page together: what one translation does is
 * only a finding when its siblings do the same. The checker records each pair's {@link Paragraph}s (kept
 * in the result cache with the pair) and runs the rule once per source page, every run. Pure, like a page
 * {@link Rule}.
 */
public interface GroupRule {
    RuleSpec spec();

    /** @param translations the source page's checked translations, in discovery order */
    List<Finding> check(String source, List<Translation> translations);

    /**
     * One one-to-one pair of paragraphs and their sentence counts.
     *
     * @param silenced the group rules an inline suppression in the translated page silences at its line
     * @param names the names the translated paragraph writes in Latin letters that the source page never writes
     *              ({@link dev.lockstep.text.ForeignNames})
     * @param otherScript whether the translated paragraph is mostly in a script other than Latin
     */
    record Paragraph(int sourceLine, int sourceSentences, int translationLine, int translationColumn,
                     int translationSentences, List<String> silenced, List<String> names, boolean otherScript) {
        public Paragraph {
            silenced = List.copyOf(silenced);
            names = List.copyOf(names);
        }
    }

    /** One checked translation of the page and its paragraph pairs. */
    record Translation(String file, String language, List<Paragraph> paragraphs) {
        public Translation {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
