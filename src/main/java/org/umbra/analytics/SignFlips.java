package org.umbra.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Funding sign flips as events: positive to negative (longs stop paying: local panic) and back.
 * A rate of exactly zero (or NaN) is not a sign: it neither flips nor resets, so +, 0, - is one flip.
 */
public final class SignFlips {
    private SignFlips() {
    }

    public enum Direction { POSITIVE_TO_NEGATIVE, NEGATIVE_TO_POSITIVE }

    /**
     * @param ts     time of the first rate with the new sign
     * @param before the last non-zero rate before the flip
     * @param after  the rate at {@code ts}
     */
    public record Flip(long ts, Direction direction, double before, double after) {
    }

    public static List<Flip> in(TimeSeries rates) {
        List<Flip> flips = new ArrayList<>();
        double last = Double.NaN;
        for (int i = 0; i < rates.size(); i++) {
            double r = rates.values()[i];
            if (r == 0 || Double.isNaN(r)) {
                continue;
            }
            if (!Double.isNaN(last) && (last > 0) != (r > 0)) {
                Direction d = r < 0 ? Direction.POSITIVE_TO_NEGATIVE : Direction.NEGATIVE_TO_POSITIVE;
                flips.add(new Flip(rates.timestamps()[i], d, last, r));
            }
            last = r;
        }
        return flips;
    }
}
