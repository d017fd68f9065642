package dev.lockstep.config.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a static scan of a JavaScript or TypeScript config ({@code astro.config.mjs},
 * {@code docusaurus.config.js}) can find without running it: literal objects, arrays of string
 * literals, string properties, and which file an identifier is imported from. A value computed at run
 * time (a function call, a spread, an environment variable) is not seen; the caller then falls back to
 * the folders on disk.
 */
final class JsScan {
    private final String code;

    JsScan(String source) {
        this.code = withoutComments(source);
    }

    String code() {
        return code;
    }

    /** The text of the object literal that is the value of {@code key} (the first one), braces included. */
    Optional<String> object(String key) {
        Matcher m = Pattern.compile("(?<![\\w$])['\"]?" + Pattern.quote(key) + "['\"]?\\s*:\\s*\\{").matcher(code);
        if (!m.find()) return Optional.empty();
        return balanced(m.end() - 1, '{', '}');
    }

    /** The object literal assigned to a variable: {@code const name = { … }}. */
    Optional<String> variable(String name) {
        Matcher m = Pattern.compile("(?:const|let|var)\\s+" + Pattern.quote(name) + "\\s*(?::[^=]+)?=\\s*\\{")
                .matcher(code);
        if (!m.find()) return Optional.empty();
        return balanced(m.end() - 1, '{', '}');
    }

    /** The identifier that is the value of {@code key} ({@code locales: myLocales}, or the shorthand {@code locales,}). */
    Optional<String> identifier(String key) {
        Matcher m = Pattern.compile("(?<![\\w$.])" + Pattern.quote(key) + "\\s*(?::\\s*([A-Za-z_$][\\w$]*)\\s*)?[,}\\n]")
                .matcher(code);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : key;
            if (!id.equals("true") && !id.equals("false") && !id.equals("undefined")) return Optional.of(id);
        }
        return Optional.empty();
    }

    /** The module an identifier is imported from ({@code import locales from './locales.json'}). */
    Optional<String> importOf(String identifier) {
        Matcher m = Pattern.compile("import\\s+" + Pattern.quote(identifier) + "\\s+from\\s+['\"]([^'\"]+)['\"]")
                .matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A string literal value of {@code key} inside {@code scope}. */
    static Optional<String> string(String scope, String key) {
        Matcher m = Pattern.compile("(?<![\\w$])['\"]?" + Pattern.quote(key) + "['\"]?\\s*:\\s*(['\"`])([^'\"`\\n]*)\\1")
                .matcher(scope);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The string literals of an array literal value of {@code key} inside {@code scope}; empty when not literal. */
    static Optional<List<String>> strings(String scope, String key) {
        Matcher m = Pattern.compile("(?<![\\w$])['\"]?" + Pattern.quote(key) + "['\"]?\\s*:\\s*\\[([^\\]]*)]")
                .matcher(scope);
        if (!m.find()) return Optional.empty();
        List<String> out = new ArrayList<>();
        String items = m.group(1).strip();
        if (items.isEmpty()) return Optional.of(out);
        for (String item : items.split(",")) {
            String s = item.strip();
            if (s.isEmpty()) continue;
            if (s.length() < 2 || "'\"`".indexOf(s.charAt(0)) < 0 || s.charAt(s.length() - 1) != s.charAt(0)) {
                return Optional.empty();
            }
            out.add(s.substring(1, s.length() - 1));
        }
        return Optional.of(out);
    }

    /** The keys at the top level of an object literal ({@code { root: {…}, 'zh-cn': {…} }}). */
    static List<String> keys(String object) {
        List<String> keys = new ArrayList<>();
        int depth = 0;
        StringBuilder token = new StringBuilder();
        boolean expectKey = true;
        for (int i = 0; i < object.length(); i++) {
            char c = object.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfString(object, i);
                if (depth == 1 && expectKey) token.append(object, i + 1, Math.max(i + 1, end - 1));
                i = end - 1;
                continue;
            }
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            } else if (depth == 1) {
                if (c == ':' && expectKey) {
                    keys.add(token.toString().strip());
                    token.setLength(0);
                    expectKey = false;
                } else if (c == ',') {
                    token.setLength(0);
                    expectKey = true;
                } else if (expectKey) {
                    token.append(c);
                }
            }
        }
        return keys;
    }

    private Optional<String> balanced(int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfString(code, i) - 1;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return Optional.of(code.substring(open, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The index just after the string literal starting at {@code start}. */
    private static int endOfString(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || (c == '\n' && quote != '`')) {
                return i + 1;
            }
        }
        return s.length();
    }

    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfString(s, i);
                out.append(s, i, end);
                i = end - 1;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') i++;
                out.append('\n');
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 1;
                out.append(' ');
            } else if (c == '/' && regexMayStart(out)) {
                int end = endOfRegex(s, i);
                out.append(s, i, end);
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A slash after one of these (or at the start) opens a regular expression literal, not a division. */
    private static boolean regexMayStart(CharSequence before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (!Character.isWhitespace(c)) return "(,=:[!&|?{};".indexOf(c) >= 0;
        }
        return true;
    }

    private static int endOfRegex(String s, int start) {
        boolean inClass = false;
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                return i;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                return i + 1;
            }
        }
        return s.length();
    }
}
