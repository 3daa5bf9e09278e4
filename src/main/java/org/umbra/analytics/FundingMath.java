package org.umbra.analytics;

/**
 * Funding-rate arithmetic. A rate is a fraction per its settlement interval; compare rates only
 * after bringing them to one period.
 */
public final class FundingMath {
    public static final long SECONDS_PER_YEAR = 365L * 24 * 3600;
    public static final long EIGHT_HOURS = 8L * 3600;
    /** 0.01 % per 8 h, the clamp most venues centre on. */
    public static final double BASELINE_PER_8H = 0.0001;
    /** The baseline annualised: 0.0001 x 3 x 365 = 10.95 %. */
    public static final double BASELINE_ANNUALISED_PERCENT = annualisedPercent(BASELINE_PER_8H, EIGHT_HOURS);

    private FundingMath() {
    }

    /** A rate per {@code intervalSeconds} as a simple (not compounded) yearly percentage. */
    public static double annualisedPercent(double ratePerInterval, long intervalSeconds) {
        if (intervalSeconds <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + intervalSeconds);
        }
        return ratePerInterval * ((double) SECONDS_PER_YEAR / intervalSeconds) * 100.0;
    }

    /** A rate per {@code intervalSeconds} expressed per 8 h (Hyperliquid's hourly rate x 8, say). */
    public static double per8h(double ratePerInterval, long intervalSeconds) {
        return ratePerInterval * ((double) EIGHT_HOURS / intervalSeconds);
    }
}
