package org.umbra.market.bybit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.VenueHttp;

class BybitSourceTest {
    private static Feed feed(BybitSource source, String id) {
        return source.feeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void publicConstructorBuildsEveryFeed() {
        VenueHttp http = new VenueHttp(BybitSource.ID, HttpClients.create("t"), HttpUrl.get(BybitSource.DEFAULT_ENDPOINT), Clock.systemUTC());
        BybitSource source = new BybitSource(http, Duration.ofMinutes(1));
        List<String> ids = source.feeds().stream().map(Feed::id).toList();
        assertTrue(ids.containsAll(List.of("BTCUSDT/snapshot", "BTCUSDT/funding", "BTCUSDT/oi-1h", "BTCUSDT/oi-5min",
                "BTCUSDT/ratio-1h", "BTCUSDT/ratio-5min", "BTCUSDT/premium-60", "BTCUSDT/premium-1", "ETHUSDT/snapshot",
                "BTCUSD/snapshot", "BTCUSD/oi-1h", "BTCUSD/funding")), ids::toString);
        assertFalse(ids.contains("BTCUSD/premium-60"), "premium-index klines exist for linear contracts only");
        assertEquals("bybit", source.id());
    }

    @Test
    void fundingIsFetchedAMinuteAfterTheSettlementTheTickerAnnounced() throws Exception {
        // The recorded inverse ticker was taken at 1760352369814 and announces the next settlement at 1760371200000.
        long now = 1_760_352_369_814L;
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (BybitMockVenue venue = new BybitMockVenue(now)) {
            VenueHttp http = new VenueHttp(BybitSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
            BybitSource source = new BybitSource(new BybitClient(http), Duration.ofMinutes(1),
                    List.of(BybitSource.INSTRUMENTS.get(2)));
            Feed snapshot = feed(source, "BTCUSD/snapshot");
            Feed funding = feed(source, "BTCUSD/funding");
            assertEquals(Instant.parse("2025-10-13T16:01:00Z").toEpochMilli(), funding.nextRunAfter(now), "8 h grid before any ticker");
            FeedPage page = snapshot.fetch(FeedCursor.START, now);
            assertFalse(page.more());
            assertEquals(1_760_371_200_000L + 60_000L, funding.nextRunAfter(now));
            assertEquals(now + 60_000L, snapshot.nextRunAfter(now));
        }
    }
}
