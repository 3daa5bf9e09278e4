package org.umbra.store;

/**
 * One bucket of a rollup while it is built: its first, lowest, highest and last points with their
 * times (M4), and how many raw points it holds. Points, or finer buckets, must arrive in time order.
 * On a tie the earliest lowest and highest point is kept, so a rebuild always gives the same row.
 */
final class RollupBucket {
    final long start;
    long n;
    long firstTs;
    double firstV;
    long minTs;
    double minV;
    long maxTs;
    double maxV;
    long lastTs;
    double lastV;

    RollupBucket(long start) {
        this.start = start;
    }

    /** Adds one raw point. */
    void add(long ts, double v) {
        if (n == 0) {
            firstTs = minTs = maxTs = ts;
            firstV = minV = maxV = v;
        } else {
            if (v < minV) {
                minTs = ts;
                minV = v;
            }
            if (v > maxV) {
                maxTs = ts;
                maxV = v;
            }
        }
        lastTs = ts;
        lastV = v;
        n++;
    }

    /** Adds a finer bucket that lies inside this one and after everything added so far. */
    void add(RollupBucket finer) {
        if (n == 0) {
            firstTs = finer.firstTs;
            firstV = finer.firstV;
            minTs = finer.minTs;
            minV = finer.minV;
            maxTs = finer.maxTs;
            maxV = finer.maxV;
        } else {
            if (finer.minV < minV) {
                minTs = finer.minTs;
                minV = finer.minV;
            }
            if (finer.maxV > maxV) {
                maxTs = finer.maxTs;
                maxV = finer.maxV;
            }
        }
        lastTs = finer.lastTs;
        lastV = finer.lastV;
        n += finer.n;
    }

    /**
     * The bucket's points as a line draws them: in time order, each instant once (first, then the lowest
     * and highest in the order they happened, then last).
     */
    int drawnPoints(long[] ts, double[] vs, int at) {
        int m = at;
        m = put(ts, vs, m, at, firstTs, firstV);
        if (minTs <= maxTs) {
            m = put(ts, vs, m, at, minTs, minV);
            m = put(ts, vs, m, at, maxTs, maxV);
        } else {
            m = put(ts, vs, m, at, maxTs, maxV);
            m = put(ts, vs, m, at, minTs, minV);
        }
        return put(ts, vs, m, at, lastTs, lastV);
    }

    private static int put(long[] ts, double[] vs, int m, int start, long t, double v) {
        if (m > start && ts[m - 1] == t) {
            return m;
        }
        ts[m] = t;
        vs[m] = v;
        return m + 1;
    }
}
