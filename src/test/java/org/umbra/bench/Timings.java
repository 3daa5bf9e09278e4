package org.umbra.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations of repeated runs of one thing, summarised as the benchmarks print them: median (min, max, n). */
final class Timings {
    private final String what;
    private long[] nanos = new long[16];
    private int n;

    Timings(String what) {
        this.what = what;
    }

    void add(long durationNanos) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, 2 * n);
        }
        nanos[n++] = durationNanos;
    }

    /** The middle run (the mean of the two middle ones for an even count), in milliseconds. */
    double medianMs() {
        if (n == 0) {
            throw new IllegalStateException(what + ": no runs recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        double mid = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return mid / 1e6;
    }

    double minMs() {
        return Arrays.stream(nanos, 0, n).min().orElseThrow() / 1e6;
    }

    double maxMs() {
        return Arrays.stream(nanos, 0, n).max().orElseThrow() / 1e6;
    }

    /** {@code what: 812 ms (min 790, max 900, n=10)}. */
    String summary() {
        return String.format(Locale.ROOT, "%s: %s (min %s, max %s, n=%d)", what, ms(medianMs()) + " ms", ms(minMs()), ms(maxMs()), n);
    }

    /** Whole milliseconds from 100 up, one decimal below. */
    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
