package dev.lockstep.rules;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Position;
import dev.lockstep.text.Whitespace;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem in one translated file.
 *
 * @param rule        the rule id
 * @param severity    after configuration
 * @param file        the translated file (relative to the checked folder, {@code /}-separated)
 * @param line        1-based; 1 when the finding concerns the whole file (it starts there)
 * @param column      1-based; 1 when the finding concerns the whole file
 * @param language    the translation's language code
 * @param message     one sentence a translator can act on, as the rule wrote it
 * @param sourceFile  the English source file, or null
 * @param sourceLine  the line in the source the finding refers to (0 if none: reports leave it out)
 * @param details     rule-specific facts for machines (JSON {@code details})
 * @param identity    what identifies the finding independently of line numbers (fingerprint input)
 * @param fingerprint stable id of this finding, set by the checker
 * @param fix         the mechanical repair the source dictates ({@code lockstep fix}), or null
 * @param notes       what reviewers added from evidence the rule does not have (history, online), in order;
 *                    reporters show {@link #text()}
 */
public record Finding(String rule, Severity severity, String file, int line, int column, String language,
                      String message, String sourceFile, int sourceLine, Map<String, Object> details,
                      String identity, String fingerprint, Fix fix, List<Note> notes) {
    /**
     * The report order: file, line, column, rule, text. Written out rather than chained from {@code comparing}
     * (a lambda and a key extraction per field and comparison): sorting a site's findings is serial.
     */
    public static final java.util.Comparator<Finding> ORDER = (a, b) -> {
        int c = a.file.compareTo(b.file);
        if (c == 0) c = Integer.compare(a.line, b.line);
        if (c == 0) c = Integer.compare(a.column, b.column);
        if (c == 0) c = a.rule.compareTo(b.rule);
        return c != 0 ? c : a.text().compareTo(b.text());
    };

    public Finding {
        // Every position a user sees is 1-based (SARIF requires startLine >= 1): a finding on the whole file (line 0,
        // no position given; or read from a shard of a build from before) is at the file's start. A negative position
        // is left as it is, for the result cache to reject.
        if (line == 0) {
            line = 1;
            column = 1;
        } else if (column == 0) {
            column = 1;
        }
        // The with… copies pass on details this constructor already copied: kept, not copied again.
        if (!(details instanceof Details)) details = new Details(details);
        notes = notes == null ? List.of() : List.copyOf(notes); // null: a cache written before notes existed
    }

    /** A finding's details: its own copy, in order, that no one can change (so findings may share it). */
    private static final class Details extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> view;

        Details(Map<String, Object> details) {
            this.view = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return view.entrySet();
        }

        @Override
        public Object get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view.containsKey(key);
        }

        @Override
        public int size() {
            return view.size();
        }
    }

    /** What reports show: the rule's message followed by the reviewers' notes. */
    public String text() {
        if (notes.isEmpty()) return message;
        StringBuilder text = new StringBuilder(message);
        for (Note n : notes) text.append(n.render());
        return text.toString();
    }

    /**
     * Starts a finding of {@code spec} in {@code file}: the one way findings are made (rules start theirs
     * with {@link AlignedPage#report}). The canonical constructor is for reading findings back (the
     * result cache) and for the {@code with…} copies below.
     *
     * @param language   the translation's language, or null for a finding on a source file
     * @param sourceFile the English source file, or null
     */
    public static Builder builder(RuleSpec spec, String file, String language, String sourceFile) {
        return new Builder(spec, file, language, sourceFile);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, file, line, column, language, message, sourceFile, sourceLine, details,
                identity, fingerprint, fix, notes);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(rule, severity, file, line, column, language, message, sourceFile, sourceLine, details,
                identity, newFingerprint, fix, notes);
    }

    /** The same finding with other details (a reviewer's evidence). */
    public Finding withDetails(Map<String, Object> newDetails) {
        return new Finding(rule, severity, file, line, column, language, message, sourceFile, sourceLine,
                newDetails, identity, fingerprint, fix, notes);
    }

    /** The same finding with a reviewer's note after the others. */
    public Finding withNote(Note note) {
        List<Note> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Finding(rule, severity, file, line, column, language, message, sourceFile, sourceLine, details,
                identity, fingerprint, fix, more);
    }

    /** Builds a finding; {@link AlignedPage#report} starts one. */
    public static final class Builder {
        private final RuleSpec spec;
        private final String file;
        private final String language;
        private final String sourceFile;
        private Position at = Position.NONE;
        private Severity severity;
        private int sourceLine;
        private String message = "";
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final StringBuilder identity = new StringBuilder();
        private String key;
        private String digested;
        private Fix fix;

        Builder(RuleSpec spec, String file, String language, String sourceFile) {
            this.spec = spec;
            this.file = file;
            this.language = language;
            this.sourceFile = sourceFile;
        }

        public Builder at(Position position) {
            this.at = position;
            return this;
        }

        public Builder at(Block block) {
            return at(block.start());
        }

        /** Reports at another severity than the rule's default (a rule that grades its findings). */
        public Builder severity(Severity graded) {
            this.severity = graded;
            return this;
        }

        public Builder sourceLine(int line) {
            this.sourceLine = line;
            return this;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        public Builder detail(String key, Object value) {
            details.put(key, value);
            return this;
        }

        /** Offers a mechanical repair; only rules whose spec is {@link RuleSpec#fixable()} do. */
        public Builder fix(Fix repair) {
            if (!spec.fixable()) throw new IllegalStateException(spec.id() + " is not declared fixable");
            this.fix = repair;
            return this;
        }

        /** Adds content that tells this finding apart from others in the same file (never line numbers). */
        public Builder identity(Object part) {
            identity.append(part == null ? "" : part.toString()).append('\u0000');
            return this;
        }

        /**
         * Identifies the finding by a short text as it is, instead of {@link #identity} parts: file findings
         * by their message, suppressions by the rule name, links by their URL. Kept verbatim (not digested)
         * so that the fingerprints baselines already hold stay valid.
         */
        public Builder key(String text) {
            this.key = text;
            return this;
        }

        /**
         * The identity of one part as {@link #identityDigest} gives it: a rule that reports the same identity on many
         * pages (every translation of a source block) digests it once.
         */
        public Builder digestedIdentity(String digest) {
            this.digested = digest;
            return this;
        }

        /** What {@link #build} keeps of the identity {@code identity(part)} alone. */
        public static String identityDigest(String part) {
            return digest(part + '\u0000');
        }

        /**
         * The identity digest of {@code text} with its white space collapsed and its ends stripped: untranslated-sentence
         * identifies a finding by its whole source block this way.
         */
        public static String collapsedIdentityDigest(String text) {
            return identityDigest(Whitespace.collapse(text).strip());
        }

        public Finding build() {
            if ((key != null ? 1 : 0) + (digested != null ? 1 : 0) + (identity.isEmpty() ? 0 : 1) > 1) {
                throw new IllegalStateException("identity, digested identity and key are exclusive");
            }
            return new Finding(spec.id(), severity != null ? severity : spec.defaultSeverity(), file, at.line(),
                    at.column(), language, message, sourceFile, sourceLine, details,
                    key != null ? key : digested != null ? digested : digest(identity.toString()), null, fix, List.of());
        }

        /**
         * The identity is kept as a digest: it names both blocks' whole text, which would otherwise be
         * held (and cached) once per finding only to compute the fingerprint.
         */
        private static String digest(String identity) {
            byte[] hash = Sha256.fresh().digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        }
    }
}
