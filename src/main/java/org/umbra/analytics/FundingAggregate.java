package org.umbra.analytics;

import java.util.Map;

/**
 * The market-wide funding rate: each venue's rate weighted by its open interest in USD.
 *
 * <p>At each grid time a venue contributes its latest settled rate, brought to 8 h and held until
 * its next settlement (at most two of its intervals: see {@link VenueFunding#indexInForce}), with
 * weight = its OI in USD at that time (carried forward at most {@code oiMaxCarryMs}). A venue with a
 * rate but no OI there (none reported, too old, or zero) is <b>excluded</b> from the weighted figure
 * rather than given a guessed weight; {@code venuesCovered} counts the venues that were included.
 *
 * @param per8h              OI-weighted rate per 8 h (a fraction); NaN where no venue qualifies
 * @param annualisedPercent  the same as a simple yearly percentage
 * @param venuesCovered      how many venues the figure holds at each time
 */
public record FundingAggregate(Grid grid, TimeSeries per8h, TimeSeries annualisedPercent, int[] venuesCovered) {

    public static FundingAggregate oiWeighted(Map<String, VenueFunding> funding, Map<String, TimeSeries> oiUsd,
                                              Grid grid, long oiMaxCarryMs) {
        int n = grid.size();
        double[] weighted = new double[n];
        double[] weights = new double[n];
        int[] covered = new int[n];
        for (Map.Entry<String, VenueFunding> e : funding.entrySet()) {
            TimeSeries oi = oiUsd.get(e.getKey());
            if (oi == null) {
                continue;
            }
            VenueFunding f = e.getValue();
            double[] w = grid.sample(oi, oiMaxCarryMs);
            for (int i = 0; i < n; i++) {
                int k = f.indexInForce(grid.at(i));
                if (k < 0 || !(w[i] > 0)) {
                    continue;
                }
                weighted[i] += w[i] * FundingMath.per8h(f.rates()[k], f.intervalSeconds()[k]);
                weights[i] += w[i];
                covered[i]++;
            }
        }
        double[] per8h = new double[n];
        double[] annual = new double[n];
        for (int i = 0; i < n; i++) {
            per8h[i] = covered[i] == 0 ? Double.NaN : weighted[i] / weights[i];
            annual[i] = FundingMath.annualisedPercent(per8h[i], FundingMath.EIGHT_HOURS);
        }
        return new FundingAggregate(grid, grid.series(per8h), grid.series(annual), covered);
    }
}
