package org.umbra.market.hyperliquid;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.umbra.testing.Fixtures;

/**
 * A MockWebServer standing in for api.hyperliquid.xyz: {@code POST /info} answered by body {@code type}.
 * fundingHistory serves, for any coin, synthetic hourly rows (with 76 ms of jitter, like the documented row) from
 * {@link #SYNTHETIC_FROM} and then the three recorded nautilus rows, at most 500 from {@code startTime} on.
 */
public final class HyperliquidMockVenue implements AutoCloseable {
    /** 2025-11-01T00:00:00.076Z. */
    static final long SYNTHETIC_FROM = 1761955200076L;
    static final long RECORDED_FROM = 1769908800000L;
    static final long RECORDED_TO = 1769916000000L;
    static final long HOUR = 3_600_000L;
    public static final MockResponse PASS = new MockResponse();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<JsonObject> history = new ArrayList<>();
    final List<JsonObject> requests = new CopyOnWriteArrayList<>();

    public HyperliquidMockVenue() throws IOException {
        for (long t = SYNTHETIC_FROM; t < RECORDED_FROM; t += HOUR) {
            JsonObject row = new JsonObject();
            row.addProperty("coin", "BTC");
            long h = (t - SYNTHETIC_FROM) / HOUR;
            row.addProperty("fundingRate", String.valueOf(((h % 5) - 1) * 0.0000025));
            row.addProperty("premium", "0.0001");
            row.addProperty("time", t);
            history.add(row);
        }
        JsonParser.parseString(Fixtures.read(HyperliquidMockVenue.class, "fundingHistory_BTC_nautilus.json")).getAsJsonArray()
                .forEach(e -> history.add(e.getAsJsonObject()));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"POST".equals(request.getMethod()) || !"/info".equals(request.getRequestUrl().encodedPath())) {
                    return new MockResponse().setResponseCode(404).setBody("not found");
                }
                JsonObject body = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
                requests.add(body);
                String type = body.get("type").getAsString();
                hits.computeIfAbsent(type, p -> new AtomicInteger()).incrementAndGet();
                Queue<MockResponse> queued = faults.get(type);
                MockResponse fault = queued == null ? null : queued.poll();
                if (fault != null && fault != PASS) {
                    return fault;
                }
                return switch (type) {
                    case "metaAndAssetCtxs" -> json(Fixtures.read(HyperliquidMockVenue.class, "metaAndAssetCtxs_BTC_ETH_derived.json"));
                    case "predictedFundings" -> json(Fixtures.read(HyperliquidMockVenue.class, "predictedFundings_BTC_ETH_derived.json"));
                    case "fundingHistory" -> json(fundingHistory(body.get("coin").getAsString(), body.get("startTime").getAsLong()));
                    default -> new MockResponse().setResponseCode(422).setBody("Failed to deserialize the JSON body");
                };
            }
        });
        server.start();
    }

    private String fundingHistory(String coin, long startTime) {
        JsonArray out = new JsonArray();
        for (JsonObject row : history) {
            if (row.get("time").getAsLong() >= startTime && out.size() < HyperliquidClient.MAX_ROWS) {
                JsonObject copy = row.deepCopy();
                copy.addProperty("coin", coin);
                out.add(copy);
            }
        }
        return out.toString();
    }

    static int rowCount() {
        return (int) ((RECORDED_FROM - SYNTHETIC_FROM + HOUR - 1) / HOUR) + 3;
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public void queueFault(String type, MockResponse response) {
        faults.computeIfAbsent(type, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    public int hits(String type) {
        AtomicInteger n = hits.get(type);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
