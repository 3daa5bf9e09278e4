package org.umbra.ui.exits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.Venue;
import org.umbra.testing.StoreWriter;
import org.umbra.testing.TestStore;

/** Market stress read from a small database written through SeriesRepository, against hand-computed figures. */
class StoredVenueStressTest {
    private static final long END = Instant.parse("2026-11-20T08:00:00Z").toEpochMilli();
    private static final long H = StoreWriter.HOUR;

    @TempDir
    Path dir;
    private TestStore store;
    private StoredVenueStress stress;

    @BeforeEach
    void fill() throws Exception {
        store = new TestStore(dir);
        StoreWriter w = new StoreWriter(store.series());
        long origin = END - 48 * H;
        // Binance: 80,000 BTC of OI until 24 h before the end, 88,000 after: +10 % over the last 24 h.
        w.constant("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, origin, 0, 24, 1, 80_000);
        w.constant("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, origin, 25, 48, 1, 88_000);
        // Funding 0.01 % per 8 h, then 0.02 % at the last settlement: 0.0002 × 3 × 365 = 21.9 %/yr.
        w.funding("binance-futures", "BTCUSDT", Asset.BTC, origin, 0, 40, 8, 0.0001);
        w.funding("binance-futures", "BTCUSDT", Asset.BTC, origin, 48, 48, 8, 0.0002);
        // Bybit publishes both sides (halved to one side; the change is the same): 100,000 → 90,000 is −10 %. No funding stored.
        w.constant("bybit", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, origin, 0, 24, 1, 100_000);
        w.constant("bybit", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_COIN, origin, 25, 48, 1, 90_000);
        // The clock stands 2 h after the newest point: the change is over the 24 h up to that point.
        Clock clock = Clock.fixed(Instant.ofEpochMilli(END + 2 * H), ZoneOffset.UTC);
        stress = new StoredVenueStress(new MarketFigures(new MarketDataReader(store.series())), clock);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void openInterestChangeAndFundingOfAVenueWithBoth() {
        VenueStress.Stress binance = stress.stressOf("binance").orElseThrow(); // Matched whatever its case.
        assertEquals(Venue.BINANCE, binance.venue());
        assertEquals(10.0, binance.oiChange24hPercent(), 1e-9);
        assertEquals(END, binance.oiAsOfMs());
        assertEquals(21.9, binance.fundingAnnualised(), 1e-9);
        assertEquals(END, binance.fundingAtMs());
    }

    @Test
    void aVenueWithOpenInterestOnly() {
        VenueStress.Stress bybit = stress.stressOf(" Bybit ").orElseThrow();
        assertEquals(-10.0, bybit.oiChange24hPercent(), 1e-9);
        assertTrue(Double.isNaN(bybit.fundingAnnualised()));
        assertEquals(-1, bybit.fundingAtMs());
    }

    @Test
    void nothingForAMarketVenueWithoutDataOrANameThatIsNoMarketVenue() {
        assertTrue(stress.stressOf("OKX").isEmpty(), "no data stored");
        assertTrue(stress.stressOf("Kraken").isEmpty(), "no market venue");
        assertTrue(stress.stressOf("CME").isEmpty(), "dated futures, not a perpetual venue");
    }
}
