package org.umbra.market.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;

/** Checks the bundled files against the figures their README states. */
class BundledHistoryTest {
    private static Map<String, SeriesBatch> batches;

    @BeforeAll
    static void read() {
        List<SeriesBatch> all = BundledHistory.fromClasspath().read();
        batches = all.stream().collect(Collectors.toMap(b -> b.spec().instrument() + " " + b.spec().metric().id(), b -> b));
    }

    @Test
    void everyManifestFileIsRead() {
        assertEquals(14, batches.size(), batches.keySet().toString());
        assertTrue(batches.values().stream().allMatch(b -> b.spec().source().equals("bundled")));
    }

    @Test
    void binanceBtcFundingMatchesItsReadme() {
        SeriesBatch b = batches.get("binance/BTCUSDT funding_rate");
        assertEquals(4383, b.size());
        assertEquals(8 * 3600, b.spec().intervalSeconds());
        double[] v = new double[b.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.value(i);
        }
        assertEquals(0.000137, Arrays.stream(v).average().orElseThrow(), 0.000005, "mean about 0.0137% per 8 h");
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        assertEquals(0.0001, sorted[sorted.length / 2], 1e-9, "median 0.0100%");
        int min = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[min]) {
                min = i;
            }
        }
        assertEquals(-0.003, v[min], 0.0002, "minimum about -0.30%");
        assertEquals("2020-03-13", Instant.ofEpochMilli(b.timestamp(min)).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Test
    void localUtcPlus3TimesAreShiftedToTheSettlementHours() {
        assertSettlementHours(batches.get("binance/BTCUSDT funding_rate"), 0);
        assertSettlementHours(batches.get("bybit/ETHUSDT funding_rate"), 0);
        assertSettlementHours(batches.get("gate/BTCUSDT funding_rate"), 0);
        assertSettlementHours(batches.get("kucoin/BTCUSDT funding_rate"), 4);
        assertEquals(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(), batches.get("binance/BTCUSDT funding_rate").firstTimestamp());
    }

    private static void assertSettlementHours(SeriesBatch b, int firstHour) {
        long offGrid = 0;
        for (int i = 0; i < b.size(); i++) {
            var t = Instant.ofEpochMilli(b.timestamp(i)).atZone(ZoneOffset.UTC);
            if (t.getMinute() != 0 || (t.getHour() - firstHour) % 8 != 0) {
                offGrid++;
            }
        }
        assertEquals(0, offGrid, b.spec().instrument() + " rows off the 8 h grid");
    }

    @Test
    void dailyMeanAgreesWithTheEightHourlyRows() {
        SeriesBatch daily = batches.get("binance/BTCUSDT funding_rate_daily_mean");
        SeriesBatch eightHourly = batches.get("binance/BTCUSDT funding_rate");
        assertEquals(Metric.FUNDING_RATE_DAILY_MEAN, daily.spec().metric());
        // 2021-05-19 (a volatile day): its three settlements, and the daily row stamped at the day's end.
        long dayStart = Instant.parse("2021-05-19T00:00:00Z").toEpochMilli();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < eightHourly.size(); i++) {
            if (eightHourly.timestamp(i) >= dayStart && eightHourly.timestamp(i) < dayStart + 86_400_000L) {
                sum += eightHourly.value(i);
                n++;
            }
        }
        assertEquals(3, n);
        int idx = Arrays.binarySearch(timestamps(daily), dayStart + 86_400_000L);
        assertTrue(idx >= 0, "daily row stamped at the end of its day");
        assertEquals(sum / 3, daily.value(idx), 1e-15);
    }

    @Test
    void btcDailyPriceSince2015() {
        SeriesBatch p = batches.get("BTC-USD price_close");
        assertEquals(4062, p.size());
        assertEquals(Instant.parse("2015-01-02T00:00:00Z").toEpochMilli(), p.firstTimestamp());
        assertEquals(314.248992919922, p.value(0), 1e-9);
    }

    private static long[] timestamps(SeriesBatch b) {
        long[] t = new long[b.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = b.timestamp(i);
        }
        return t;
    }
}
