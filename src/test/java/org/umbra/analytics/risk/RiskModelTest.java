package org.umbra.analytics.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.analytics.risk.WorkedExample.T;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.market.Times;

class RiskModelTest {
    private static final double EPS = 1e-9;

    @Test
    void workedExampleOfTheDocument() {
        Breakdown b = RiskModel.at(WorkedExample.inputs(), T);

        // OI 79.9 bn is the highest of the 365 daily samples up to t: 365 of 365 at or below -> 100.
        assertPart(b, Component.OI_LEVEL, 79.9e9, 100);
        // In coin: (79.9e9 / 100,000) / (79.2e9 / 100,000) - 1 = 0.883838 %; 40 + 2 x 0.883838 = 41.767677.
        assertPart(b, Component.OI_CHANGE, (79.9 / 79.2 - 1) * 100, 40 + 2 * (79.9 / 79.2 - 1) * 100);
        // Supply at t: height 840,000 + 58,607 ten-minute blocks = 19,870,646.875 BTC;
        // 79.9e9 / (100,000 x 19,870,646.875) = 4.021006 %, the year's highest -> 100.
        assertPart(b, Component.LEVERAGE, 100 * 79.9e9 / (100_000 * 19_870_646.875), 100);
        // 14 %/yr: 50 + (14 - 10.95) / (30 - 10.95) x 30 = 54.803150.
        assertPart(b, Component.FUNDING, 14, 50 + 3.05 / 19.05 * 30);
        // 90 samples: 45 x 12, 44 x 8, 1 x 14: mean 906/90 = 10.0667, sample sd 2.043350, z = 1.924943 -> 50 + z x 50/3 = 82.082385.
        double mean = 906.0 / 90;
        double sd = Math.sqrt((45 * Math.pow(12 - mean, 2) + 44 * Math.pow(8 - mean, 2) + Math.pow(14 - mean, 2)) / 89);
        assertEquals(2.043350, sd, 1e-6);
        double z = (14 - mean) / sd;
        assertPart(b, Component.FUNDING_Z, z, 50 + z * 50 / 3);
        // 2.1: 50 + (2.1 - 1.7) / 0.8 x 30 = 65.
        assertPart(b, Component.LONG_SHORT, 2.1, 65);
        // 22 returns of +-0.02, 8 of 0: sd = 0.02 x sqrt(22/29), x sqrt(365) x 100 = 33.280418 %/yr -> (33.28 - 20) / 30 x 50 = 22.134030.
        double vol = 0.02 * Math.sqrt(22.0 / 29) * Math.sqrt(365) * 100;
        assertEquals(33.280418, vol, 1e-6);
        assertPart(b, Component.VOLATILITY, vol, (vol - 20) / 30 * 50);
        // (0.04 + 0.06 + 0.08) / 3 = 0.06 % (the t-24h point is outside the window): (0.06 + 0.10) / 0.25 x 100 = 64.
        assertPart(b, Component.PREMIUM, 0.06, 64);

        Breakdown.Part liq = b.part(Component.LIQUIDATIONS);
        assertTrue(liq.isMissing());
        assertEquals("no long liquidations recorded at or before t", liq.missingReason());
        assertEquals(0, liq.contribution());

        // 90 % of the weight has data: each effective weight is weight / 0.9; score 69.465424.
        assertEquals(0.9, b.availableWeight(), EPS);
        assertEquals(0.15 / 0.9, b.part(Component.FUNDING).effectiveWeight(), EPS);
        double expected = (100 * 0.15 + 41.767677 * 0.10 + 100 * 0.15 + 54.803150 * 0.15 + 82.082385 * 0.10
                + 65 * 0.10 + 22.134030 * 0.10 + 64 * 0.05) / 0.9;
        assertEquals(69.465424, expected, 1e-5);
        assertEquals(expected, b.score(), 1e-5);
        assertEquals(Band.ELEVATED, b.band());
        double sum = b.parts().stream().mapToDouble(Breakdown.Part::contribution).sum();
        assertEquals(b.score(), sum, EPS);
    }

    @Test
    void weightsSumToOne() {
        assertEquals(1.0, Arrays.stream(Component.values()).mapToDouble(Component::weight).sum(), 1e-12);
    }

