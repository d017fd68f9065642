package dev.lockstep.check;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppressions of one translated page, read from its text:
 * {@code <!-- lockstep-disable-next-line RULE… -->} silences findings on the next non-blank line,
 * {@code <!-- lockstep-disable RULE… -->} … {@code <!-- lockstep-enable [RULE…] -->} on every line between.
 * Without rule names a comment concerns every rule. Findings about a whole file (the file rules, at 1:1) cannot be
 * silenced inline; use {@code off} in .lockstep.yml.
 */
final class Suppressions {
    static final Suppressions NONE = new Suppressions(List.of(), List.of());
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*lockstep-(disable-next-line|disable|enable)\\b([^>]*?)\\s*-->");
    private static final Pattern NAME = Pattern.compile("[^\\s,]+");

    /** Lines {@code from..to} (inclusive) where {@code rules} (empty: all) are silenced. */
    private record Range(int from, int to, Set<String> rules) {
        boolean covers(int line, String rule) {
            return line >= from && line <= to && (rules.isEmpty() || rules.contains(rule));
        }
    }

    /** An unknown rule name and where it is written. */
    private record Unknown(String name, int line, int column) {
    }

    private final List<Range> ranges;
    private final List<Unknown> unknown;

    private Suppressions(List<Range> ranges, List<Unknown> unknown) {
        this.ranges = ranges;
        this.unknown = unknown;
    }

    static Suppressions scan(String text, Set<String> knownRules) {
        if (!text.contains("lockstep-")) return NONE;
        String[] lines = text.split("\n", -1);
        List<Range> ranges = new ArrayList<>();
        List<Unknown> unknown = new ArrayList<>();
        Map<String, Integer> openSince = new java.util.LinkedHashMap<>(); // rule ("" = all) → first line
        Set<String> pendingNext = null;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            Matcher m = COMMENT.matcher(lines[i]);
            boolean hasComment = false;
            while (m.find()) {
                hasComment = true;
                Set<String> rules = new java.util.TreeSet<>();
                Matcher name = NAME.matcher(m.group(2));
                while (name.find()) {
                    if (knownRules.contains(name.group())) {
                        rules.add(name.group());
                    } else {
                        unknown.add(new Unknown(name.group(), line, m.start(2) + name.start() + 1));
                    }
                }
                if (!m.group(2).isBlank() && rules.isEmpty()) continue; // only unknown names: silence nothing
                switch (m.group(1)) {
                    case "disable-next-line" -> pendingNext = rules;
                    case "disable" -> {
                        for (String r : rules.isEmpty() ? Set.of("") : rules) openSince.putIfAbsent(r, line);
                    }
                    default -> {
                        for (String r : List.copyOf(openSince.keySet())) {
                            if (rules.isEmpty() || rules.contains(r)) {
                                ranges.add(new Range(openSince.remove(r), line, r.isEmpty() ? Set.of() : Set.of(r)));
                            }
                        }
                    }
                }
            }
            if (!hasComment && pendingNext != null && !lines[i].isBlank()) {
                ranges.add(new Range(line, line, pendingNext));
                pendingNext = null;
            }
        }
        openSince.forEach((r, from) -> ranges.add(new Range(from, Integer.MAX_VALUE, r.isEmpty() ? Set.of() : Set.of(r))));
        return new Suppressions(List.copyOf(ranges), List.copyOf(unknown));
    }

    /** The findings no suppression covers (a new, modifiable list). */
    List<Finding> apply(List<Finding> findings) {
        if (ranges.isEmpty()) return new ArrayList<>(findings); // most pages: nothing silenced, one copy
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (ranges.stream().noneMatch(r -> r.covers(f.line(), f.rule()))) kept.add(f);
        }
        return kept;
    }

    /** Whether a comment silences {@code rule} at {@code line}. */
    boolean silences(int line, String rule) {
        // A loop, not a stream: the group facts ask every paragraph of every page, and most pages have no range.
        for (Range r : ranges) if (r.covers(line, rule)) return true;
        return false;
    }

    /** Each rule name the comments give that is not a rule, for the file rules (invalid-suppression). */
    List<FileFact> unknown(String file, String language, String source) {
        if (unknown.isEmpty()) return List.of();
        return unknown.stream().<FileFact>map(u -> new FileFact.UnknownSuppression(file, language, source, u.name(),
                new Position(u.line(), u.column()))).toList();
    }
}
