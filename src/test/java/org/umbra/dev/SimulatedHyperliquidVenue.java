package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.HOUR;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for api.hyperliquid.xyz ({@code hyperliquid}): {@code POST /info}. {@code metaAndAssetCtxs} and
 * {@code predictedFundings} replay the derived responses (src/test/resources/org/umbra/market/hyperliquid);
 * {@code fundingHistory} serves SIMULATED hourly rows (time with a few ms of jitter, string numbers) with
 * {@code time >= startTime}, ascending, at most 500, from 2023-05-12 (the earliest row in the docs' example; the
 * real first row is unverified). Limit: 1,200 weight a minute per IP; each type weighs 20 and
 * {@code fundingHistory} adds 1 per 20 rows returned, charged here as its full-page 45. Over it: HTTP 429.
 */
public final class SimulatedHyperliquidVenue implements SimulatedVenue {
    private static final long FIRST = SimulatedMarket.utc("2023-05-12");

    private final long since;

    public SimulatedHyperliquidVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "hyperliquid";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(new VenueLimit("rest weight", 1200, Duration.ofMinutes(1), VenueLimit.Window.ROLLING,
                r -> "fundingHistory".equals(body(r).get("type").getAsString()) ? 45 : 20));
    }

    private static JsonObject body(RecordedRequest r) {
        return JsonParser.parseString(r.getBody().clone().readUtf8()).getAsJsonObject();
    }

    @Override
    public MockResponse badRequest(String message) {
        return SimulatedMarket.json(new com.google.gson.JsonPrimitive(message).toString()).setResponseCode(422);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        if (!request.getMethod().equals("POST") || !request.getRequestUrl().encodedPath().equals("/info")) {
            throw new IllegalArgumentException("only POST /info is served");
        }
        JsonObject q = body(request);
        return SimulatedMarket.json(switch (q.get("type").getAsString()) {
            case "metaAndAssetCtxs" -> SimulatedMarket.fixture("hyperliquid", "metaAndAssetCtxs_BTC_ETH_derived.json");
            case "predictedFundings" -> SimulatedMarket.fixture("hyperliquid", "predictedFundings_BTC_ETH_derived.json");
            case "fundingHistory" -> fundingHistory(q.get("coin").getAsString(), q.get("startTime").getAsLong(), now).toString();
            default -> throw new IllegalArgumentException("Failed to deserialize the JSON body into the target type");
        });
    }

    private JsonArray fundingHistory(String coin, long startTime, long now) {
        if (!coin.equals("BTC") && !coin.equals("ETH")) {
            throw new IllegalArgumentException("unknown coin " + coin);
        }
        boolean btc = coin.equals("BTC");
        JsonArray rows = new JsonArray();
        // Rows carry a few ms of jitter after the hour; one is inside [startTime, ...) when its raw time is.
        SimulatedMarket.grid(FIRST, HOUR, Math.max(since, startTime - 76), now - 76, 500).forEach(t -> {
            double rate = SimulatedMarket.fundingRate(btc, t) / 8;
            JsonObject o = new JsonObject();
            o.addProperty("coin", coin);
            o.addProperty("fundingRate", SimulatedMarket.dec(rate, 8));
            o.addProperty("premium", SimulatedMarket.dec(SimulatedMarket.premium(btc, t), 8));
            o.addProperty("time", t + 76);
            rows.add(o);
        });
        return rows;
    }
}
