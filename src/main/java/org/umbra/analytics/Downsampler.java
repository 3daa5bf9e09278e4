package org.umbra.analytics;

import java.util.Arrays;

/**
 * Min/max decimation for display: splits [from, to] into {@code buckets} equal time columns and
 * keeps, per column, the first, minimum, maximum and last point in time order. Spikes survive
 * (a pixel column shows its full vertical extent), and the output never exceeds 4 x buckets.
 */
public final class Downsampler {
    private Downsampler() {
    }

    /** Result arrays, ascending in time. */
    public record Points(long[] timestamps, double[] values) {
        public int size() {
            return timestamps.length;
        }
    }

    public static Points minMax(long[] ts, double[] vs, long from, long to, int buckets) {
        if (ts.length != vs.length) {
            throw new IllegalArgumentException("timestamps and values differ in length");
        }
        if (buckets <= 0 || to <= from) {
            throw new IllegalArgumentException("need buckets > 0 and to > from");
        }
        int lo = lowerBound(ts, from);
        int hi = upperBound(ts, to);
        int n = hi - lo;
        if (n <= 4 * buckets) {
            return new Points(Arrays.copyOfRange(ts, lo, hi), Arrays.copyOfRange(vs, lo, hi));
        }
        long[] outT = new long[4 * buckets];
        double[] outV = new double[4 * buckets];
        int m = 0;
        double width = (double) (to - from) / buckets;
        int i = lo;
        while (i < hi) {
            int bucket = (int) Math.min(buckets - 1, (ts[i] - from) / width);
            long bucketEnd = from + (long) Math.ceil((bucket + 1) * width);
            int first = i;
            int min = i;
            int max = i;
            int last = i;
            while (i < hi && (ts[i] < bucketEnd || bucket == buckets - 1)) {
                if (vs[i] < vs[min]) {
                    min = i;
                }
                if (vs[i] > vs[max]) {
                    max = i;
                }
                last = i;
                i++;
            }
            int[] picks = {first, Math.min(min, max), Math.max(min, max), last};
            int previous = -1;
            for (int p : picks) {
                if (p != previous) {
                    outT[m] = ts[p];
                    outV[m] = vs[p];
                    m++;
                    previous = p;
                }
            }
        }
        return new Points(Arrays.copyOf(outT, m), Arrays.copyOf(outV, m));
    }

    /** First index with ts >= t. */
    public static int lowerBound(long[] ts, long t) {
        int lo = 0;
        int hi = ts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with ts > t. */
    public static int upperBound(long[] ts, long t) {
        int lo = 0;
        int hi = ts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