    @Test
    void missingComponentsShareTheirWeightAndBelowHalfThereIsNoScore() {
        // OI flat at 50 bn for 400 days: every sample equals it -> percentile 100 (sub-score 100).
        // Price flat, so the 7-day change in coin is 0 -> 40. Funding one point at t of 10.95 -> 50;
        // long/short 1.0 -> 10; premium 0 -> 40. The leverage and volatility windows, the funding z window
        // and liquidations have no data.
        RiskInputs base = RiskInputs.empty(Asset.BTC)
                .withOiUsd(WorkedExample.daily(o -> 50e9))
                .withFundingAnnualPct(new TimeSeries(new long[] {T}, new double[] {10.95}))
                .withLongShortRatio(new TimeSeries(new long[] {T}, new double[] {1.0}))
                .withPremium(new TimeSeries(new long[] {T}, new double[] {0}));
        RiskInputs withPrice = base.withPriceUsd(new TimeSeries(new long[] {T - 7 * Times.DAY, T}, new double[] {90_000, 90_000}));

        // 0.15 + 0.10 + 0.15 + 0.10 + 0.05 = 0.55: (15 + 4 + 7.5 + 1 + 2) / 0.55 = 53.636364.
        Breakdown b = RiskModel.at(withPrice, T);
        assertEquals(0.55, b.availableWeight(), EPS);
        assertEquals(29.5 / 0.55, b.score(), EPS);
        assertEquals(0.10 / 0.55, b.part(Component.OI_CHANGE).effectiveWeight(), EPS);
        // Price points at t-7d and t, each carried 48 h: days t-7d, t-6d, t-5d and t have a value.
        assertEquals("only 4 of 365 daily OI and price values in the trailing window (needs 329)", b.part(Component.LEVERAGE).missingReason());
        assertEquals("only 1 of 90 daily funding values in the trailing window (needs 81)", b.part(Component.FUNDING_Z).missingReason());

        // Exactly half (premium dropped): still a score, (15 + 4 + 7.5 + 1) / 0.5 = 55.
        Breakdown half = RiskModel.at(withPrice.withPremium(TimeSeries.EMPTY), T);
        assertEquals(0.5, half.availableWeight(), EPS);
        assertTrue(half.isDefined());
        assertEquals(55, half.score(), EPS);

        // Without price: 0.45 of the weight -> undefined, and said why.
        Breakdown none = RiskModel.at(base, T);
        assertFalse(none.isDefined());
        assertTrue(Double.isNaN(none.score()));
        assertNull(none.band());
        assertEquals("only 45 % of the weight has data (needs 50 %)", none.undefinedReason());
        assertEquals("no price at or before t", none.part(Component.OI_CHANGE).missingReason());
        assertEquals(100, none.part(Component.OI_LEVEL).subScore(), "sub-scores are still shown");
    }

    @Test
    void percentileRanksAgainstTheTrailingYear() {
        // OI equal to its offset in days (364 .. 1), and 100.5 at t: 100 samples (1..100) plus t itself
        // are at or below it: 101 / 365 = 27.671233 %.
        RiskInputs in = RiskInputs.empty(Asset.BTC).withOiUsd(WorkedExample.daily(o -> o == 0 ? 100.5 : o));
        assertEquals(101 * 100.0 / 365, RiskModel.at(in, T).part(Component.OI_LEVEL).subScore(), EPS);

        // 300 days of history only: missing, with the OI value still shown.
        long[] ts = new long[300];
        double[] vs = new double[300];
        for (int i = 0; i < 300; i++) {
            ts[i] = T - (299 - i) * Times.DAY;
            vs[i] = 1;
        }
        Breakdown.Part p = RiskModel.at(RiskInputs.empty(Asset.BTC).withOiUsd(new TimeSeries(ts, vs)), T).part(Component.OI_LEVEL);
        assertEquals("only 300 of 365 daily OI values in the trailing window (needs 329)", p.missingReason());
        assertEquals(1, p.value());
    }

    @Test
    void staleValuesAreNotInForce() {
        // A long/short ratio last seen 49 h before t is older than the 48 h limit.
        RiskInputs in = RiskInputs.empty(Asset.BTC).withLongShortRatio(new TimeSeries(new long[] {T - 49 * Times.HOUR}, new double[] {2}));
        assertEquals("no long/short ratio within 48 h before t", RiskModel.at(in, T).part(Component.LONG_SHORT).missingReason());
        assertEquals(2, RiskModel.at(in, T - Times.HOUR).part(Component.LONG_SHORT).value());
    }

