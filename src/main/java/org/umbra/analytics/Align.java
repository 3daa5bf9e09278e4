package org.umbra.analytics;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Combines two series reported at slightly different times (mark and index, perp and spot, ETH and
 * BTC) point by point: each point of the first is paired with the nearest point of the second within
 * a tolerance (0 = same timestamp only; on a tie the earlier one).
 */
public final class Align {
    private Align() {
    }

    /**
     * {@code f(a, b)} at each time of {@code a} that has a partner in {@code b}. Pairs where either
     * value is not finite, or {@code b} is not positive (a price of zero is no price), are skipped.
     */
    public static TimeSeries combine(TimeSeries a, TimeSeries b, long toleranceMs, DoubleBinaryOperator f) {
        if (toleranceMs < 0) {
            throw new IllegalArgumentException("alignment tolerance must not be negative: " + toleranceMs + " ms");
        }
        long[] ts = new long[a.size()];
        double[] vs = new double[a.size()];
        int m = 0;
        for (int i = 0; i < a.size(); i++) {
            long t = a.timestamps()[i];
            int j = nearest(b, t, toleranceMs);
            if (j < 0) {
                continue;
            }
            double x = a.values()[i];
            double y = b.values()[j];
            if (!Double.isFinite(x) || !Double.isFinite(y) || y <= 0) {
                continue;
            }
            ts[m] = t;
            vs[m] = f.applyAsDouble(x, y);
            m++;
        }
        return new TimeSeries(Arrays.copyOf(ts, m), Arrays.copyOf(vs, m));
    }

    /** Index of the point of {@code s} nearest {@code t} within the tolerance, or -1. */
    static int nearest(TimeSeries s, long t, long toleranceMs) {
        int before = s.indexAtOrBefore(t);
        int after = before + 1;
        long dBefore = before >= 0 ? t - s.timestamps()[before] : Long.MAX_VALUE;
        long dAfter = after < s.size() ? s.timestamps()[after] - t : Long.MAX_VALUE;
        if (dBefore <= dAfter) {
            return dBefore <= toleranceMs ? before : -1;
        }
        return dAfter <= toleranceMs ? after : -1;
    }
}
