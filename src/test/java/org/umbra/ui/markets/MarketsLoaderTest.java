package org.umbra.ui.markets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.Venue;
import org.umbra.testing.StoreWriter;
import org.umbra.testing.TestStore;
import org.umbra.ui.chartview.Frame;

/**
 * Open interest by venue and OI-weighted funding on constructed data, hourly grid (buckets = hours):
 * Binance 100 USD from hour 0, Bybit 60 USD published (two-sided: 30) from hour 2, OKX 50 USD at hour
 * 0 only (carried 2 h, then dropped).
 */
class MarketsLoaderTest {
    private static final long H = StoreWriter.HOUR;
    private static final long T0 = 1_700_000_000_000L / H * H;

    @TempDir
    Path dir;
    private TestStore store;
    private MarketsLoader loader;

    @BeforeEach
    void fill() throws Exception {
        store = new TestStore(dir);
        StoreWriter w = new StoreWriter(store.series());
        w.constant("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_USD, T0, 0, 4, 1, 100);
        w.constant("bybit", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_USD, T0, 2, 4, 1, 60);
        w.constant("okx", "BTC-USDT-SWAP", Asset.BTC, Metric.OPEN_INTEREST_USD, T0, 0, 0, 1, 50);
        w.funding("binance-futures", "BTCUSDT", Asset.BTC, T0, 0, 0, 8, 0.0001);
        w.funding("bybit", "BTCUSDT", Asset.BTC, T0, 0, 0, 8, 0.0002);
        loader = new MarketsLoader(new MarketFigures(new MarketDataReader(store.series())));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void openInterestStacksVenuesAndDropsAVenueOnceItsCarryRunsOut() {
        Frame f = loader.load(T0, T0 + 4 * H, 4);
        // Hours 0..4. Binance 100 throughout; Bybit 30 from hour 2; OKX 50 at 0, carried to 2, gone at 3.
        assertArrayEquals(new double[] {100, 100, 100, 100, 100}, f.lines().get(MarketsLayout.oiKey(Venue.BINANCE)).y());
        assertArrayEquals(new double[] {100, 100, 130, 130, 130}, f.lines().get(MarketsLayout.oiKey(Venue.BYBIT)).y());
        assertArrayEquals(new double[] {150, 150, 180, 130, 130}, f.lines().get(MarketsLayout.oiKey(Venue.OKX)).y());
        assertArrayEquals(new double[] {150, 150, 180, 130, 130}, f.lines().get(MarketsLayout.OI_TOTAL).y());
        LineData okx = f.readouts().get(MarketsLayout.oiKey(Venue.OKX));
        assertEquals(50, okx.y()[2], "the readout shows the venue's own value");
        assertTrue(Double.isNaN(okx.y()[3]), "dropped, not zero");
    }

    @Test
    void fundingIsWeightedByEachContractsOneSidedOpenInterest() {
        Frame f = loader.load(T0, T0 + 4 * H, 4);
        double[] y = f.lines().get(MarketsLayout.FUNDING_OI_WEIGHTED).y();
        // Hour 0: only Binance has OI: 0.0001 per 8 h = 10.95 %/yr.
        assertEquals(10.95, y[0], 1e-9);
        // Hour 2: (100 x 0.0001 + 30 x 0.0002) / 130 = 0.000123077 per 8 h; x 3 x 365 x 100 = 13.4769 %/yr.
        assertEquals((100 * 0.0001 + 30 * 0.0002) / 130 * 3 * 365 * 100, y[2], 1e-9);
        // Carry over the default 4.5 %/yr benchmark: 10.95 - 4.5 = 6.45 at hour 0.
        assertEquals(6.45, f.lines().get(MarketsLayout.CARRY).y()[0], 1e-9);
        loader.setAnalysis(12, 2 * H);
        assertEquals(-1.05, loader.load(T0, T0 + 4 * H, 4).lines().get(MarketsLayout.CARRY).y()[0], 1e-9, "below a 12 % benchmark it costs");
    }

    @Test
    void coinShowsTheSameVenuesInCoin() {
        new StoreWriter(store.series()).constant("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, T0, 0, 4, 1, 2);
        loader.setUsd(false);
        Frame f = loader.load(T0, T0 + 4 * H, 4);
        assertArrayEquals(new double[] {2, 2, 2, 2, 2}, f.lines().get(MarketsLayout.OI_TOTAL).y());
        assertEquals("BTC", loader.oiUnitLabel());
    }
}
