package org.umbra.analytics;

/** One price in units of another (ETH/BTC: ETH's USD price over BTC's), paired as {@link Align} does. */
public final class PriceRatio {
    private PriceRatio() {
    }

    public static TimeSeries of(TimeSeries numerator, TimeSeries denominator, long toleranceMs) {
        return Align.combine(numerator, denominator, toleranceMs, (a, b) -> a / b);
    }
}
