package org.umbra.market.binancespot;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer standing in for api.binance.com {@code /api/v3/klines}: serves synthetic bars in the
 * venue's documented layout (the layout of the recorded ccxt response) from {@code listing} up to and
 * including the bar still open at {@code now}, at most {@code limit} per page. A test can replace the
 * n-th kline request with a fault.
 */
final class BinanceSpotMockVenue implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<Integer, MockResponse> faults = new ConcurrentHashMap<>();
    private final AtomicInteger klineRequests = new AtomicInteger();

    BinanceSpotMockVenue(long listing, long now) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"/api/v3/klines".equals(request.getRequestUrl().encodedPath())) {
                    return new MockResponse().setResponseCode(404).setBody("{\"code\":-5000,\"msg\":\"Path not found\"}");
                }
                MockResponse fault = faults.remove(klineRequests.incrementAndGet());
                if (fault != null) {
                    return fault;
                }
                var url = request.getRequestUrl();
                String symbol = url.queryParameter("symbol");
                long step = switch (url.queryParameter("interval")) {
                    case "1h" -> 3_600_000L;
                    case "1m" -> 60_000L;
                    default -> throw new IllegalArgumentException(url.toString());
                };
                int limit = Integer.parseInt(url.queryParameter("limit"));
                long startTime = Long.parseLong(url.queryParameter("startTime"));
                long first = Math.max(ceil(startTime, step), ceil(listing, step));
                StringBuilder body = new StringBuilder("[");
                int n = 0;
                for (long open = first; open <= now && n < limit; open += step, n++) {
                    if (n > 0) {
                        body.append(',');
                    }
                    String p = price(symbol, open + step).toPlainString();
                    body.append('[').append(open).append(",\"").append(p).append("\",\"").append(p).append("\",\"").append(p)
                            .append("\",\"").append(p).append("\",\"1.00000000\",").append(open + step - 1)
                            .append(",\"1.0\",10,\"0.5\",\"0.5\",\"0\"]");
                }
                return json(body.append(']').toString());
            }
        });
        server.start();
    }

    private static long ceil(long t, long step) {
        return Math.floorDiv(t + step - 1, step) * step;
    }

    /** The close of the bar ending at {@code end}: one value per minute, so hourly and minute bars agree. */
    static BigDecimal price(String symbol, long end) {
        long minute = (end / 60_000L) % 1000;
        return "ETHBTC".equals(symbol)
                ? new BigDecimal("0.05").add(BigDecimal.valueOf(minute, 6))
                : new BigDecimal("40000").add(BigDecimal.valueOf(minute, 2));
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    /** Replaces the n-th (1-based) kline request from now on counted with a fault. */
    void failRequest(int n, MockResponse response) {
        faults.put(n, response);
    }

    int klineRequests() {
        return klineRequests.get();
    }

    RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
