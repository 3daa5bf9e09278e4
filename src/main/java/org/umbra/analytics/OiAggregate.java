package org.umbra.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open interest summed across venues on a grid. Every input is in one unit (all coin or all USD).
 * A venue missing at a grid time is carried forward from its last point for at most
 * {@code maxCarryMs}, then dropped: never counted as zero and never interpolated, so the total
 * always says how many venues it covers.
 *
 * @param byVenue       each venue's OI on the grid (NaN where not covered), in input order
 * @param total         sum of the venues covered at each time; NaN where none is
 * @param venuesCovered how many venues the total holds at each time
 */
public record OiAggregate(Grid grid, Map<String, TimeSeries> byVenue, TimeSeries total, int[] venuesCovered) {

    public static OiAggregate of(Map<String, TimeSeries> oiByVenue, Grid grid, long maxCarryMs) {
        int n = grid.size();
        double[] total = new double[n];
        Arrays.fill(total, Double.NaN);
        int[] covered = new int[n];
        Map<String, TimeSeries> byVenue = new LinkedHashMap<>();
        for (Map.Entry<String, TimeSeries> e : oiByVenue.entrySet()) {
            double[] v = grid.sample(e.getValue(), maxCarryMs);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    continue;
                }
                if (v[i] < 0) {
                    throw new IllegalArgumentException("negative open interest for " + e.getKey() + " at " + grid.at(i) + ": " + v[i]);
                }
                total[i] = covered[i] == 0 ? v[i] : total[i] + v[i];
                covered[i]++;
            }
            byVenue.put(e.getKey(), grid.series(v));
        }
        return new OiAggregate(grid, byVenue, grid.series(total), covered);
    }

    /** Each venue's fraction of the total (0..1) at each time; NaN where the venue is not covered or the total is zero. */
    public Map<String, TimeSeries> shares() {
        double[] t = total.values();
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        for (Map.Entry<String, TimeSeries> e : byVenue.entrySet()) {
            double[] v = e.getValue().values();
            double[] s = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = t[i] > 0 ? v[i] / t[i] : Double.NaN;
            }
            out.put(e.getKey(), grid.series(s));
        }
        return out;
    }

    /**
     * Percent change of OI at each grid time against {@code windowMs} earlier (a whole number of grid
     * steps), like for like: only venues covered at both times count, so a venue that appears or
     * drops out inside the window does not show as a jump. NaN for the first window and where no
     * venue is covered at both ends.
     */
    public TimeSeries changePercent(long windowMs) {
        int k = grid.steps(windowMs);
        int n = grid.size();
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = k; i < n; i++) {
            double now = 0;
            double then = 0;
            for (TimeSeries venue : byVenue.values()) {
                double a = venue.values()[i];
                double b = venue.values()[i - k];
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    now += a;
                    then += b;
                }
            }
            if (then > 0) {
                out[i] = (now - then) / then * 100.0;
            }
        }
        return grid.series(out);
    }

    /**
     * Percent change since the first grid time with a total, chain-linked like for like: each step
     * compares only the venues covered at both of its ends, and the steps multiply up. A venue whose
     * history starts later (or that stops) then moves the line by what its OI did, never by its
     * arrival. A step where no venue is covered at both ends is NaN and the next one carries on.
     */
    public TimeSeries chainedChangePercent() {
        int n = grid.size();
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        double level = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(level)) {
                if (!Double.isNaN(total.values()[i])) {
                    level = 1;
                    out[i] = 0;
                }
                continue;
            }
            double now = 0;
            double then = 0;
            for (TimeSeries venue : byVenue.values()) {
                double a = venue.values()[i];
                double b = venue.values()[i - 1];
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    now += a;
                    then += b;
                }
            }
            if (then > 0) {
                level *= now / then;
                out[i] = (level - 1) * 100.0;
            }
        }
        return grid.series(out);
    }
}
