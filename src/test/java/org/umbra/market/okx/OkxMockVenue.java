package org.umbra.market.okx;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.umbra.testing.Fixtures;

/**
 * A MockWebServer standing in for www.okx.com: replays the recorded responses by path and instrument, and lets a
 * test queue one-off responses (faults, extra pages) for a path.
 */
public final class OkxMockVenue implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> queued = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();

    public OkxMockVenue() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                requests.add(url);
                String path = url.encodedPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Queue<MockResponse> q = queued.get(path);
                MockResponse one = q == null ? null : q.poll();
                if (one != null) {
                    return one;
                }
                String instId = url.queryParameter("instId");
                boolean eth = instId != null && instId.startsWith("ETH") || "ETH-USDT".equals(url.queryParameter("uly"));
                String file = switch (path) {
                    case "/api/v5/public/instruments" -> "okx_instruments_swap_derived.json";
                    case "/api/v5/public/open-interest" -> eth ? "okx_open_interest_ETH-USDT-SWAP_derived.json"
                            : "okx_open_interest_BTC-USDT-SWAP_captured.json";
                    case "/api/v5/public/funding-rate" -> eth ? "okx_funding_rate_ETH-USDT-SWAP_derived.json"
                            : "okx_funding_rate_BTC-USDT-SWAP_captured.json";
                    case "/api/v5/public/funding-rate-history" -> eth ? "okx_funding_rate_history_ETH-USDT-SWAP_derived.json"
                            : "okx_funding_rate_history_BTC-USDT-SWAP_nautilus.json";
                    case "/api/v5/public/mark-price" -> eth ? "okx_mark_price_ETH-USDT-SWAP_derived.json"
                            : "okx_mark_price_BTC-USDT-SWAP_nautilus.json";
                    case "/api/v5/market/index-tickers" -> eth ? "okx_index_tickers_ETH-USDT_derived.json"
                            : "okx_index_tickers_BTC-USDT_nautilus.json";
                    case "/api/v5/rubik/stat/contracts/open-interest-volume" -> "okx_rubik_open_interest_volume_doc.json";
                    case "/api/v5/rubik/stat/contracts/long-short-account-ratio" -> "okx_rubik_long_short_ratio_captured.json";
                    case "/api/v5/public/liquidation-orders" -> eth ? "okx_liquidation_orders_ETH-USDT_derived.json"
                            : "okx_liquidation_orders_BTC-USDT_captured.json";
                    default -> null;
                };
                if (file == null) {
                    return new MockResponse().setResponseCode(404).setBody("{\"code\":\"50000\",\"msg\":\"Not found\"}");
                }
                return json(Fixtures.read(OkxMockVenue.class, file));
            }
        });
        server.start();
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public void queue(String path, MockResponse response) {
        queued.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public List<HttpUrl> requests(String path) {
        return requests.stream().filter(u -> u.encodedPath().equals(path)).toList();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
