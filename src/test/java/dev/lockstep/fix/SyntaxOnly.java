package dev.lockstep.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page with the constructs {@code lockstep fix} may change taken out: link targets, admonition openings
 * (down to their title) and closings, indentation and blank lines, white space inside link syntax and
 * one space after a link,
 * fullwidth syntax characters, title quotes and the backslash of an escaped abbreviation. Two texts that
 * are equal here differ only in those: the prose is the same, character for character.
 */
public final class SyntaxOnly {
    private static final Pattern TARGET = Pattern.compile("\\]\\s*\\([^)\\n]*\\)[ \\t]?");
    private static final Pattern AUTOLINK = Pattern.compile("<https?://[^>\\s]*>");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)\\]>\"]+");
    private static final Pattern MKDOCS = Pattern.compile(
            "^(?:!!!|\\?\\?\\?\\+?)\\s*(?:[A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*)*)?\\s*(.*)$");
    private static final Pattern DETAILS = Pattern.compile("^<details\\b[^>]*>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("^<summary\\b[^>]*>(.*)</summary>$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV = Pattern.compile("^<div\\s+class=\"admonition[^\"]*\"[^>]*>$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_TITLE = Pattern.compile("^<p\\s+class=\"admonition-title\"\\s*>(.*)</p>$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKS = Pattern.compile("^///\\s*[\\w-]+\\s*(?:\\|\\s*(.*))?$");
    private static final Pattern ASIDE = Pattern.compile("^:::[\\w-]+(?:\\[(.*)]|\\s+(.*))?$");
    private static final Pattern CLOSER = Pattern.compile("^(?:</details>|</div>|///|:::)$", Pattern.CASE_INSENSITIVE);
    private static final String QUOTES = "\"「」『』«»“”„‟‘’‚‹›《》〈〉＂〝〞";

    private SyntaxOnly() {
    }

    public static String of(String text) {
        List<String> out = new ArrayList<>();
        for (String line : TARGET.matcher(ascii(text)).replaceAll("]()").split("\n", -1)) {
            String l = line.strip();
            l = AUTOLINK.matcher(l).replaceAll("<>");
            l = BARE_URL.matcher(l).replaceAll("URL");
            l = l.replaceAll("!\\s+\\[", "![").replace("\\*[", "*[");
            l = title(l);
            if (l.isEmpty() || CLOSER.matcher(l).matches()) continue;
            out.add(stripQuotes(l));
        }
        return String.join("\n", out);
    }

    private static String title(String line) {
        Matcher m;
        if ((m = DETAILS.matcher(line)).matches()) return title(m.group(1).strip());
        if ((m = SUMMARY.matcher(line)).matches()) return m.group(1).strip();
        if (DIV.matcher(line).matches()) return "";
        if ((m = DIV_TITLE.matcher(line)).matches()) return m.group(1).strip();
        if ((m = MKDOCS.matcher(line)).matches()) return m.group(1).strip();
        if ((m = BLOCKS.matcher(line)).matches()) return m.group(1) == null ? "" : m.group(1).strip();
        if ((m = ASIDE.matcher(line)).matches()) {
            return m.group(1) != null ? m.group(1).strip() : m.group(2) == null ? "" : m.group(2).strip();
        }
        return line;
    }

    private static String stripQuotes(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char c : line.toCharArray()) if (QUOTES.indexOf(c) < 0) sb.append(c);
        return sb.toString();
    }

    private static String ascii(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char c : line.toCharArray()) sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        return sb.toString();
    }
}
