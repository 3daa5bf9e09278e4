package org.umbra.analytics;

/**
 * A stretch of one venue's funding history settled at one interval: each point is a settled rate
 * (a fraction per interval, 0.0001 = 0.01 %) at its settlement time. A venue that changed its
 * interval has several parts.
 */
public record FundingPart(TimeSeries rates, long intervalSeconds) {
    public FundingPart {
        if (rates == null) {
            throw new IllegalArgumentException("funding part has no rates");
        }
        if (intervalSeconds <= 0) {
            throw new IllegalArgumentException("funding interval must be positive: " + intervalSeconds + " s");
        }
    }
}
