package org.umbra.market.binancespot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

/** Known answers on the recorded ccxt response: where each close is stamped, and that the open bar is dropped. */
class BinanceSpotSourceTest {
    @Test
    void recordedBarsAreStampedAtTheirEndAndTheOpenBarIsDropped() throws Exception {
        // 18:40 UTC on 2024-01-30: the third recorded bar (18:00-19:00) is still open.
        long now = Instant.parse("2024-01-30T18:40:00Z").toEpochMilli();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (BinanceSpotMockVenue venue = new BinanceSpotMockVenue(0, 0)) {
            venue.failRequest(1, BinanceSpotMockVenue.json(Fixtures.read(BinanceSpotSourceTest.class, "klines_BTCUSDT_1h_ccxt.json")));
            VenueHttp http = new VenueHttp(BinanceSpotSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
            var source = new BinanceSpotSource(new BinanceSpotClient(http, RateLimiter.unlimited("w")), List.of("BTCUSDT"));
            Feed hourly = source.feeds().stream().filter(f -> f.id().equals("BTCUSDT/close-1h")).findFirst().orElseThrow();

            FeedPage page = hourly.fetch(FeedCursor.START, now);
            SeriesBatch b = page.batches().get(0);
            assertEquals(Metric.PRICE_CLOSE, b.spec().metric());
            assertEquals(Unit.USD, b.spec().unit());
            assertEquals(2, b.size());
            // 16:00-17:00 closes at 43488.71, stamped 17:00:00.000 = closeTime 16:59:59.999 + 1 ms.
            assertEquals(Instant.parse("2024-01-30T17:00:00Z").toEpochMilli(), b.timestamp(0));
            assertEquals(1706633999999L + 1, b.timestamp(0));
            assertEquals(43488.71, b.value(0), 0.0);
            assertEquals(1706637600000L, b.timestamp(1));
            assertEquals(43374.80, b.value(1), 0.0);
            assertEquals(1706637600000L, page.next().position(), "cursor = end of the newest closed bar");
            assertFalse(page.more());

            var request = venue.takeRequest();
            assertEquals("BTCUSDT", request.getRequestUrl().queryParameter("symbol"));
            assertEquals("1h", request.getRequestUrl().queryParameter("interval"));
            assertEquals("0", request.getRequestUrl().queryParameter("startTime"));
            assertEquals("1000", request.getRequestUrl().queryParameter("limit"));
        }
    }

    @Test
    void publicConstructorServesThreeSymbolsWithTwoFeedsEach() {
        VenueHttp http = new VenueHttp(BinanceSpotSource.ID, HttpClients.create("t"), HttpUrl.get(BinanceSpotSource.DEFAULT_ENDPOINT),
                Clock.systemUTC());
        var source = new BinanceSpotSource(http, Duration.ofMinutes(1));
        assertEquals("binance-spot", source.id());
        assertArrayEquals(new String[] {"BTCUSDT/close-1h", "BTCUSDT/close-1m", "ETHUSDT/close-1h", "ETHUSDT/close-1m",
                "ETHBTC/close-1h", "ETHBTC/close-1m"}, source.feeds().stream().map(Feed::id).toArray());
        assertEquals(Unit.BTC, BinanceSpotSource.spec("ETHBTC").unit());
    }

    @Test
    void budgetIsHalfThePublishedWeight() {
        assertEquals(6000 / 2, BinanceSpotClient.IP_WEIGHT_BUDGET);
        assertEquals(2, BinanceSpotClient.KLINE_WEIGHT);
    }
}
