package org.umbra.market.binance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.umbra.testing.Fixtures;

/**
 * A MockWebServer standing in for fapi.binance.com: replays the recorded responses by path and
 * symbol, and lets a test queue one-off faults (a 429, a malformed body) for a path.
 *
 * <p>The recorded {@code /futures/data/*} rows (2020-03-02 to 2020-03-31) are served {@link #FUTURES_DATA_SHIFT_MS}
 * later, in the 30 days before the collector tests' clock (2024-05-01), and only those in the window asked for, as the
 * venue answers: the feeds refuse an answer whose rows all lie outside the window (another window's answer).
 */
public final class BinanceMockVenue implements AutoCloseable {
    /** 1491 days: 2020-03-02T05:45Z, the first recorded row, is served as 2024-04-01T05:45Z. */
    public static final long FUTURES_DATA_SHIFT_MS = 1491L * 24 * 3600 * 1000;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** Settlement times served by /fapi/v1/fundingRate instead of the recorded file, once a test sets them. */
    private volatile long[] fundingTimes;
    private volatile String fundingInfoBody;

    public BinanceMockVenue() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Queue<MockResponse> queued = faults.get(path);
                MockResponse fault = queued == null ? null : queued.poll();
                if (fault != null) {
                    return fault;
                }
                String symbol = request.getRequestUrl().queryParameter("symbol");
                if (path.equals("/fapi/v1/fundingRate") && fundingTimes != null) {
                    return json(fundingPage(symbol, Long.parseLong(request.getRequestUrl().queryParameter("startTime")),
                            Integer.parseInt(request.getRequestUrl().queryParameter("limit"))));
                }
                if (path.equals("/fapi/v1/fundingInfo") && fundingInfoBody != null) {
                    return json(fundingInfoBody);
                }
                String file = switch (path) {
                    case "/fapi/v1/openInterest" -> "ETHUSDT".equals(symbol) ? "openInterest_ETHUSDT_derived.json" : "openInterest_doc.json";
                    case "/fapi/v1/premiumIndex" -> "ETHUSDT".equals(symbol) ? "premiumIndex_ETHUSDT_derived.json" : "premiumIndex_doc.json";
                    case "/fapi/v1/fundingRate" -> "ETHUSDT".equals(symbol) ? "fundingRate_ETHUSDT_derived.json" : "fundingRate_doc.json";
                    case "/fapi/v1/fundingInfo" -> "fundingInfo_doc.json";
                    case "/futures/data/openInterestHist" -> "ETHUSDT".equals(symbol) ? "openInterestHist_ETHUSDT_derived.json" : "openInterestHist_doc.json";
                    case "/fapi/v1/markPriceKlines" -> "markPriceKlines_doc.json";
                    case "/futures/data/globalLongShortAccountRatio" -> ratio("globalLongShortAccountRatio", symbol);
                    case "/futures/data/topLongShortAccountRatio" -> ratio("topLongShortAccountRatio", symbol);
                    case "/futures/data/topLongShortPositionRatio" -> ratio("topLongShortPositionRatio", symbol);
                    case "/futures/data/takerlongshortRatio" -> "takerlongshortRatio_doc.json";
                    case "/fapi/v1/premiumIndexKlines" -> "premiumIndexKlines_doc.json";
                    default -> null;
                };
                if (file == null) {
                    return new MockResponse().setResponseCode(404).setBody("{\"code\":-5000,\"msg\":\"Path not found\"}");
                }
                String body = Fixtures.read(BinanceMockVenue.class, file);
                return json(path.startsWith("/futures/data/") ? inWindow(body, request) : body);
            }
        });
        server.start();
    }

    /** The recorded rows moved {@link #FUTURES_DATA_SHIFT_MS} later, those stamped in [startTime, endTime] only. */
    private static String inWindow(String recorded, RecordedRequest request) {
        long start = Long.parseLong(request.getRequestUrl().queryParameter("startTime"));
        long end = Long.parseLong(request.getRequestUrl().queryParameter("endTime"));
        JsonArray out = new JsonArray();
        for (JsonElement e : JsonParser.parseString(recorded).getAsJsonArray()) {
            JsonObject row = e.getAsJsonObject().deepCopy();
            long ts = row.get("timestamp").getAsLong() + FUTURES_DATA_SHIFT_MS;
            if (ts >= start && ts <= end) {
                row.addProperty("timestamp", Long.toString(ts));
                out.add(row);
            }
        }
        return out.toString();
    }

    private static String ratio(String endpoint, String symbol) {
        return endpoint + ("ETHUSDT".equals(symbol) ? "_ETHUSDT_derived.json" : "_doc.json");
    }

    /**
     * Serves {@code times} as the funding history in the documented layout (ascending, rows at or after startTime,
     * at most limit), the k-th settlement's rate being {@link #fundingRate(int)}; and {@code fundingInfoBody} as
     * /fapi/v1/fundingInfo.
     */
    public void fundingHistory(long[] times, String fundingInfoBody) {
        this.fundingTimes = times.clone();
        this.fundingInfoBody = fundingInfoBody;
    }

    /** The generated rate of the k-th settlement. */
    public static double fundingRate(int k) {
        return k * 1e-8;
    }

    private String fundingPage(String symbol, long start, int limit) {
        StringBuilder b = new StringBuilder("[");
        int n = 0;
        for (int k = 0; k < fundingTimes.length && n < limit; k++) {
            if (fundingTimes[k] >= start) {
                b.append(n++ == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                        "{\"symbol\":\"%s\",\"fundingRate\":\"%.8f\",\"fundingTime\":%d,\"markPrice\":\"34287.54619963\"}",
                        symbol, fundingRate(k), fundingTimes[k]));
            }
        }
        return b.append("]").toString();
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public void queueFault(String path, MockResponse response) {
        faults.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
