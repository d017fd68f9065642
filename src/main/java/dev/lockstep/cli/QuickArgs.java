package dev.lockstep.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usual command lines of the commands run most often ({@code check} re-runs, the pre-commit hook) read
 * without picocli. picocli's classes are compiled for Java 5, which the class-data archive cannot hold, so
 * each run loads, verifies and reflects over them: about 0.2 s, a third of a re-run with nothing changed
 * (docs/performance.md). This reader accepts only what it reads exactly as picocli does; for anything else
 * ({@code --help}, {@code --version}, an unknown or repeated option, a missing or empty value, a value that
 * starts with {@code -} or {@code @}, an {@code @argument-file}, a flag given a value) it answers false and
 * picocli reads the command line, with its usual messages and exit codes. The commands' quick-parse tests
 * hold both readers to the same result.
 */
final class QuickArgs {
    /** Where a command line read by {@link #read} goes. */
    interface Target {
        /**
         * Sets an option.
         *
         * @param name the option's canonical name (its long name, or its only one)
         * @param value its value, or null for a flag
         * @return false to leave the whole command line to picocli (a value this reader does not take)
         */
        boolean set(String name, String value);

        /** Takes a positional argument; false to leave the whole command line to picocli. */
        boolean positional(String arg);
    }

    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /** A flag (no value), by all its spellings; the last is the one {@link Target#set} gets. */
    QuickArgs flag(String... spellings) {
        flags.add(add(spellings));
        return this;
    }

    /** An option with one value, by all its spellings; the last is the one {@link Target#set} gets. */
    QuickArgs option(String... spellings) {
        add(spellings);
        return this;
    }

    private String add(String... spellings) {
        String name = spellings[spellings.length - 1];
        for (String s : spellings) canonical.put(s, name);
        return name;
    }

    /**
     * Reads {@code args} (after the command's name) into {@code target}.
     *
     * @return false when picocli must read them instead ({@code target} may then hold part of them)
     */
    boolean read(List<String> args, Target target) {
        Set<String> seen = new HashSet<>();
        boolean positionalOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            // picocli replaces @FILE by the file's arguments anywhere on the line.
            if (arg.startsWith("@")) return false;
            if (positionalOnly || !arg.startsWith("-") || arg.equals("-")) {
                if (!target.positional(arg)) return false;
                continue;
            }
            if (arg.equals("--")) {
                positionalOnly = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = canonical.get(eq > 0 ? arg.substring(0, eq) : arg);
            // Given twice, picocli refuses a single-valued option and appends to a list: either way its business.
            if (name == null || !seen.add(name)) return false;
            String value = null;
            if (flags.contains(name)) {
                if (eq > 0) return false;
            } else if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return false;
            }
            if (value != null && (value.isEmpty() || value.startsWith("-") || value.startsWith("@"))) return false;
            if (!target.set(name, value)) return false;
        }
        return true;
    }

    /** A non-negative int written as plain digits (what picocli's converter reads the same way), or -1. */
    static int digits(String value) {
        if (value.isEmpty() || value.length() > 9) return -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return -1;
        }
        return Integer.parseInt(value);
    }
}
