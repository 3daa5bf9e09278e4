package org.umbra.analytics;

import java.util.Arrays;

/**
 * Realised volatility: the sample standard deviation of log returns between consecutive grid times
 * over a trailing window, annualised by sqrt(grid steps per 365-day year) (crypto trades every day).
 *
 * <p>Prices are read on the grid with bounded carry-forward; a return needs a price at both ends.
 * A window needs at least half of its returns (and at least two) or the value is NaN, so a sparse
 * stretch does not pass for a quiet market. Choose a grid step no finer than the price data: a
 * carried-forward price adds a zero return and understates volatility.
 */
public final class RealisedVolatility {
    static final long YEAR_MS = FundingMath.SECONDS_PER_YEAR * 1000;

    private RealisedVolatility() {
    }

    /**
     * @param windowMs the trailing window, a whole number of grid steps (returns ending in (t - window, t])
     * @return annualised volatility in percent per year at each grid time
     */
    public static TimeSeries annualisedPercent(TimeSeries prices, Grid grid, long windowMs, long maxCarryMs) {
        int k = grid.steps(windowMs);
        int n = grid.size();
        double[] p = grid.sample(prices, maxCarryMs);
        double[] r = new double[n];
        r[0] = Double.NaN;
        for (int i = 1; i < n; i++) {
            r[i] = p[i] > 0 && p[i - 1] > 0 ? Math.log(p[i] / p[i - 1]) : Double.NaN;
        }
        double annualise = Math.sqrt((double) YEAR_MS / grid.stepMs());
        int needed = Math.max(2, (k + 1) / 2);
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        // Rolling sums over the window keep this linear in the grid size (years of 5-minute steps).
        int count = 0;
        double sum = 0;
        double squares = 0;
        for (int i = 1; i < n; i++) {
            if (!Double.isNaN(r[i])) {
                count++;
                sum += r[i];
                squares += r[i] * r[i];
            }
            int leaving = i - k;
            if (leaving >= 1 && !Double.isNaN(r[leaving])) {
                count--;
                sum -= r[leaving];
                squares -= r[leaving] * r[leaving];
            }
            if (i >= k && count >= needed) {
                double variance = Math.max(0, (squares - sum * sum / count) / (count - 1));
                out[i] = Math.sqrt(variance) * annualise * 100.0;
            }
        }
        return grid.series(out);
    }
}
