package org.umbra.market.coinbase;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer standing in for api.exchange.coinbase.com {@code /products/{id}/candles}: serves synthetic
 * buckets in the documented layout {@code [time(s, bucket start), low, high, open, close, volume]}, newest
 * first, for bucket starts in [start, end] plus one bucket before start (the docs say some may precede it),
 * from the product's listing to the bucket still open at {@code now}; no bucket inside {@code hole}
 * (no ticks, no candle). Refuses more than 300 buckets with a 400 like the venue.
 */
final class CoinbaseMockVenue implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<Integer, MockResponse> faults = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    CoinbaseMockVenue(Map<String, Long> listing, long holeFrom, long holeTo, long now) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                var url = request.getRequestUrl();
                String[] parts = url.encodedPath().split("/");
                if (parts.length != 4 || !"products".equals(parts[1]) || !"candles".equals(parts[3]) || !listing.containsKey(parts[2])) {
                    return new MockResponse().setResponseCode(404).setBody("{\"message\":\"NotFound\"}");
                }
                MockResponse fault = faults.remove(requests.incrementAndGet());
                if (fault != null) {
                    return fault;
                }
                String product = parts[2];
                long step = Long.parseLong(url.queryParameter("granularity")) * 1000L;
                long start = Instant.parse(url.queryParameter("start")).toEpochMilli();
                long end = Instant.parse(url.queryParameter("end")).toEpochMilli();
                if ((end - start) / step + 1 > 300) {
                    return new MockResponse().setResponseCode(400)
                            .setBody("{\"message\":\"granularity too small for the requested time range. Count of aggregations requested exceeds 300\"}");
                }
                StringBuilder body = new StringBuilder("[");
                boolean first = true;
                for (long s = Math.min(end, now - Math.floorMod(now, step)); s >= start - step; s -= step) {
                    if (s < listing.get(product) || (s >= holeFrom && s < holeTo)) {
                        continue;
                    }
                    if (!first) {
                        body.append(',');
                    }
                    first = false;
                    double p = price(product, s + step).doubleValue();
                    body.append('[').append(s / 1000).append(',').append(p).append(',').append(p).append(',').append(p)
                            .append(',').append(p).append(",1.5]");
                }
                return json(body.append(']').toString());
            }
        });
        server.start();
    }

    /** The close of the bucket ending at {@code end}: one value per minute, so hourly and minute buckets agree. */
    static BigDecimal price(String product, long end) {
        long minute = (end / 60_000L) % 1000;
        return "ETH-BTC".equals(product)
                ? new BigDecimal("0.02").add(BigDecimal.valueOf(minute, 6))
                : new BigDecimal("600").add(BigDecimal.valueOf(minute, 2));
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    void failRequest(int n, MockResponse response) {
        faults.put(n, response);
    }

    int requests() {
        return requests.get();
    }

    RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
