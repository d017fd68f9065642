package dev.lockstep;

import java.util.Random;

/** Random texts for tests that pin a hand-written scan to the definition it replaced, over many inputs. */
public final class RandomText {
    private RandomText() {
    }

    /** Fewer than {@code maxLength} characters (possibly none), each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxLength); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }
}
