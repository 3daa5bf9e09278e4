package org.umbra.analytics;

/**
 * How far a perpetual trades from its reference, as a fraction (0.001 = 0.1 %): below zero is a
 * discount, leveraged longs leaving. Results sit at the times of the first series; see {@link Align}
 * for how the two are paired.
 */
public final class Premium {
    private Premium() {
    }

    /** (mark - index) / index, per venue: the venue's own index price as reference. */
    public static TimeSeries premium(TimeSeries mark, TimeSeries index, long toleranceMs) {
        return Align.combine(mark, index, toleranceMs, Premium::relative);
    }

    /** Spot-vs-perp basis: (perp price - spot price) / spot price, with a spot market's price as reference. */
    public static TimeSeries basis(TimeSeries perp, TimeSeries spot, long toleranceMs) {
        return Align.combine(perp, spot, toleranceMs, Premium::relative);
    }

    private static double relative(double price, double reference) {
        return (price - reference) / reference;
    }
}
