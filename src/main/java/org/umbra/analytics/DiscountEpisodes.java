package org.umbra.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Spells of a premium series below zero lasting longer than a threshold: the alert condition
 * "perp at a discount to spot". An episode runs over consecutive points below zero; it ends at a
 * point at or above zero, or where the data has a gap longer than {@code maxGapMs} (nothing is known
 * across it). NaN points are skipped (their time counts towards the gap).
 */
public final class DiscountEpisodes {
    private DiscountEpisodes() {
    }

    /**
     * @param start   time of its first point below zero
     * @param end     time of its last point below zero
     * @param deepest the lowest premium in it (a negative fraction)
     * @param open    true when it runs up to the last point of the data: it may still be going on
     */
    public record Episode(long start, long end, double deepest, boolean open) {
        public long durationMs() {
            return end - start;
        }
    }

    /** Episodes with duration strictly longer than {@code thresholdMs}, in time order. */
    public static List<Episode> find(TimeSeries premium, long thresholdMs, long maxGapMs) {
        if (thresholdMs < 0 || maxGapMs < 0) {
            throw new IllegalArgumentException("threshold (" + thresholdMs + " ms) and max gap (" + maxGapMs + " ms) must not be negative");
        }
        List<Episode> out = new ArrayList<>();
        long start = 0;
        long end = 0;
        double deepest = Double.NaN;
        boolean inside = false;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < premium.size(); i++) {
            double v = premium.values()[i];
            long t = premium.timestamps()[i];
            if (Double.isNaN(v)) {
                continue;
            }
            boolean gap = previous != Long.MIN_VALUE && t - previous > maxGapMs;
            previous = t;
            if (inside && (gap || v >= 0)) {
                keep(out, new Episode(start, end, deepest, false), thresholdMs);
                inside = false;
            }
            if (v < 0) {
                if (!inside) {
                    inside = true;
                    start = t;
                    deepest = v;
                }
                end = t;
                deepest = Math.min(deepest, v);
            }
        }
        if (inside) {
            keep(out, new Episode(start, end, deepest, true), thresholdMs);
        }
        return out;
    }

    private static void keep(List<Episode> out, Episode e, long thresholdMs) {
        if (e.durationMs() > thresholdMs) {
            out.add(e);
        }
    }
}
