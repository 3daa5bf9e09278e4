package org.umbra.market.okx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

class OkxSourceTest {
    private static final long NOW = OkxCollectorTest.NOW;

    private static OkxSource source(OkxMockVenue venue, List<String> swaps) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
        VenueHttp http = new VenueHttp(OkxSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
        return new OkxSource(new OkxClient(http, OkxClient.Budgets.unlimited()), Duration.ofMinutes(1), swaps);
    }

    private static Feed feed(OkxSource source, String id) {
        return source.feeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void publicConstructorAndFeeds() {
        VenueHttp http = new VenueHttp(OkxSource.ID, HttpClients.create("t"), HttpUrl.get(OkxSource.DEFAULT_ENDPOINT), Clock.systemUTC());
        OkxSource source = new OkxSource(http, Duration.ofSeconds(60));
        assertEquals("okx", source.id());
        List<String> ids = source.feeds().stream().map(Feed::id).toList();
        assertEquals(List.of("BTC-USDT-SWAP/snapshot", "BTC-USDT-SWAP/funding", "BTC-USDT-SWAP/liquidations",
                "ETH-USDT-SWAP/snapshot", "ETH-USDT-SWAP/funding", "ETH-USDT-SWAP/liquidations",
                "BTC-USD-SWAP/snapshot", "BTC-USD-SWAP/funding", "BTC-USD-SWAP/liquidations",
                "BTC-CONTRACTS/oi-1h", "BTC-CONTRACTS/ls-accounts-1h", "ETH-CONTRACTS/oi-1h", "ETH-CONTRACTS/ls-accounts-1h"), ids);
    }

    @Test
    void fundingRunsAMinuteAfterTheAnnouncedSettlement() throws Exception {
        try (OkxMockVenue venue = new OkxMockVenue()) {
            OkxSource source = source(venue, List.of("BTC-USDT-SWAP"));
            Feed funding = feed(source, "BTC-USDT-SWAP/funding");
            // 01:52 UTC, nothing known yet: the 8 h grid (08:00) plus a minute.
            assertEquals(Instant.parse("2026-08-11T08:01:00Z").toEpochMilli(), funding.nextRunAfter(NOW));
            feed(source, "BTC-USDT-SWAP/snapshot").fetch(FeedCursor.START, NOW);
            assertEquals(1786435200000L + 60_000L, funding.nextRunAfter(NOW), "fundingTime of /funding-rate + 1 min");
            assertEquals(NOW + 60_000L, feed(source, "BTC-USDT-SWAP/snapshot").nextRunAfter(NOW));
            assertEquals(Instant.parse("2026-08-11T02:05:00Z").toEpochMilli(), feed(source, "BTC-CONTRACTS/oi-1h").nextRunAfter(NOW));
        }
    }

    @Test
    void contractSpecsAreCachedForADayThenRefreshed() throws Exception {
        try (OkxMockVenue venue = new OkxMockVenue()) {
            OkxSource source = source(venue, List.of("BTC-USDT-SWAP"));
            assertEquals("0.01", source.instrument("BTC-USDT-SWAP", NOW).ctVal().toPlainString());
            source.instrument("BTC-USDT-SWAP", NOW + 3_600_000L);
            assertEquals(1, venue.hits("/api/v5/public/instruments"));
            // OKX changes the contract size: picked up after the cache's day.
            String changed = OkxParsersTest.text("okx_instruments_swap_derived.json").replace("\"ctVal\": \"0.01\"", "\"ctVal\": \"0.001\"");
            venue.queue("/api/v5/public/instruments", OkxMockVenue.json(changed));
            assertEquals("0.001", source.instrument("BTC-USDT-SWAP", NOW + OkxSource.SPEC_TTL + 1).ctVal().toPlainString());
            assertEquals(2, venue.hits("/api/v5/public/instruments"));
            // ...and the OI check then refuses a snapshot whose oiCcy no longer matches oi × ctVal.
            var e = assertThrows(SourceException.class,
                    () -> feed(source, "BTC-USDT-SWAP/snapshot").fetch(FeedCursor.START, NOW + OkxSource.SPEC_TTL + 2));
            assertTrue(e.getMessage().contains("contract size changed?"), e.getMessage());
        }
    }

    @Test
    void anInstrumentMissingFromTheListIsAClearError() throws Exception {
        try (OkxMockVenue venue = new OkxMockVenue()) {
            OkxSource source = source(venue, List.of("BTC-USDT-SWAP"));
            venue.queue("/api/v5/public/instruments", OkxMockVenue.json("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
            venue.queue("/api/v5/public/instruments", OkxMockVenue.json("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
            var e = assertThrows(SourceException.class, () -> feed(source, "BTC-USDT-SWAP/liquidations").fetch(FeedCursor.START, NOW));
            assertEquals("okx: instrument BTC-USDT-SWAP not in the venue's SWAP instrument list (GET /api/v5/public/instruments)",
                    e.getMessage());
        }
    }

    @Test
    void inverseSwapOpenInterestAndLiquidationsUseUsdContracts() throws Exception {
        try (OkxMockVenue venue = new OkxMockVenue()) {
            OkxSource source = source(venue, List.of("BTC-USD-SWAP"));
            // Built in the documented liquidation layout: 7 BTC-USD-SWAP contracts of 100 USD, whatever the price.
            venue.queue("/api/v5/public/liquidation-orders", OkxMockVenue.json("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"details\":["
                    + "{\"bkLoss\":\"0\",\"bkPx\":\"64000\",\"ccy\":\"\",\"posSide\":\"net\",\"side\":\"buy\",\"sz\":\"7\",\"ts\":\"1786408771714\"}],"
                    + "\"instFamily\":\"BTC-USD\",\"instId\":\"BTC-USD-SWAP\",\"instType\":\"SWAP\",\"uly\":\"BTC-USD\"}]}"));
            FeedPage page = feed(source, "BTC-USD-SWAP/liquidations").fetch(FeedCursor.START, NOW);
            assertEquals("BTC-USD", venue.requests("/api/v5/public/liquidation-orders").get(0).queryParameter("uly"));
            var shorts = page.batches().stream().filter(b -> b.spec().metric() == org.umbra.market.Metric.LIQUIDATIONS_SHORT_USD)
                    .findFirst().orElseThrow();
            assertEquals(1786408771714L / 60_000 * 60_000 + 60_000, shorts.timestamp(0));
            assertEquals(700.0, shorts.value(0), 1e-9, "7 contracts × 100 USD, not × price");
        }
    }
}
