package org.umbra.market;

import java.util.Arrays;
import java.util.Objects;

/**
 * Points of one series produced by one fetch, sorted by time with no duplicate timestamps.
 * Arrays rather than a list of objects: backfills produce tens of thousands of points at once.
 */
public final class SeriesBatch {
    private final SeriesSpec spec;
    private final long[] timestamps;
    private final double[] values;

    public SeriesBatch(SeriesSpec spec, long[] timestamps, double[] values) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (timestamps.length != values.length) {
            throw new IllegalArgumentException("timestamps and values differ in length");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(spec.key() + ": value at " + timestamps[i] + " is not finite");
            }
            if (i > 0 && timestamps[i] <= timestamps[i - 1]) {
                throw new IllegalArgumentException(spec.key() + ": timestamps not strictly ascending at index " + i);
            }
        }
        this.timestamps = timestamps;
        this.values = values;
    }

    public SeriesSpec spec() {
        return spec;
    }

    public int size() {
        return timestamps.length;
    }

    public long timestamp(int i) {
        return timestamps[i];
    }

    public double value(int i) {
        return values[i];
    }

    public long firstTimestamp() {
        return timestamps[0];
    }

    public long lastTimestamp() {
        return timestamps[timestamps.length - 1];
    }

    public boolean isEmpty() {
        return timestamps.length == 0;
    }

    /** Builds a batch from points in any order; a later point at the same timestamp wins. */
    public static Builder builder(SeriesSpec spec) {
        return new Builder(spec);
    }

    @Override
    public String toString() {
        return spec.key() + " x" + timestamps.length;
    }

    public static final class Builder {
        private final SeriesSpec spec;
        private long[] ts = new long[16];
        private double[] vs = new double[16];
        private int n;

        private Builder(SeriesSpec spec) {
            this.spec = spec;
        }

        public Builder add(long timestamp, double value) {
            if (n == ts.length) {
                ts = Arrays.copyOf(ts, n * 2);
                vs = Arrays.copyOf(vs, n * 2);
            }
            ts[n] = timestamp;
            vs[n] = value;
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        public SeriesBatch build() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // Stable sort keeps insertion order among equal timestamps, so "last wins" below is well defined.
            Arrays.sort(order, (a, b) -> Long.compare(ts[a], ts[b]));
            long[] outT = new long[n];
            double[] outV = new double[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                if (m > 0 && outT[m - 1] == ts[i]) {
                    outV[m - 1] = vs[i];
                } else {
                    outT[m] = ts[i];
                    outV[m] = vs[i];
                    m++;
                }
            }
            return new SeriesBatch(spec, Arrays.copyOf(outT, m), Arrays.copyOf(outV, m));
        }
    }
}
