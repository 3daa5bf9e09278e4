package org.umbra.drill;

import java.util.Random;

/** One to three characters of a text deleted, inserted or replaced (from {@code alphabet}): a damaged download. */
final class CharEdits {
    private CharEdits() {
    }

    static String apply(Random random, String text, String alphabet) {
        StringBuilder b = new StringBuilder(text);
        for (int k = 1 + random.nextInt(3); k > 0 && b.length() > 0; k--) {
            int at = random.nextInt(b.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, c);
                default -> b.setCharAt(at, c);
            }
        }
        return b.toString();
    }
}
