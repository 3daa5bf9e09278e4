package org.umbra.analytics;

/**
 * The delta-neutral basis trade's spread: annualised (OI-weighted) funding minus a benchmark dollar
 * rate. Below zero the trade earns less than holding dollars, and the liquidity it provides leaves.
 */
public final class Carry {
    private Carry() {
    }

    /**
     * @param annualisedFundingPercent funding in percent per year (for example {@link FundingAggregate#annualisedPercent()})
     * @param benchmarkPercentPerYear  the dollar rate in percent per year (4.5 for 4.5 %)
     * @return the spread in percentage points per year at the same times; NaN stays NaN
     */
    public static TimeSeries spread(TimeSeries annualisedFundingPercent, double benchmarkPercentPerYear) {
        if (!Double.isFinite(benchmarkPercentPerYear)) {
            throw new IllegalArgumentException("benchmark rate must be a finite percent per year: " + benchmarkPercentPerYear);
        }
        double[] v = annualisedFundingPercent.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] -= benchmarkPercentPerYear;
        }
        return new TimeSeries(annualisedFundingPercent.timestamps(), v);
    }
}
