package org.umbra.analytics.risk;

import java.util.Arrays;
import java.util.function.LongToDoubleFunction;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Times;

/**
 * A figure sampled once a day at 00:00 UTC, the grid the trailing windows (365 d percentile, 90 d
 * z-score, 30 d volatility) are computed on: whatever the cadence of a stored series (5-minute OI,
 * 8-hourly funding, daily bundled history), each day counts once. Day {@code k} is the time
 * {@code k x 24 h}; a day without a value holds NaN.
 */
final class DailySamples {
    private final long firstDay;
    private final double[] values;

    private DailySamples(long firstDay, double[] values) {
        this.firstDay = firstDay;
        this.values = values;
    }

    /** The value in force at each day's 00:00 UTC (carried forward at most {@code maxAgeMs}). */
    static DailySamples of(TimeSeries s, long firstDay, long lastDay, long maxAgeMs) {
        return compute(firstDay, lastDay, dayStart -> s.isEmpty() ? Double.NaN : s.valueAt(dayStart, maxAgeMs));
    }

    /** Any figure of the day's 00:00 UTC. */
    static DailySamples compute(long firstDay, long lastDay, LongToDoubleFunction valueAtDayStart) {
        double[] v = new double[(int) (lastDay - firstDay + 1)];
        for (int i = 0; i < v.length; i++) {
            v[i] = valueAtDayStart.applyAsDouble((firstDay + i) * Times.DAY);
        }
        return new DailySamples(firstDay, v);
    }

    /** The last day starting at or before {@code t}. */
    static long dayOf(long t) {
        return Math.floorDiv(t, Times.DAY);
    }

    /** The value of day {@code day}, NaN outside the sampled range. */
    double at(long day) {
        long i = day - firstDay;
        return i < 0 || i >= values.length ? Double.NaN : values[(int) i];
    }

    /** The non-NaN values of the {@code days} days ending with {@code lastDay}, oldest first. */
    double[] window(long lastDay, int days) {
        double[] out = new double[days];
        int n = 0;
        for (long d = lastDay - days + 1; d <= lastDay; d++) {
            double v = at(d);
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The values of the {@code days} days ending with {@code lastDay}, oldest first, NaN kept. */
    double[] span(long lastDay, int days) {
        double[] out = new double[days];
        for (int i = 0; i < days; i++) {
            out[i] = at(lastDay - days + 1 + i);
        }
        return out;
    }
}
