package dev.lockstep.rules;

import dev.lockstep.rules.content.UntranslatedSentence;
import dev.lockstep.rules.files.InvalidFrontMatter;
import dev.lockstep.rules.files.MissingTranslation;
import dev.lockstep.rules.files.OrphanedTranslation;
import dev.lockstep.rules.files.SkippedFile;
import dev.lockstep.rules.files.UnreadableFile;
import dev.lockstep.rules.structure.AdmonitionSyntaxMismatch;
import dev.lockstep.rules.structure.ExtraBlock;
import dev.lockstep.rules.structure.HeadingIdMismatch;
import dev.lockstep.rules.structure.HeadingLevelMismatch;
import dev.lockstep.rules.structure.MissingBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule Lockstep has, listed explicitly: adding a rule is one line here plus its fixture folder. */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    /** The page rules, constructed with their options. */
    public static List<Rule> pageRules(RuleOptions options) {
        return List.of(
                new MissingBlock(),
                new ExtraBlock(),
                new AdmonitionSyntaxMismatch(),
                new HeadingLevelMismatch(),
                new HeadingIdMismatch(),
                new UntranslatedSentence(options));
    }

    /** Rules reported while finding and reading files rather than by checking a page. */
    public static List<RuleSpec> fileRules() {
        return List.of(
                MissingTranslation.SPEC,
                OrphanedTranslation.SPEC,
                UnreadableFile.SPEC,
                SkippedFile.SPEC,
                InvalidFrontMatter.SPEC);
    }

    /** Every rule's spec, sorted by id. */
    public static List<RuleSpec> specs() {
        List<RuleSpec> all = new ArrayList<>(fileRules());
        for (Rule r : pageRules(RuleOptions.DEFAULTS)) all.add(r.spec());
        all.sort(Comparator.comparing(RuleSpec::id));
        return List.copyOf(all);
    }

    public static Optional<RuleSpec> find(String id) {
        return specs().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
