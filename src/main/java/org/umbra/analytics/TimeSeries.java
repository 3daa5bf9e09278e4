package org.umbra.analytics;

import java.util.Arrays;

/**
 * One figure over time, the currency of {@code analytics}: parallel arrays, timestamps in UTC epoch
 * milliseconds, strictly ascending. NaN marks a time with no value (a venue not covered there).
 */
public record TimeSeries(long[] timestamps, double[] values) {
    public static final TimeSeries EMPTY = new TimeSeries(new long[0], new double[0]);

    public TimeSeries {
        if (timestamps.length != values.length) {
            throw new IllegalArgumentException("timestamps (" + timestamps.length + ") and values (" + values.length + ") differ in length");
        }
        for (int i = 1; i < timestamps.length; i++) {
            if (timestamps[i] <= timestamps[i - 1]) {
                throw new IllegalArgumentException("timestamps not strictly ascending at index " + i + ": " + timestamps[i - 1] + " then " + timestamps[i]);
            }
        }
    }

    public int size() {
        return timestamps.length;
    }

    public boolean isEmpty() {
        return timestamps.length == 0;
    }

    public long firstTs() {
        return timestamps[0];
    }

    public long lastTs() {
        return timestamps[timestamps.length - 1];
    }

    /** Index of the last point at or before {@code t}, or -1 when every point is later. */
    public int indexAtOrBefore(long t) {
        int i = Arrays.binarySearch(timestamps, t);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The value in force at {@code t}: the last point at or before it, provided it is at most
     * {@code maxAgeMs} old; NaN otherwise. Carrying forward is bounded so a venue that stopped
     * reporting is dropped instead of being held flat for ever.
     */
    public double valueAt(long t, long maxAgeMs) {
        int i = indexAtOrBefore(t);
        if (i < 0 || t - timestamps[i] > maxAgeMs) {
            return Double.NaN;
        }
        return values[i];
    }

    /** The points in [from, to]. */
    public TimeSeries slice(long from, long to) {
        int lo = Math.max(0, indexAtOrBefore(from - 1) + 1);
        int hi = indexAtOrBefore(to) + 1;
        if (hi <= lo) {
            return EMPTY;
        }
        return new TimeSeries(Arrays.copyOfRange(timestamps, lo, hi), Arrays.copyOfRange(values, lo, hi));
    }
}
