package org.umbra.dev;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for api.exchange.coinbase.com ({@code coinbase}): {@code GET /products/{id}/candles} as
 * {@code [time s, low, high, open, close, volume]} rows, newest first, at most 300 per request (a larger
 * range is refused), with SIMULATED prices ({@link SimulatedMarket}) from the first trades (BTC-USD
 * 2015-07-20, ETH-USD and ETH-BTC 2016-05-18); an empty {@code []} before listing. Limit: about 10
 * requests a second per IP for public endpoints; over it, HTTP 429 {@code {"message":"Public rate limit exceeded"}}
 * (Coinbase documents no Retry-After).
 */
public final class SimulatedCoinbaseVenue implements SimulatedVenue {
    private static final long BTC_FIRST = Instant.parse("2015-07-20T00:00:00Z").toEpochMilli();
    private static final long ETH_FIRST = Instant.parse("2016-05-18T00:00:00Z").toEpochMilli();

    private final long since;

    public SimulatedCoinbaseVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "coinbase";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(VenueLimit.allRequests("public requests", 10, Duration.ofSeconds(1), VenueLimit.Window.ROLLING));
    }

    @Override
    public MockResponse badRequest(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("message", message);
        return SimulatedMarket.json(o.toString()).setResponseCode(400);
    }

    @Override
    public MockResponse rejection(VenueLimit limit, long retryAfterMs) {
        return badRequest("Public rate limit exceeded").setResponseCode(429);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        List<String> segments = url.pathSegments();
        if (segments.size() != 3 || !segments.get(0).equals("products") || !segments.get(2).equals("candles")) {
            throw new IllegalArgumentException("NotFound");
        }
        String product = segments.get(1);
        LongToDoubleFunction price = switch (product) {
            case "BTC-USD" -> t -> SimulatedMarket.price(true, t);
            case "ETH-USD" -> t -> SimulatedMarket.price(false, t);
            case "ETH-BTC" -> t -> SimulatedMarket.price(false, t) / SimulatedMarket.price(true, t);
            default -> throw new IllegalArgumentException("NotFound");
        };
        long step = Long.parseLong(SimulatedMarket.require(url, "granularity")) * 1000;
        long start = Instant.parse(SimulatedMarket.require(url, "start")).toEpochMilli();
        long end = Instant.parse(SimulatedMarket.require(url, "end")).toEpochMilli();
        if ((end - start) / step + 1 > 300) {
            throw new IllegalArgumentException("granularity too small for the requested time range. Count of aggregations requested exceeds 300");
        }
        long first = Math.max(since, product.startsWith("BTC") ? BTC_FIRST : ETH_FIRST);
        JsonArray rows = new JsonArray();
        // Newest first; only buckets that have begun.
        for (long t = Math.floorDiv(Math.min(end, now), step) * step; t >= Math.max(start, first); t -= step) {
            double open = price.applyAsDouble(t);
            double close = price.applyAsDouble(Math.min(t + step - 1, now));
            JsonArray row = new JsonArray();
            row.add(t / 1000);
            row.add(Math.min(open, close));
            row.add(Math.max(open, close));
            row.add(open);
            row.add(close);
            row.add(12.5);
            rows.add(row);
        }
        return SimulatedMarket.json(rows.toString());
    }
}
