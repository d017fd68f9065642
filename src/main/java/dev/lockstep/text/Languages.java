package dev.lockstep.text;

import java.util.Locale;

/** Language codes as configs and layouts write them ({@code pt-BR}, {@code pt_BR}, {@code zh-Hans}). */
public final class Languages {
    private Languages() {
    }

    /** The primary subtag, lowercase: {@code pt} for {@code pt-BR} or {@code pt_BR}. */
    public static String primary(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && lower.charAt(end) != '-' && lower.charAt(end) != '_') end++;
        return lower.substring(0, end);
    }
}
