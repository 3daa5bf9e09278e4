package org.umbra.market.coinbase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.Unit;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.VenueHttp;
import org.umbra.testing.Fixtures;

/** Known answers on the derived bodies: start-of-bucket seconds become end-of-bucket milliseconds, ascending. */
class CoinbaseSourceTest {
    private static Feed feed(CoinbaseMockVenue venue, Clock clock, String product, String id) {
        VenueHttp http = new VenueHttp(CoinbaseSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
        var source = new CoinbaseSource(new CoinbaseClient(http, RateLimiter.unlimited("r")), List.of(product));
        return source.feeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hourlyBucketsAreStampedAtTheirEndInMillisAscendingAndTheOpenOneIsDropped() throws Exception {
        // 18:40 UTC: the 18:00 bucket is open; the venue still sends it (newest first) and it must not be stored.
        long now = Instant.parse("2024-01-30T18:40:00Z").toEpochMilli();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (CoinbaseMockVenue venue = new CoinbaseMockVenue(Map.of("BTC-USD", 0L), 0, 0, now)) {
            venue.failRequest(1, CoinbaseMockVenue.json(Fixtures.read(CoinbaseSourceTest.class, "candles_BTC-USD_3600_derived.json")));
            // The cursor: the end of the 15:00 bucket, i.e. the start of the 16:00 one.
            FeedPage page = feed(venue, clock, "BTC-USD", "BTC-USD/close-1h").fetch(new FeedCursor(1706630400000L), now);

            SeriesBatch b = page.batches().get(0);
            assertEquals(Metric.PRICE_CLOSE, b.spec().metric());
            assertEquals(Unit.USD, b.spec().unit());
            assertEquals(2, b.size());
            // Bucket 16:00 (time 1706630400 s) closes at 43480.0 and is stamped 17:00:00.000 in ms.
            assertEquals(1706634000000L, b.timestamp(0));
            assertEquals(43480.0, b.value(0), 0.0);
            assertEquals(1706637600000L, b.timestamp(1));
            assertEquals(43380.12, b.value(1), 0.0);
            assertEquals(1706637600000L, page.next().position());
            assertFalse(page.more());

            var url = venue.takeRequest().getRequestUrl();
            assertEquals("/products/BTC-USD/candles", url.encodedPath());
            assertEquals("3600", url.queryParameter("granularity"));
            assertEquals("2024-01-30T16:00:00Z", url.queryParameter("start"));
            assertEquals("2024-01-30T17:00:00Z", url.queryParameter("end"), "only buckets that have ended are asked for");
        }
    }

    @Test
    void ethBtcMinuteClosesAreInBitcoin() throws Exception {
        long now = Instant.parse("2024-01-30T18:03:30Z").toEpochMilli();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (CoinbaseMockVenue venue = new CoinbaseMockVenue(Map.of("ETH-BTC", 0L), 0, 0, now)) {
            venue.failRequest(1, CoinbaseMockVenue.json(Fixtures.read(CoinbaseSourceTest.class, "candles_ETH-BTC_60_derived.json")));
            FeedPage page = feed(venue, clock, "ETH-BTC", "ETH-BTC/close-1m").fetch(new FeedCursor(1706637600000L), now);
            SeriesBatch b = page.batches().get(0);
            assertEquals(Unit.BTC, b.spec().unit());
            assertArrayEquals(new long[] {1706637660000L, 1706637720000L, 1706637780000L},
                    new long[] {b.timestamp(0), b.timestamp(1), b.timestamp(2)});
            assertEquals(0.05409, b.value(0), 0.0);
            assertEquals(0.05411, b.value(2), 0.0);
            var url = venue.takeRequest().getRequestUrl();
            assertEquals("60", url.queryParameter("granularity"));
            assertEquals("2024-01-30T18:02:00Z", url.queryParameter("end"));
        }
    }

    @Test
    void publicConstructorServesThreeProductsAndBudgetIsHalfOfTenPerSecond() {
        VenueHttp http = new VenueHttp(CoinbaseSource.ID, HttpClients.create("t"), HttpUrl.get(CoinbaseSource.DEFAULT_ENDPOINT), Clock.systemUTC());
        var source = new CoinbaseSource(http, Duration.ofMinutes(1));
        assertEquals("coinbase", source.id());
        assertArrayEquals(new String[] {"BTC-USD/close-1h", "BTC-USD/close-1m", "ETH-USD/close-1h", "ETH-USD/close-1m",
                "ETH-BTC/close-1h", "ETH-BTC/close-1m"}, source.feeds().stream().map(Feed::id).toArray());
        assertEquals(5, CoinbaseClient.REQUESTS_PER_SECOND);
        assertEquals(300, CoinbaseClient.MAX_CANDLES);
    }
    @Test
    void aPastWindowWithRowsResumesAfterItsNewestRowNotAtTheWindowEnd() throws Exception {
        // A past window [2024-01-01 00:00, +299 h] that returns only its first two buckets: the rest is asked
        // for again from 02:00, so no bucket is lost even if the venue treated `end` as exclusive.
        long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long now = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (CoinbaseMockVenue venue = new CoinbaseMockVenue(Map.of("BTC-USD", 0L), 0, 0, now)) {
            venue.failRequest(1, CoinbaseMockVenue.json("[[1704070800, 1, 1, 1, 42100.5, 1], [1704067200, 1, 1, 1, 42000.0, 1]]"));
            FeedPage page = feed(venue, clock, "BTC-USD", "BTC-USD/close-1h").fetch(new FeedCursor(start), now);
            assertEquals(start + 2 * 3_600_000L, page.next().position());
            assertEquals(true, page.more());
            assertEquals("2024-01-13T11:00:00Z", venue.takeRequest().getRequestUrl().queryParameter("end"), "299 hours after start");
        }
    }
}
