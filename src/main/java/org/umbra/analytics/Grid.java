package org.umbra.analytics;

/**
 * A regular time grid {@code from, from + step, ...} up to and including {@code to} (UTC epoch ms):
 * the common clock on which figures from several venues, each reporting at its own times, are added
 * up or compared.
 */
public record Grid(long from, long to, long stepMs) {
    /** Guards against a grid that would not fit in memory (a step typed in seconds instead of ms, say). */
    static final int MAX_POINTS = 20_000_000;

    public Grid {
        if (stepMs <= 0) {
            throw new IllegalArgumentException("grid step must be positive: " + stepMs + " ms");
        }
        if (to < from) {
            throw new IllegalArgumentException("grid end " + to + " is before its start " + from);
        }
        if ((to - from) / stepMs >= MAX_POINTS) {
            throw new IllegalArgumentException("grid [" + from + ", " + to + "] with step " + stepMs
                    + " ms has more than " + MAX_POINTS + " points");
        }
    }

    /**
     * A grid of about one time per column for [from, to] shown over {@code columns} columns: the step is
     * (to - from) / columns rounded up to a whole {@code unitMs}, never less than one unit, and the grid
     * starts at the step boundary at or before {@code from}, so the same range always gets the same times.
     */
    public static Grid forColumns(long from, long to, int columns, long unitMs) {
        long step = Math.max(unitMs, ((to - from) / columns + unitMs - 1) / unitMs * unitMs);
        return new Grid(Math.floorDiv(from, step) * step, to, step);
    }

    public int size() {
        return (int) ((to - from) / stepMs) + 1;
    }

    /** The i-th grid time. */
    public long at(int i) {
        return from + i * stepMs;
    }

    public long[] times() {
        long[] t = new long[size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = at(i);
        }
        return t;
    }

    /**
     * {@code series} read at each grid time with bounded carry-forward ({@link TimeSeries#valueAt}):
     * NaN before its first point and where its latest point is older than {@code maxAgeMs}.
     */
    public double[] sample(TimeSeries series, long maxAgeMs) {
        if (maxAgeMs < 0) {
            throw new IllegalArgumentException("max carry age must not be negative: " + maxAgeMs + " ms");
        }
        double[] v = new double[size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = series.valueAt(at(i), maxAgeMs);
        }
        return v;
    }

    /** Values, one per grid time, as a series on this grid (NaN kept: it marks "no value here"). */
    public TimeSeries series(double[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException("grid has " + size() + " times but " + values.length + " values were given");
        }
        return new TimeSeries(times(), values);
    }

    /** How many grid steps make {@code windowMs}; the window must be a positive whole number of steps. */
    public int steps(long windowMs) {
        if (windowMs <= 0 || windowMs % stepMs != 0) {
            throw new IllegalArgumentException("window " + windowMs + " ms is not a positive multiple of the grid step " + stepMs + " ms");
        }
        return (int) Math.min(Integer.MAX_VALUE, windowMs / stepMs);
    }
}
