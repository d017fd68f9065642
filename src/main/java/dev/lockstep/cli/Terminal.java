package dev.lockstep.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour for people at a terminal, never in a file or a pipe: the text report's severities are
 * coloured only when stdout is a terminal and {@code NO_COLOR} (https://no-color.org) is unset or empty.
 * bin/lockstep tells whether stdout is a terminal ({@code LOCKSTEP_STDOUT_TTY}, from {@code test -t 1});
 * under {@code java -jar} a console attached to the JVM stands for it. The same for the progress bar on stderr.
 */
final class Terminal {
    private static final Pattern FINDING = Pattern.compile("(?m)^(.+?:\\d+:\\d+:) (error|warning|info) ");
    private static final String RESET = "\u001b[0m";

    private Terminal() {
    }

    /** Whether to colour stdout, from the environment and whether a console is attached. */
    static boolean colour(Map<String, String> env, boolean consoleAttached) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        if ("dumb".equals(env.get("TERM"))) return false;
        String tty = env.get("LOCKSTEP_STDOUT_TTY");
        return tty != null ? tty.equals("1") : consoleAttached;
    }

    static boolean colour() {
        return colour(System.getenv(), System.console() != null);
    }

    /**
     * Whether to draw a progress bar on stderr: only for a person at a terminal (bin/lockstep says so in
     * {@code LOCKSTEP_STDERR_TTY}, from {@code test -t 2}; under {@code java -jar} an attached console
     * stands for it), never on a dumb terminal. {@code NO_COLOR} is about colour and does not turn it off.
     */
    static boolean progress(Map<String, String> env, boolean consoleAttached) {
        if ("dumb".equals(env.get("TERM"))) return false;
        String tty = env.get("LOCKSTEP_STDERR_TTY");
        return tty != null ? tty.equals("1") : consoleAttached;
    }

    static boolean progress() {
        return progress(System.getenv(), System.console() != null);
    }

    /** The text report with each finding's location in bold and its severity coloured. */
    static String paint(String text) {
        Matcher m = FINDING.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String colour = switch (m.group(2)) {
                case "error" -> "\u001b[1;31m";
                case "warning" -> "\u001b[33m";
                default -> "\u001b[36m";
            };
            m.appendReplacement(out, Matcher.quoteReplacement("\u001b[1m" + m.group(1) + RESET + " " + colour
                    + m.group(2) + RESET + " "));
        }
        m.appendTail(out);
        return out.toString();
    }
}
