package org.umbra.market.deribit;

import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.umbra.testing.Fixtures;

/**
 * A MockWebServer standing in for www.deribit.com. Book summaries and instruments are the recorded (or derived)
 * bodies. Funding history is served per window from an hourly series: synthetic rows in the recorded row format
 * from {@link #SYNTHETIC_FROM} up to the hour before the recorded documentation rows, then those four rows
 * verbatim; a test can queue one-off faults per method.
 */
public final class DeribitMockVenue implements AutoCloseable {
    /** 2019-08-01T00:00Z: before it the venue has no rows (the windows since the instrument's creation are empty). */
    static final long SYNTHETIC_FROM = 1564617600000L;
    /** The first recorded documentation row (2019-10-01T01:00Z). */
    static final long RECORDED_FROM = 1569891600000L;
    static final long RECORDED_TO = 1569902400000L;
    static final long HOUR = 3_600_000L;

    /** Queued to let one request through unchanged, so a fault can be aimed at a later page. */
    public static final MockResponse PASS = new MockResponse();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final java.util.List<com.google.gson.JsonObject> recordedRows = new java.util.ArrayList<>();

    public DeribitMockVenue() throws IOException {
        String doc = Fixtures.read(DeribitMockVenue.class, "get_funding_rate_history_BTC-PERPETUAL_doc.json");
        com.google.gson.JsonParser.parseString(doc).getAsJsonObject().getAsJsonArray("result")
                .forEach(e -> recordedRows.add(e.getAsJsonObject()));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                String method = url.encodedPath().replaceFirst("^/api/v2/public/", "");
                hits.computeIfAbsent(method, p -> new AtomicInteger()).incrementAndGet();
                Queue<MockResponse> queued = faults.get(method);
                MockResponse fault = queued == null ? null : queued.poll();
                if (fault != null && fault != PASS) {
                    return fault;
                }
                return switch (method) {
                    case "get_instrument" -> json(fixture("ETH-PERPETUAL".equals(url.queryParameter("instrument_name"))
                            ? "get_instrument_ETH-PERPETUAL_derived.json" : "get_instrument_BTC-PERPETUAL_nautilus.json"));
                    case "get_book_summary_by_currency" -> json(fixture("ETH".equals(url.queryParameter("currency"))
                            ? "get_book_summary_by_currency_ETH_future_derived.json" : "get_book_summary_by_currency_BTC_future_doc.json"));
                    case "get_funding_rate_history" -> json(fundingWindow(Long.parseLong(url.queryParameter("start_timestamp")),
                            Long.parseLong(url.queryParameter("end_timestamp"))));
                    default -> new MockResponse().setResponseCode(400)
                            .setBody("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"Method not found\",\"code\":-32601}}");
                };
            }
        });
        server.start();
    }

    private static String fixture(String name) {
        return Fixtures.read(DeribitMockVenue.class, name);
    }

    /** Rows with start <= timestamp <= end, ascending, in the venue's envelope. */
    String fundingWindow(long start, long end) {
        StringBuilder rows = new StringBuilder();
        long first = Math.max(start, SYNTHETIC_FROM);
        for (long t = (first + HOUR - 1) / HOUR * HOUR; t <= end && t < RECORDED_FROM; t += HOUR) {
            long h = (t - SYNTHETIC_FROM) / HOUR;
            double oneHour = ((h % 7) - 3) * 1e-6;
            rows.append(rows.length() == 0 ? "" : ",").append("{\"timestamp\":").append(t).append(",\"index_price\":10000.5,")
                    .append("\"prev_index_price\":10000.0,\"interest_8h\":").append(oneHour * 8).append(",\"interest_1h\":").append(oneHour).append('}');
        }
        for (com.google.gson.JsonObject r : recordedRows) {
            long t = r.get("timestamp").getAsLong();
            if (t >= start && t <= end) {
                rows.append(rows.length() == 0 ? "" : ",").append(r);
            }
        }
        return "{\"jsonrpc\":\"2.0\",\"result\":[" + rows + "],\"usIn\":1,\"usOut\":2,\"usDiff\":1,\"testnet\":false}";
    }

    /** Hourly rows the venue holds up to {@code now}: the synthetic ones and the four recorded ones. */
    static long rowsUpTo(long now) {
        long synthetic = (Math.min(now, RECORDED_FROM - 1) - SYNTHETIC_FROM) / HOUR + 1;
        long recorded = now < RECORDED_FROM ? 0 : Math.min(4, (now - RECORDED_FROM) / HOUR + 1);
        return synthetic + recorded;
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    /** Queues a one-off response for a method such as {@code get_funding_rate_history}. */
    public void queueFault(String method, MockResponse response) {
        faults.computeIfAbsent(method, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    public int hits(String method) {
        AtomicInteger n = hits.get(method);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
