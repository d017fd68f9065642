package dev.lockstep.cli;

import dev.lockstep.check.CheckResult;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the pre-commit hook prints. Findings in the staged pages are listed and decide the exit code;
 * findings in translations that were not staged (those of a staged English page) are only counted per
 * language: a writer who edits the English page is told how far each translation now lags, not given
 * hundreds of old findings, and the commit does not fail for work that belongs to the translators.
 * A passing run with findings says so in one line.
 */
final class HookReport {
    private HookReport() {
    }

    /** The text to print and whether the commit fails. */
    record Outcome(String text, boolean fails) {
    }

    /**
     * @param result    the check, with baseline-accepted findings already removed
     * @param staged    the staged paths, relative to the checked folder
     * @param threshold the --fail-on level, null for never
     * @param known     how many findings the baseline hid
     * @param verbose   list the findings of a passing run too
     */
    static Outcome of(CheckResult result, Set<String> staged, Severity threshold, int known, boolean verbose) {
        List<Finding> mine = new ArrayList<>();
        Map<String, Tally> others = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (staged.contains(f.file())) {
                mine.add(f);
            } else {
                others.computeIfAbsent(f.language(), l -> new Tally()).add(f);
            }
        }
        // Languages with no translation of a staged English page: said, never failing (the coverage tables
        // of `check` count them; a writer should know the new text reaches nobody there yet).
        Set<String> untranslated = new TreeSet<>();
        for (DiscoveryResult.Missing m : result.discovery().missing()) {
            if (staged.contains(m.source())) untranslated.add(m.language());
        }
        boolean fails = threshold != null && mine.stream().anyMatch(f -> f.severity().atLeast(threshold));
        String level = threshold == null ? "never" : threshold.id();
        String hidden = known == 0 ? "" : "; the baseline hid " + known + (known == 1 ? " known finding" : " known findings");
        String noTranslation = untranslated.isEmpty() ? "" : "; no translation yet: " + String.join(", ", untranslated);
        if (mine.isEmpty() && others.isEmpty() && untranslated.isEmpty()) {
            return new Outcome(known == 0 ? "" : "lockstep: passed" + hidden + "\n", false);
        }
        if (!fails && !verbose) {
            StringBuilder line = new StringBuilder("lockstep: passed with ");
            line.append(mine.isEmpty() ? "no findings" : counts(mine)).append(" in the staged pages (--fail-on ")
                    .append(level).append(')');
            if (!others.isEmpty()) {
                line.append("; translations not staged: ");
                List<String> parts = new ArrayList<>();
                others.forEach((language, tally) -> parts.add(language + " " + tally.counts()));
                line.append(String.join(", ", parts));
            }
            line.append(noTranslation).append(hidden);
            if (!mine.isEmpty() || !others.isEmpty()) line.append("; `lockstep check` lists them");
            return new Outcome(line.append('\n').toString(), false);
        }
        StringBuilder out = new StringBuilder();
        for (Finding f : mine) out.append(TextReporter.line(f)).append('\n');
        if (!others.isEmpty()) {
            out.append("Translations not staged (they do not fail this commit; `lockstep check` lists them):\n");
            others.forEach((language, tally) -> out.append("  ").append(language).append(": ")
                    .append(tally.pages.size()).append(tally.pages.size() == 1 ? " page, " : " pages, ")
                    .append(tally.counts()).append('\n'));
        }
        if (!untranslated.isEmpty()) out.append("No translation yet: ").append(String.join(", ", untranslated)).append('\n');
        out.append("lockstep: ").append(fails ? "failed: " : "passed: ")
                .append(mine.isEmpty() ? "no findings" : counts(mine)).append(" in the staged pages (--fail-on ")
                .append(level).append(')').append(hidden).append('\n');
        return new Outcome(out.toString(), fails);
    }

    private static String counts(List<Finding> findings) {
        Tally t = new Tally();
        findings.forEach(t::add);
        return t.counts();
    }

    /** Findings of one language, by severity and file. */
    private static final class Tally {
        final Map<Severity, Integer> bySeverity = new TreeMap<>();
        final Set<String> pages = new TreeSet<>();

        void add(Finding f) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            pages.add(f.file());
        }

        /** "1 error, 2 warnings", most severe first, only the severities present. */
        String counts() {
            List<String> parts = new ArrayList<>();
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                int n = bySeverity.getOrDefault(s, 0);
                if (n == 0) continue;
                String word = s == Severity.INFO ? "info" : s.id() + (n == 1 ? "" : "s");
                parts.add(n + " " + word);
            }
            return String.join(", ", parts);
        }
    }
}
