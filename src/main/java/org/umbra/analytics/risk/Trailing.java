package org.umbra.analytics.risk;

import java.util.Arrays;

/** The statistics of a trailing window the components use; sums run oldest first, so results are reproducible. */
final class Trailing {
    private Trailing() {
    }

    /** Percent of the sorted sample at or below {@code v} (the highest value in the sample ranks 100). */
    static double percentileRank(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 100.0 * lo / sorted.length;
    }

    static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    static boolean allEqual(double[] xs) {
        for (double x : xs) {
            if (x != xs[0]) {
                return false;
            }
        }
        return true;
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** Sample standard deviation (n - 1 in the denominator); needs two values. */
    static double sampleStdev(double[] xs) {
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (xs.length - 1));
    }

    /**
     * Day-to-day log returns of daily closes (NaN where a close is missing): only pairs of consecutive
     * days both present count, so a gap never becomes a multi-day return.
     */
    static double[] logReturns(double[] closesByDay) {
        double[] r = new double[Math.max(0, closesByDay.length - 1)];
        int n = 0;
        for (int i = 1; i < closesByDay.length; i++) {
            double a = closesByDay[i - 1];
            double b = closesByDay[i];
            if (a > 0 && b > 0) {
                r[n++] = Math.log(b / a);
            }
        }
        return Arrays.copyOf(r, n);
    }
}
