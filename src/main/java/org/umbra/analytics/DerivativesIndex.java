package org.umbra.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A derivatives price index: the tracked perpetuals' price moves weighted by their OI in USD.
 *
 * <p>Raw prices are never averaged (a 100k BTC price would swamp a 3k ETH one). The index chains
 * OI-weighted returns on the grid: {@code I = 100} at the grid time before its first step, and
 * {@code I(t) = I(t-1) x (1 + sum_i w_i r_i)} where {@code r_i = p_i(t) / p_i(t-1) - 1} and
 * {@code w_i} is perp i's share of OI in USD at {@code t-1} among the perps that have a price at both
 * {@code t-1} and {@code t} and OI at {@code t-1} (each carried forward at most {@code maxCarryMs}).
 * Weights are taken at the start of the step so a step's return does not move its own weight.
 *
 * <p>A step where no perp qualifies is NaN and adds no return; the next qualifying step links onto the
 * last defined level (the move across the gap is not captured). Before the first qualifying step the
 * index is NaN.
 *
 * @param level        the index level on the grid
 * @param constituents how many perps the step ending at each time used (0 at the base and in gaps)
 */
public record DerivativesIndex(Grid grid, TimeSeries level, int[] constituents) {
    public static final double BASE = 100.0;

    /** @param prices and {@code oiUsd}: keyed alike, one entry per perpetual (a perp without OI never counts) */
    public static DerivativesIndex of(Map<String, TimeSeries> prices, Map<String, TimeSeries> oiUsd, Grid grid, long maxCarryMs) {
        int n = grid.size();
        List<double[]> p = new ArrayList<>();
        List<double[]> w = new ArrayList<>();
        for (Map.Entry<String, TimeSeries> e : prices.entrySet()) {
            TimeSeries oi = oiUsd.get(e.getKey());
            if (oi != null) {
                p.add(grid.sample(e.getValue(), maxCarryMs));
                w.add(grid.sample(oi, maxCarryMs));
            }
        }
        double[] level = new double[n];
        Arrays.fill(level, Double.NaN);
        int[] used = new int[n];
        double last = Double.NaN;
        for (int t = 1; t < n; t++) {
            double weightSum = 0;
            double weightedReturn = 0;
            for (int k = 0; k < p.size(); k++) {
                double before = p.get(k)[t - 1];
                double now = p.get(k)[t];
                double oi = w.get(k)[t - 1];
                if (before > 0 && now > 0 && oi > 0) {
                    weightSum += oi;
                    weightedReturn += oi * (now / before - 1);
                    used[t]++;
                }
            }
            if (used[t] == 0) {
                continue;
            }
            if (Double.isNaN(last)) {
                last = BASE;
                level[t - 1] = BASE;
            }
            last = last * (1 + weightedReturn / weightSum);
            level[t] = last;
        }
        return new DerivativesIndex(grid, grid.series(level), used);
    }
}
