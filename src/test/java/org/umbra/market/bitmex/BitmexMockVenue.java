package org.umbra.market.bitmex;

import java.io.IOException;
import java.time.Instant;
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
 * A MockWebServer standing in for www.bitmex.com: instruments from the recorded rows, funding history generated
 * with the recorded row's fields (one row every 8 h at 04/12/20 UTC from {@link #FIRST_FUNDING}), honouring
 * {@code startTime}, {@code count} and {@code reverse=false}. A test can queue one-off faults per path.
 */
final class BitmexMockVenue implements AutoCloseable {
    static final long FIRST_FUNDING = Instant.parse("2016-05-14T04:00:00Z").toEpochMilli();
    static final long EIGHT_HOURS = 8 * 3_600_000L;

    /** Queued in place of a fault: let this request through to the normal answer. */
    static final MockResponse PASS = new MockResponse();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile int fundingRows;

    BitmexMockVenue(int fundingRows) throws IOException {
        this.fundingRows = fundingRows;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                String path = url.encodedPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Queue<MockResponse> queued = faults.get(path);
                MockResponse fault = queued == null ? null : queued.poll();
                if (fault != null && fault != PASS) {
                    return fault;
                }
                String symbol = url.queryParameter("symbol");
                return switch (path) {
                    case "/api/v1/instrument" -> switch (symbol == null ? "" : symbol) {
                        case "XBTUSD" -> json(Fixtures.read(BitmexMockVenue.class, "instrument_XBTUSD_derived.json"));
                        case "ETHUSD" -> json(Fixtures.read(BitmexMockVenue.class, "instrument_ETHUSD_derived.json"));
                        default -> json("[]");
                    };
                    case "/api/v1/funding" -> json(funding(symbol, url.queryParameter("startTime"), url.queryParameter("count")));
                    default -> new MockResponse().setResponseCode(404)
                            .setBody("{\"error\":{\"message\":\"Not Found\",\"name\":\"HTTPError\"}}");
                };
            }
        });
        server.start();
    }

    /** The rate of generated row {@code i}: distinct per row so a test can check each one. */
    static double rate(int i) {
        return (i % 7 - 3) * 0.0001 + i * 1e-9;
    }

    static long fundingTime(int i) {
        return FIRST_FUNDING + i * EIGHT_HOURS;
    }

    private String funding(String symbol, String startTime, String count) {
        long start = startTime == null ? 0 : Instant.parse(startTime).toEpochMilli();
        int n = count == null ? 100 : Integer.parseInt(count);
        StringBuilder sb = new StringBuilder("[");
        int written = 0;
        for (int i = 0; i < fundingRows && written < n; i++) {
            long t = fundingTime(i);
            if (t < start) {
                continue;
            }
            if (written++ > 0) {
                sb.append(',');
            }
            sb.append("{\"timestamp\":\"").append(Instant.ofEpochMilli(t)).append("\",\"symbol\":\"").append(symbol)
                    .append("\",\"fundingInterval\":\"2000-01-01T08:00:00.000Z\",\"fundingRate\":").append(rate(i))
                    .append(",\"fundingRateDaily\":").append(rate(i) * 3).append('}');
        }
        return sb.append(']').toString();
    }

    void setFundingRows(int rows) {
        this.fundingRows = rows;
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    void queueFault(String path, MockResponse response) {
        faults.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
