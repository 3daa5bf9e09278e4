package org.umbra.analytics.risk;

import java.time.Instant;
import java.util.function.IntToDoubleFunction;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.market.Times;

/**
 * The worked example of docs/risk-score.md ("Worked example"), BTC at 2025-06-01T00:00Z; series are
 * built by day offset before t (offset 0 is t itself).
 */
final class WorkedExample {
    static final long T = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    static final int DAYS = 400;
    static final double HIGH_PRICE = 100_000 * Math.exp(0.02);

    private WorkedExample() {
    }

    static RiskInputs inputs() {
        return RiskInputs.empty(Asset.BTC)
                // OI rises 0.1 bn USD a day: 79.9 bn at t, 79.2 bn 7 days before.
                .withOiUsd(daily(o -> 79.9e9 - 0.1e9 * o))
                // 100,000 USD, except offsets 30..9 where odd offsets close e^0.02 higher: 11 returns of +0.02,
                // 11 of -0.02 and 8 of 0 in the 30 daily returns up to t.
                .withPriceUsd(daily(o -> o >= 9 && o <= 30 && o % 2 == 1 ? HIGH_PRICE : 100_000))
                // 8-hourly funding holding each day's value: 12 %/yr on odd offsets, 8 on even ones, 14 at t.
                .withFundingAnnualPct(eightHourly(o -> o == 0 ? 14 : o % 2 == 1 ? 12 : 8))
                .withLongShortRatio(daily(o -> 2.1))
                // Premium at t-24h (outside the half-open 24 h window), t-16h, t-8h and t.
                .withPremium(new TimeSeries(new long[] {T - 24 * Times.HOUR, T - 16 * Times.HOUR, T - 8 * Times.HOUR, T},
                        new double[] {0.01, 0.0004, 0.0006, 0.0008}));
    }

    /** One point a day at 00:00 UTC for the {@link #DAYS} days up to t, by offset in days before t. */
    static TimeSeries daily(IntToDoubleFunction byOffset) {
        long[] ts = new long[DAYS];
        double[] vs = new double[DAYS];
        for (int i = 0; i < DAYS; i++) {
            int offset = DAYS - 1 - i;
            ts[i] = T - offset * Times.DAY;
            vs[i] = byOffset.applyAsDouble(offset);
        }
        return new TimeSeries(ts, vs);
    }

    /** Points at 00, 08 and 16 UTC, each holding its day's value; the last one is t. */
    static TimeSeries eightHourly(IntToDoubleFunction byOffset) {
        int n = (DAYS - 1) * 3 + 1;
        long[] ts = new long[n];
        double[] vs = new double[n];
        for (int i = 0; i < n; i++) {
            long back = (n - 1 - i) * 8 * Times.HOUR;
            ts[i] = T - back;
            vs[i] = byOffset.applyAsDouble((int) ((back + Times.DAY - 1) / Times.DAY));
        }
        return new TimeSeries(ts, vs);
    }
}
