package org.umbra.market.binance;

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
 */
public final class BinanceMockVenue implements AutoCloseable {
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
                return json(Fixtures.read(BinanceMockVenue.class, file));
            }
        });
        server.start();
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
