package org.umbra.market.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.VenueHttp;

class BinanceFuturesSourceTest {
    @Test
    void fundingIsFetchedAMinuteAfterTheSettlementTheVenueAnnounced() throws Exception {
        // The recorded premiumIndex was taken at 1597370495002 and announces the next settlement at 1597392000000.
        long now = 1_597_370_495_002L;
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        try (BinanceMockVenue venue = new BinanceMockVenue()) {
            VenueHttp http = new VenueHttp(BinanceFuturesSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
            var client = new BinanceFuturesClient(http, RateLimiter.unlimited("w"), RateLimiter.unlimited("f"), RateLimiter.unlimited("d"));
            var source = new BinanceFuturesSource(client, Duration.ofMinutes(1), List.of("BTCUSDT"));
            Feed snapshot = source.feeds().stream().filter(f -> f.id().equals("BTCUSDT/snapshot")).findFirst().orElseThrow();
            Feed funding = source.feeds().stream().filter(f -> f.id().equals("BTCUSDT/funding")).findFirst().orElseThrow();

            // Before any snapshot: the next 00/08/16 UTC grid time plus a minute.
            assertEquals(Instant.parse("2020-08-14T08:01:00Z").toEpochMilli(), funding.nextRunAfter(now));
            snapshot.fetch(FeedCursor.START, now);
            assertEquals(1_597_392_000_000L + 60_000L, funding.nextRunAfter(now));

            // A symbol on a 4 h schedule announces 04:00 UTC, off the 8 h grid: the announcement wins.
            String recorded = org.umbra.testing.Fixtures.read(BinanceFuturesSourceTest.class, "premiumIndex_doc.json");
            venue.queueFault("/fapi/v1/premiumIndex", BinanceMockVenue.json(recorded.replace("1597392000000", "1597377600000")));
            snapshot.fetch(FeedCursor.START, now);
            assertEquals(Instant.parse("2020-08-14T04:01:00Z").toEpochMilli(), funding.nextRunAfter(now));
            assertEquals(now + 60_000L, snapshot.nextRunAfter(now));
        }
    }
}