    @Test
    void liquidationsCountOnlyWhereRecordedOverTheWholeDay() {
        // Hourly buckets from t-30 h: the 24 h window (t-24h, t] holds 24 buckets of 20 M long and 12.5 M short
        // = 0.48 bn + 0.30 bn = 0.78 bn; / 78 bn OI = 1.0 % -> 30 + (1.0 - 0.5) / 1.5 x 40 = 43.333333.
        RiskInputs in = RiskInputs.empty(Asset.BTC)
                .withOiUsd(new TimeSeries(new long[] {T}, new double[] {78e9}))
                .withLiquidations(hourly(T - 30 * Times.HOUR, T, 20e6), hourly(T - 30 * Times.HOUR, T, 12.5e6));
        Breakdown.Part p = RiskModel.at(in, T).part(Component.LIQUIDATIONS);
        assertEquals(1.0, p.value(), EPS);
        assertEquals(30 + 0.5 / 1.5 * 40, p.subScore(), EPS);

        RiskInputs late = in.withLiquidations(hourly(T - 20 * Times.HOUR, T, 20e6), in.liqShortUsd());
        assertEquals("long liquidations not recorded over the whole 24 h before t",
                RiskModel.at(late, T).part(Component.LIQUIDATIONS).missingReason());
        RiskInputs stopped = in.withLiquidations(in.liqLongUsd(), hourly(T - 80 * Times.HOUR, T - 50 * Times.HOUR, 1));
        assertEquals("short liquidations not recorded in the 48 h before t",
                RiskModel.at(stopped, T).part(Component.LIQUIDATIONS).missingReason());
    }

    @Test
    void constantFundingHasNoZScore() {
        RiskInputs in = RiskInputs.empty(Asset.BTC).withFundingAnnualPct(WorkedExample.daily(o -> 10.95));
        assertEquals("funding did not vary over the trailing 90 d (z undefined)", RiskModel.at(in, T).part(Component.FUNDING_Z).missingReason());
    }

    @Test
    void sameInputsSameBreakdownAndText() {
        Breakdown a = RiskModel.at(WorkedExample.inputs(), T);
        Breakdown b = RiskModel.at(WorkedExample.inputs(), T);
        assertEquals(a, b);
        assertEquals(RiskReport.format(a), RiskReport.format(b));
    }

    @Test
    void dataAfterTheTimeIsIgnored() {
        RiskInputs in = WorkedExample.inputs();
        long later = T + Times.HOUR;
        RiskInputs withFuture = new RiskInputs(Asset.BTC, append(in.priceUsd(), later, 1), append(in.oiUsd(), later, 1e15),
                append(in.fundingAnnualPct(), later, 500), append(in.longShortRatio(), later, 9), append(in.premium(), later, -0.5),
                new TimeSeries(new long[] {later}, new double[] {1e12}), new TimeSeries(new long[] {later}, new double[] {1e12}));
        assertEquals(RiskModel.at(in, T), RiskModel.at(withFuture, T));
    }

    @Test
    void seriesEqualsAtAtEveryStep() {
        RiskInputs in = WorkedExample.inputs();
        long from = T - 3 * Times.DAY;
        TimeSeries s = RiskModel.series(in, from, T, 7 * Times.HOUR);
        // 72 h / 7 h -> steps at 0, 7, ..., 70 h: 11 of them (the last falls 2 h before t).
        assertEquals(11, s.size());
        for (int i = 0; i < s.size(); i++) {
            long t = from + i * 7 * Times.HOUR;
            assertEquals(t, s.timestamps()[i]);
            assertEquals(RiskModel.at(in, t).score(), s.values()[i], 0.0, "step " + i);
        }
        assertFalse(Double.isNaN(s.values()[10]));
    }

    @Test
    void seriesRefusesABadRange() {
        RiskInputs in = WorkedExample.inputs();
        assertEquals("step must be positive: 0 ms", assertThrows(IllegalArgumentException.class, () -> RiskModel.series(in, T, T, 0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RiskModel.series(in, T, T - 1, 1)).getMessage().contains("before it starts"));
    }

    private static void assertPart(Breakdown b, Component c, double value, double subScore) {
        Breakdown.Part p = b.part(c);
        assertNull(p.missingReason(), c.id());
        assertEquals(value, p.value(), 1e-9 * Math.max(1, Math.abs(value)), c.id() + " value");
        assertEquals(subScore, p.subScore(), 1e-9, c.id() + " sub-score");
        assertEquals(p.effectiveWeight() * p.subScore(), p.contribution(), EPS, c.id() + " contribution");
    }

    private static TimeSeries hourly(long from, long to, double value) {
        int n = (int) ((to - from) / Times.HOUR) + 1;
        long[] ts = new long[n];
        double[] vs = new double[n];
        for (int i = 0; i < n; i++) {
            ts[i] = from + i * Times.HOUR;
            vs[i] = value;
        }
        return new TimeSeries(ts, vs);
    }

    private static TimeSeries append(TimeSeries s, long t, double v) {
        long[] ts = Arrays.copyOf(s.timestamps(), s.size() + 1);
        double[] vs = Arrays.copyOf(s.values(), s.size() + 1);
        ts[s.size()] = t;
        vs[s.size()] = v;
        return new TimeSeries(ts, vs);
    }
}
