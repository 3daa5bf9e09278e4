package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.HOUR;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for www.deribit.com ({@code deribit}), API v2 over HTTP GET: {@code get_instrument} and
 * {@code get_book_summary_by_currency} replay the recorded/derived results (src/test/resources/org/umbra/market/deribit),
 * the summary stamped now;
 * {@code get_funding_rate_history} serves SIMULATED hourly rows ({@code interest_1h} = the 8 h rate / 8) in
 * [start_timestamp, end_timestamp] from each perpetual's creation (BTC-PERPETUAL 2018-08-13, ETH-PERPETUAL
 * 2019-03-14), at most 744 rows. Limit: credits, burst 100 and 20 a second sustained for non-matching-engine
 * requests, enforced as 100 per rolling 5 s (stricter than the credit bucket, which could allow 200 in 5 s from full);
 * over it, JSON-RPC error 10028 {@code too_many_requests} with HTTP 429.
 */
public final class SimulatedDeribitVenue implements SimulatedVenue {
    private static final String PREFIX = "/api/v2/public/";

    private final long since;

    public SimulatedDeribitVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "deribit";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(VenueLimit.allRequests("non-matching-engine credits", 100, Duration.ofSeconds(5), VenueLimit.Window.ROLLING));
    }

    @Override
    public MockResponse badRequest(String message) {
        return error(message.startsWith("rate limit") ? 10028 : 10019, message).setResponseCode(400);
    }

    @Override
    public MockResponse rejection(VenueLimit limit, long retryAfterMs) {
        return error(10028, "too_many_requests").setResponseCode(429);
    }

    private static MockResponse error(int code, String message) {
        JsonObject e = new JsonObject();
        e.addProperty("code", code);
        e.addProperty("message", message);
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.add("error", e);
        return SimulatedMarket.json(o.toString());
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        String path = url.encodedPath();
        if (!path.startsWith(PREFIX)) {
            throw new IllegalArgumentException("unknown path " + path);
        }
        JsonElement result = switch (path.substring(PREFIX.length())) {
            case "get_instrument" -> recorded(switch (SimulatedMarket.require(url, "instrument_name")) {
                case "BTC-PERPETUAL" -> "get_instrument_BTC-PERPETUAL_nautilus.json";
                case "ETH-PERPETUAL" -> "get_instrument_ETH-PERPETUAL_derived.json";
                default -> throw new IllegalArgumentException("instrument_name: not found");
            });
            case "get_book_summary_by_currency" -> stampedNow(recorded(switch (SimulatedMarket.require(url, "currency")) {
                case "BTC" -> "get_book_summary_by_currency_BTC_future_doc.json";
                case "ETH" -> "get_book_summary_by_currency_ETH_future_derived.json";
                default -> throw new IllegalArgumentException("currency: invalid");
            }), now);
            case "get_funding_rate_history" -> funding(url, now);
            default -> throw new IllegalArgumentException("method not found");
        };
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.add("result", result);
        o.addProperty("testnet", false);
        return SimulatedMarket.json(o.toString());
    }

    private static JsonElement recorded(String file) {
        return JsonParser.parseString(SimulatedMarket.fixture("deribit", file)).getAsJsonObject().get("result");
    }

    /** A summary is of the present: each row's {@code creation_timestamp} becomes now. */
    private static JsonElement stampedNow(JsonElement rows, long now) {
        rows.getAsJsonArray().forEach(r -> r.getAsJsonObject().addProperty("creation_timestamp", now));
        return rows;
    }

    private JsonArray funding(HttpUrl url, long now) {
        String name = SimulatedMarket.require(url, "instrument_name");
        boolean btc = name.equals("BTC-PERPETUAL");
        String created = recorded(btc ? "get_instrument_BTC-PERPETUAL_nautilus.json" : "get_instrument_ETH-PERPETUAL_derived.json")
                .getAsJsonObject().get("creation_timestamp").getAsString();
        long first = SimulatedMarket.ceilTo(Long.parseLong(created), HOUR) + HOUR;
        long start = Math.max(since, Long.parseLong(SimulatedMarket.require(url, "start_timestamp")));
        long end = Math.min(now, Long.parseLong(SimulatedMarket.require(url, "end_timestamp")));
        JsonArray rows = new JsonArray();
        SimulatedMarket.grid(first, HOUR, start, end, 744).forEach(t -> {
            double rate8h = SimulatedMarket.fundingRate(btc, t);
            JsonObject o = new JsonObject();
            o.addProperty("timestamp", t);
            o.addProperty("index_price", SimulatedMarket.price(btc, t));
            o.addProperty("prev_index_price", SimulatedMarket.price(btc, t - HOUR));
            o.addProperty("interest_8h", rate8h);
            o.addProperty("interest_1h", rate8h / 8);
            rows.add(o);
        });
        return rows;
    }
}
