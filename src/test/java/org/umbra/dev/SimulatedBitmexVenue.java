package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.HOUR;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for www.bitmex.com ({@code bitmex}): {@code /api/v1/instrument} replays the derived instrument
 * rows (src/test/resources/org/umbra/market/bitmex) stamped now; {@code /api/v1/funding} serves SIMULATED 8-hourly rates
 * ({@link SimulatedMarket}) from the real first settlements (XBTUSD listed 2016-05-13 12:00, first funding
 * 2016-05-14 04:00; ETHUSD listed 2018-08-02 12:00), at 04/12/20 UTC, {@code count} ≤ 1000, by {@code startTime}.
 * Limit: 30 requests a minute without an API key; over it, HTTP 429 with Retry-After and BitMEX's nested error.
 */
public final class SimulatedBitmexVenue implements SimulatedVenue {
    private static final long XBT_FIRST = Instant.parse("2016-05-14T04:00:00Z").toEpochMilli();
    private static final long ETH_FIRST = Instant.parse("2018-08-02T20:00:00Z").toEpochMilli();

    private final long since;

    public SimulatedBitmexVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "bitmex";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(VenueLimit.allRequests("requests (no key)", 30, Duration.ofMinutes(1), VenueLimit.Window.ROLLING));
    }

    @Override
    public MockResponse badRequest(String message) {
        JsonObject inner = new JsonObject();
        inner.addProperty("message", message);
        inner.addProperty("name", message.startsWith("rate limit") ? "RateLimitError" : "HTTPError");
        JsonObject o = new JsonObject();
        o.add("error", inner);
        return SimulatedMarket.json(o.toString()).setResponseCode(400);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        String symbol = SimulatedMarket.require(url, "symbol");
        boolean btc = switch (symbol) {
            case "XBTUSD" -> true;
            case "ETHUSD" -> false;
            default -> throw new IllegalArgumentException("unknown symbol " + symbol);
        };
        return switch (url.encodedPath()) {
            case "/api/v1/instrument" -> SimulatedMarket.json(instrument(symbol, now));
            case "/api/v1/funding" -> SimulatedMarket.json(funding(symbol, btc, url, now).toString());
            default -> throw new IllegalArgumentException("unknown path " + url.encodedPath());
        };
    }

    /** The derived instrument row as recorded, stamped now (a snapshot is always of the present). */
    private static String instrument(String symbol, long now) {
        JsonArray rows = com.google.gson.JsonParser.parseString(SimulatedMarket.fixture("bitmex", "instrument_" + symbol + "_derived.json"))
                .getAsJsonArray();
        rows.get(0).getAsJsonObject().addProperty("timestamp", SimulatedMarket.iso(now));
        return rows.toString();
    }

    private JsonArray funding(String symbol, boolean btc, HttpUrl url, long now) {
        long from = Math.max(since, Instant.parse(SimulatedMarket.require(url, "startTime")).toEpochMilli());
        int count = SimulatedMarket.intParam(url, "count", 100);
        if (count > 1000) {
            throw new IllegalArgumentException("count must be at most 1000");
        }
        JsonArray rows = new JsonArray();
        SimulatedMarket.grid(btc ? XBT_FIRST : ETH_FIRST, 8 * HOUR, from, now, count).forEach(t -> {
            double rate = SimulatedMarket.fundingRate(btc, t);
            JsonObject o = new JsonObject();
            o.addProperty("timestamp", SimulatedMarket.iso(t));
            o.addProperty("symbol", symbol);
            o.addProperty("fundingInterval", "2000-01-01T08:00:00.000Z");
            o.addProperty("fundingRate", rate);
            o.addProperty("fundingRateDaily", rate * 3);
            rows.add(o);
        });
        return rows;
    }
}
