package org.umbra.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.Downsampler;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.SeriesInfo;

class CompareQueryTest {
    private static final long H = 3_600_000L;

    @Test
    void fundingIsAnnualisedWithItsOwnIntervalAndGapsBreakTheLine() {
        CompareLayout.Source funding = CompareLayout.SOURCES.stream().filter(s -> s.line().key().equals("btc-funding")).findFirst().orElseThrow();
        // Three 8-hourly settlements, then a two-day hole (the app was off), then one more.
        Downsampler.Points p = new Downsampler.Points(new long[] {0, 8 * H, 16 * H, 64 * H}, new double[] {0.0001, 0.0002, -0.0001, 0.0001});
        LineData line = CompareQuery.toLine(p, funding, 8 * 3600, 3 * 8 * H);
        assertArrayEquals(new double[] {0, 8 * 3600, 16 * 3600, 16 * 3600 + 0.001, 64 * 3600}, line.x(), 1e-9);
        assertEquals(10.95, line.y()[0], 1e-9);
        assertEquals(21.9, line.y()[1], 1e-9);
        assertEquals(-10.95, line.y()[2], 1e-9);
        assertTrue(Double.isNaN(line.y()[3]), "a break, not a bridge");
    }

    @Test
    void aFundingLineJoinsItsIntervalsEachAnnualisedWithItsOwn() {
        CompareLayout.Source funding = CompareLayout.SOURCES.stream().filter(s -> s.line().key().equals("btc-funding")).findFirst().orElseThrow();
        LineData eightHourly = CompareQuery.toLine(new Downsampler.Points(new long[] {0, 8 * H}, new double[] {0.0001, 0.0001}), funding,
                8 * 3600, 24 * H);
        LineData fourHourly = CompareQuery.toLine(new Downsampler.Points(new long[] {12 * H, 16 * H}, new double[] {0.0001, 0.0001}),
                funding, 4 * 3600, 12 * H);
        LineData joined = CompareQuery.join(java.util.List.of(fourHourly, eightHourly), 24 * 3600);
        assertArrayEquals(new double[] {0, 8 * 3600, 12 * 3600, 16 * 3600}, joined.x(), 1e-9);
        assertArrayEquals(new double[] {10.95, 10.95, 21.9, 21.9}, joined.y(), 1e-9,
                "0.01 % per 4 h pays twice as often as 0.01 % per 8 h");
        LineData apart = CompareQuery.join(java.util.List.of(eightHourly,
                new LineData(new double[] {30 * 86_400}, new double[] {5})), 24 * 3600);
        assertTrue(Double.isNaN(apart.y()[2]), "parts far apart are not bridged");
    }

    @Test
    void liveBinanceWinsOverBundledHistoryWhereBothExist() {
        SeriesInfo live = info("binance-futures", "BTCUSDT", Metric.FUNDING_RATE, 1_700_000_000_000L, 1_800_000_000_000L);
        SeriesInfo bundled8h = info("bundled", "binance/BTCUSDT", Metric.FUNDING_RATE, 1_577_836_800_000L, 1_704_038_400_000L);
        SeriesInfo daily = info("bundled", "binance/BTCUSDT", Metric.FUNDING_RATE_DAILY_MEAN, 1_568_160_000_000L, 1_771_000_000_000L);
        var spans = CompareQuery.spans(Map.of("btc-funding", live, "btc-funding-8h", bundled8h, "btc-funding-daily", daily));
        assertEquals(1_700_000_000_000L, spans.get("btc-funding").get(0).from());
        assertEquals(1_699_999_999_999L, spans.get("btc-funding-8h").get(0).to(), "bundled 8 h stops where live begins");
        assertEquals(1, spans.get("btc-funding-daily").size(), "daily means only before the 8 h rows: " + spans.get("btc-funding-daily"));
        assertEquals(1_577_836_799_999L, spans.get("btc-funding-daily").get(0).to());
    }

    @Test
    void rangesParseAsTradersWriteThem() {
        assertEquals(30, RangeSpec.parse("30d").length().toDays());
        assertEquals(7, RangeSpec.parse("1W").length().toDays());
        assertEquals(90, RangeSpec.parse("3m").length().toDays());
        assertEquals(365, RangeSpec.parse("1y").length().toDays());
        assertEquals(12, RangeSpec.parse("12h").length().toHours());
        assertTrue(RangeSpec.parse("ALL").isAll());
        assertEquals("3M", RangeSpec.parse("90d").toString());
        long[] r = RangeSpec.parse("1d").resolve(0, 10 * 86_400_000L);
        assertArrayEquals(new long[] {9 * 86_400_000L, 10 * 86_400_000L}, r, "a range ends at the newest point");
    }

    private static SeriesInfo info(String source, String instrument, Metric metric, long first, long last) {
        return new SeriesInfo(1, new SeriesSpec(source, instrument, Asset.BTC, metric, Unit.FRACTION, 28_800), -1, first, last);
    }
}
