package org.umbra.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.analytics.FundingPart;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.testing.TestStore;

class MarketDataReaderTest {
    private static final long H = 3_600_000L;
    private static final long ALL_FROM = 0;
    private static final long ALL_TO = Long.MAX_VALUE;

    @TempDir
    Path dir;
    private TestStore store;
    private MarketDataReader reader;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(dir);
        reader = new MarketDataReader(store.series());
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void thePreferredSourceWinsWhereItHasDataAndTheOthersFillTheRest() {
        // Archive holds hours 0..5, the live API hours 3..8: live wins 3..8, the archive fills 0..2.
        put(SeriesSpec.of("binance-archive", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, 300_000), 0, 5, 100);
        put(SeriesSpec.of("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, 60_000), 3, 8, 200);
        MarketCatalog c = reader.catalog();
        PerpLine line = new PerpLine(Venue.BINANCE, "BTCUSDT", Asset.BTC);
        assertEquals(List.of(line), c.lines(Asset.BTC));
        TimeSeries oi = reader.read(c, line, Metric.OPEN_INTEREST_COIN, ALL_FROM, ALL_TO);
        assertArrayEquals(new long[] {0, H, 2 * H, 3 * H, 4 * H, 5 * H, 6 * H, 7 * H, 8 * H}, oi.timestamps());
        assertArrayEquals(new double[] {100, 101, 102, 203, 204, 205, 206, 207, 208}, oi.values());
    }

    @Test
    void aFallbackThatSurroundsThePreferredSourceIsMergedInTimeOrder() {
        put(SeriesSpec.of("coinbase", "BTC-USD", Asset.BTC, Metric.PRICE_CLOSE, H), 0, 6, 100);
        put(SeriesSpec.of("binance-spot", "BTCUSDT", Asset.BTC, Metric.PRICE_CLOSE, H), 2, 3, 200);
        TimeSeries spot = reader.spot(reader.catalog(), Asset.BTC, false, ALL_FROM, ALL_TO, MarketDataReader.RAW);
        assertArrayEquals(new double[] {100, 101, 202, 203, 104, 105, 106}, spot.values());
    }

    @Test
    void bybitOpenInterestIsHalvedToOneSide() {
        put(SeriesSpec.of("bybit", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, 60_000), 0, 1, 100);
        MarketCatalog c = reader.catalog();
        TimeSeries oi = reader.read(c, new PerpLine(Venue.BYBIT, "BTCUSDT", Asset.BTC), Metric.OPEN_INTEREST_COIN, ALL_FROM, ALL_TO);
        assertArrayEquals(new double[] {50, 50.5}, oi.values());
    }

    @Test
    void okxAllContractsStatisticsNeverJoinTheSwapOpenInterest() {
        put(SeriesSpec.of("okx", "BTC-USDT-SWAP", Asset.BTC, Metric.OPEN_INTEREST_USD, 60_000), 0, 1, 10);
        put(SeriesSpec.of("okx", "BTC-CONTRACTS", Asset.BTC, Metric.OPEN_INTEREST_USD, H), 0, 1, 99);
        put(SeriesSpec.of("okx", "BTC-CONTRACTS", Asset.BTC, Metric.LONG_SHORT_ACCOUNTS, H), 0, 1, 1);
        MarketCatalog c = reader.catalog();
        Map<PerpLine, TimeSeries> oi = reader.readAll(c, Asset.BTC, Metric.OPEN_INTEREST_USD, ALL_FROM, ALL_TO, MarketDataReader.RAW);
        assertEquals(List.of("okx:BTC-USDT-SWAP"), oi.keySet().stream().map(PerpLine::key).toList());
        assertEquals(List.of("okx:BTC-CONTRACTS"),
                reader.readAll(c, Asset.BTC, Metric.LONG_SHORT_ACCOUNTS, ALL_FROM, ALL_TO, MarketDataReader.RAW).keySet().stream().map(PerpLine::key).toList());
    }

    @Test
    void fundingComesInPartsEachWithItsOwnInterval() {
        // Bundled 8 h history for hours 0..16, live 8 h from 24 to 40, then live 4 h from 44 to 52.
        putEvery(new SeriesSpec("bundled", "binance/BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600), 0, 16, 8);
        putEvery(new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600), 24, 40, 8);
        putEvery(new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 4 * 3600), 44, 52, 4);
        MarketCatalog c = reader.catalog();
        List<FundingPart> parts = reader.funding(c, new PerpLine(Venue.BINANCE, "BTCUSDT", Asset.BTC), ALL_FROM, ALL_TO);
        assertEquals(3, parts.size());
        List<String> seen = new ArrayList<>();
        for (FundingPart p : parts) {
            seen.add(p.intervalSeconds() / 3600 + "h " + p.rates().firstTs() / H + ".." + p.rates().lastTs() / H);
        }
        assertEquals(List.of("8h 24..40", "4h 44..52", "8h 0..16"), seen, "live parts first, then the bundled history");
    }

    @Test
    void bundledHistoryShadowedByLiveDataIsNotReadTwice() {
        putEvery(new SeriesSpec("bundled", "binance/BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600), 0, 48, 8);
        putEvery(new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600), 24, 48, 8);
        List<FundingPart> parts = reader.funding(reader.catalog(), new PerpLine(Venue.BINANCE, "BTCUSDT", Asset.BTC), ALL_FROM, ALL_TO);
        assertEquals(2, parts.size());
        assertArrayEquals(new long[] {0, 8 * H, 16 * H}, parts.get(1).rates().timestamps(), "bundled only before the live data");
    }

    @Test
    void dailyMeansFillOnlyWhereNoSettledRateIsStored() {
        // Bundled 8 h rates for days 0..2, daily means (stamped at each day's end) for days 1..5.
        putEvery(new SeriesSpec("bundled", "binance/BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600), 0, 64, 8);
        putEvery(new SeriesSpec("bundled", "binance/BTCUSDT", Asset.BTC, Metric.FUNDING_RATE_DAILY_MEAN, Unit.FRACTION, 8 * 3600), 24, 120, 24);
        List<FundingPart> parts = reader.funding(reader.catalog(), new PerpLine(Venue.BINANCE, "BTCUSDT", Asset.BTC), ALL_FROM, ALL_TO);
        assertEquals(2, parts.size());
        assertArrayEquals(new long[] {72 * H, 96 * H, 120 * H}, parts.get(1).rates().timestamps(), "means only after the 8 h rates end");
    }

    @Test
    void ethInBitcoinIsItsOwnSpotFigure() {
        put(new SeriesSpec("binance-spot", "ETHBTC", Asset.ETH, Metric.PRICE_CLOSE, Unit.BTC, 3600), 0, 0, 0.03);
        put(SeriesSpec.of("binance-spot", "ETHUSDT", Asset.ETH, Metric.PRICE_CLOSE, H), 0, 0, 3000);
        MarketCatalog c = reader.catalog();
        assertEquals(0.03, reader.spot(c, Asset.ETH, true, ALL_FROM, ALL_TO, MarketDataReader.RAW).values()[0]);
        assertEquals(3000, reader.spot(c, Asset.ETH, false, ALL_FROM, ALL_TO, MarketDataReader.RAW).values()[0]);
        assertTrue(reader.spot(c, Asset.BTC, false, ALL_FROM, ALL_TO, MarketDataReader.RAW).isEmpty());
        assertFalse(c.lines(Asset.ETH).iterator().hasNext(), "spot series are not contract lines");
    }

    /** Hourly points from hour {@code a} to {@code b}, value base + hour. */
    private void put(SeriesSpec spec, int a, int b, double base) {
        SeriesBatch.Builder batch = SeriesBatch.builder(spec);
        for (int h = a; h <= b; h++) {
            batch.add(h * H, base + h);
        }
        store.series().write(List.of(batch.build()), null).join();
    }

    private void putEvery(SeriesSpec spec, int a, int b, int stepHours) {
        SeriesBatch.Builder batch = SeriesBatch.builder(spec);
        for (int h = a; h <= b; h += stepHours) {
            batch.add(h * H, 0.0001);
        }
        store.series().write(List.of(batch.build()), null).join();
    }
}
