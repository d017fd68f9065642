package dev.lockstep.rules;

import dev.lockstep.rules.content.MissingSentence;
import dev.lockstep.rules.content.OutdatedParagraph;
import dev.lockstep.rules.content.ShortenedParagraph;
import dev.lockstep.rules.content.UntranslatedSentence;
import dev.lockstep.rules.content.VersionMismatch;
import dev.lockstep.rules.files.InvalidFrontMatter;
import dev.lockstep.rules.files.InvalidSuppression;
import dev.lockstep.rules.files.MissingTranslation;
import dev.lockstep.rules.files.OrphanedTranslation;
import dev.lockstep.rules.files.SkippedFile;
import dev.lockstep.rules.files.UnreadableFile;
import dev.lockstep.rules.links.BrokenLink;
import dev.lockstep.rules.links.BrokenSourceLink;
import dev.lockstep.rules.links.DriftedLink;
import dev.lockstep.rules.markup.AbbreviationMismatch;
import dev.lockstep.rules.markup.AttrListMismatch;
import dev.lockstep.rules.markup.CodeBlockMismatch;
import dev.lockstep.rules.markup.CodeSpanMismatch;
import dev.lockstep.rules.markup.EmphasisMismatch;
import dev.lockstep.rules.markup.FootnoteMismatch;
import dev.lockstep.rules.markup.HtmlTagMismatch;
import dev.lockstep.rules.markup.IconMismatch;
import dev.lockstep.rules.markup.KeysMismatch;
import dev.lockstep.rules.markup.ListItemCountMismatch;
import dev.lockstep.rules.markup.MarkMismatch;
import dev.lockstep.rules.markup.ShortenedComponentTitle;
import dev.lockstep.rules.markup.TableShapeMismatch;
import dev.lockstep.rules.history.StaleTranslation;
import dev.lockstep.rules.structure.AdmonitionSyntaxMismatch;
import dev.lockstep.rules.syntax.AdmonitionTitleQuotes;
import dev.lockstep.rules.syntax.BrokenLinkSyntax;
import dev.lockstep.rules.syntax.EmptyLinkText;
import dev.lockstep.rules.syntax.FullwidthMarkdownSyntax;
import dev.lockstep.rules.syntax.LeakedPlaceholderTag;
import dev.lockstep.rules.syntax.OvergrownLinkText;
import dev.lockstep.rules.syntax.MissingSpaceAfterLink;
import dev.lockstep.rules.syntax.SpacedLinkSyntax;
import dev.lockstep.rules.syntax.StrayClosingTag;
import dev.lockstep.rules.syntax.UnpairedBracket;
import dev.lockstep.rules.structure.BrokenSourceMarkup;
import dev.lockstep.rules.structure.ExtraBlock;
import dev.lockstep.rules.structure.MergedBlocks;
import dev.lockstep.rules.structure.DivergedTranslation;
import dev.lockstep.rules.structure.MovedSection;
import dev.lockstep.rules.structure.RetypedBlock;
import dev.lockstep.rules.structure.SplitBlock;
import dev.lockstep.rules.structure.TranslatedAdmonitionType;
import dev.lockstep.rules.structure.HeadingIdMismatch;
import dev.lockstep.rules.structure.HeadingLevelMismatch;
import dev.lockstep.rules.structure.MissingBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule Lockstep has, listed explicitly: adding a rule is one line here plus its fixture folder. */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    /** How the rules that take options read them (each rule declares its reader). */
    public static List<RuleOptions.Reader<?>> optionReaders() {
        return List.of(
                DriftedLink.OPTIONS,
                MissingTranslation.OPTIONS);
    }

    /** The page rules, constructed with their options. */
    public static List<Rule> pageRules(RuleOptions options) {
        return List.of(
                new InvalidFrontMatter(),
                new MissingBlock(),
                new ExtraBlock(),
                new MergedBlocks(),
                new SplitBlock(),
                new MovedSection(),
                new DivergedTranslation(),
                new RetypedBlock(),
                new BrokenSourceMarkup(),
                new AdmonitionSyntaxMismatch(),
                new TranslatedAdmonitionType(),
                new HeadingLevelMismatch(),
                new HeadingIdMismatch(),
                new DriftedLink(options.of(DriftedLink.OPTIONS)),
                new FullwidthMarkdownSyntax(),
                new SpacedLinkSyntax(),
                new MissingSpaceAfterLink(),
                new EmptyLinkText(),
                new BrokenLinkSyntax(),
                new OvergrownLinkText(),
                new StrayClosingTag(),
                new UnpairedBracket(),
                new AdmonitionTitleQuotes(),
                new LeakedPlaceholderTag(),
                new CodeSpanMismatch(),
                new CodeBlockMismatch(),
                new EmphasisMismatch(),
                new MarkMismatch(),
                new KeysMismatch(),
                new HtmlTagMismatch(),
                new FootnoteMismatch(),
                new AttrListMismatch(),
                new IconMismatch(),
                new TableShapeMismatch(),
                new ListItemCountMismatch(),
                new AbbreviationMismatch(),
                new ShortenedComponentTitle(),
                new VersionMismatch(),
                new ShortenedParagraph(),
                new MissingSentence(),
                new UntranslatedSentence(options));
    }

    /** The rules about the run's files (discovery, reading, suppression comments), constructed with their options. */
    public static List<FileRule> fileRules(RuleOptions options) {
        return List.of(
                new MissingTranslation(options.of(MissingTranslation.OPTIONS)),
                new OrphanedTranslation(),
                new UnreadableFile(),
                new SkippedFile(),
                new InvalidSuppression());
    }

    /** Rules over all of a source page's checked translations together, run by the checker per source page. */
    public static List<GroupRule> groupRules() {
        return List.of(new OutdatedParagraph());
    }

    /** Rules the source's git history decides, run by history/HistoryReviewer when there is history. */
    public static List<HistoryRule> historyRules() {
        return List.of(new StaleTranslation());
    }

    /** Rules only {@code check --online} reports, after requesting link targets (net/OnlineVerifier). */
    public static List<OnlineRule> onlineRules() {
        return List.of(
                new BrokenLink(),
                new BrokenSourceLink());
    }

    /** Every rule's spec, sorted by id. */
    public static List<RuleSpec> specs() {
        return Specs.ALL;
    }

    /** Every rule's id. */
    public static Set<String> ids() {
        return Specs.IDS;
    }

    public static Optional<RuleSpec> find(String id) {
        for (RuleSpec s : Specs.ALL) if (s.id().equals(id)) return Optional.of(s);
        return Optional.empty();
    }

    /**
     * The specs, gathered once, when first asked for: a run asks for them from several places (config validation,
     * suppression comments, the result cache, SARIF), and each time would otherwise construct every rule again.
     */
    private static final class Specs {
        static final List<RuleSpec> ALL = gather();
        static final Set<String> IDS = ids(ALL);

        private static List<RuleSpec> gather() {
            List<RuleSpec> all = new ArrayList<>();
            for (OnlineRule r : onlineRules()) all.add(r.spec());
            for (HistoryRule r : historyRules()) all.add(r.spec());
            for (FileRule r : fileRules(RuleOptions.DEFAULTS)) all.add(r.spec());
            for (GroupRule r : groupRules()) all.add(r.spec());
            for (Rule r : pageRules(RuleOptions.DEFAULTS)) all.add(r.spec());
            all.sort(Comparator.comparing(RuleSpec::id));
            return List.copyOf(all);
        }

        private static Set<String> ids(List<RuleSpec> specs) {
            List<String> ids = new ArrayList<>();
            for (RuleSpec s : specs) ids.add(s.id());
            return Set.copyOf(ids);
        }
    }
}
