package org.umbra.market.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.Collector;
import org.umbra.collect.SourceStatus;
import org.umbra.market.Metric;
import org.umbra.market.http.Backoff;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.VenueHttp;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;

/** The scheduled poller, on the real clock: a rate-limited source waits as asked and recovers by itself. */
class BinancePollingTest {
    @TempDir
    Path dir;

    @Test
    void rateLimitedSourceIsShownAsSuchAndRecoversWithoutHelp() throws Exception {
        Clock clock = Clock.systemUTC();
        try (BinanceMockVenue venue = new BinanceMockVenue()) {
            venue.queueFault("/fapi/v1/premiumIndex", new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
            Database db = Database.open(dir.resolve("p.db"));
            try (DbWriter writer = new DbWriter(db); SeriesRepository series = new SeriesRepository(db, writer)) {
                VenueHttp http = new VenueHttp(BinanceFuturesSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()), clock);
                var client = new BinanceFuturesClient(http, RateLimiter.unlimited("w"), RateLimiter.unlimited("f"), RateLimiter.unlimited("d"));
                var source = new BinanceFuturesSource(client, Duration.ofMillis(200), List.of("BTCUSDT"));
                Backoff fast = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), RandomGenerator.getDefault());
                List<SourceStatus> seen = new CopyOnWriteArrayList<>();
                try (Collector collector = new Collector(List.of(source), series, new FeedStateRepository(db, writer), clock, fast)) {
                    collector.addStatusListener(seen::add);
                    collector.start();
                    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (System.nanoTime() < deadline && (series.findId("binance-futures", "BTCUSDT", Metric.MARK_PRICE).isEmpty()
                            || collector.statuses().get(0).state() != SourceStatus.State.OK)) {
                        Thread.sleep(50);
                    }
                    SourceStatus limited = seen.stream().filter(s -> s.state() == SourceStatus.State.RATE_LIMITED).findFirst()
                            .orElseThrow(() -> new AssertionError("never shown as rate limited: " + seen));
                    assertTrue(limited.reason().startsWith("HTTP 429, retry after 1 s"), limited.reason());
                    assertEquals(SourceStatus.State.OK, collector.statuses().get(0).state(), "recovered: " + collector.statuses());
                    assertTrue(collector.statuses().get(0).nextPollMs() > 0, "the next poll is known");
                    assertTrue(venue.hits("/fapi/v1/premiumIndex") >= 2, "retried");
                }
            }
        }
    }
}
