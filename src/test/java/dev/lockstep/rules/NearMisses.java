package dev.lockstep.rules;

import java.util.Random;

/** Texts for tests that pin a hand-written test to a pattern: a written form with up to three characters changed. */
public final class NearMisses {
    private NearMisses() {
    }

    /** One of {@code forms} with up to three characters of {@code alphabet} set, inserted, or characters deleted. */
    public static String of(String[] forms, String alphabet, Random random) {
        StringBuilder b = new StringBuilder(forms[random.nextInt(forms.length)]);
        for (int edits = random.nextInt(4); edits > 0 && b.length() > 0; edits--) {
            int at = random.nextInt(b.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.setCharAt(at, c);
                case 1 -> b.insert(at, c);
                default -> b.deleteCharAt(at);
            }
        }
        return b.toString();
    }
}
