package org.umbra.market.bybit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * A MockWebServer standing in for api.bybit.com. Tickers and instruments-info replay the recorded
 * (or derived) files; the history endpoints are generated in the documented layout (envelope,
 * string numbers, newest first, limit honoured) from a deterministic series starting at LAUNCH, so a
 * backfill over many windows can be checked point by point. Faults can be queued per path and symbol.
 */
final class BybitMockVenue implements AutoCloseable {
    /** BTCUSDT launchTime in the recorded instruments-info example (2020-03-30); the derived ones share it. */
    static final long LAUNCH = 1_585_526_400_000L;
    static final long HOUR = 3_600_000L;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Queue<MockResponse>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** Requests to let through before the queued faults of a path and symbol apply. */
    private final Map<String, AtomicInteger> skips = new ConcurrentHashMap<>();
    private volatile long now;
    /** Spacing of the generated settlements; 8 h like instruments-info says unless a test makes history denser. */
    volatile long fundingStep = 8 * HOUR;
    /** The last settlement at fundingStep; later ones are fundingStepAfter apart, as instruments-info then says. */
    private volatile long fundingChangeAt = Long.MAX_VALUE;
    private volatile long fundingStepAfter;

    BybitMockVenue(long now) throws IOException {
        this.now = now;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                String path = url.encodedPath();
                String symbol = url.queryParameter("symbol");
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                AtomicInteger skip = skips.get(path + " " + symbol);
                if (skip != null) {
                    skip.decrementAndGet();
                }
                Queue<MockResponse> queued = skip != null && skip.get() >= 0 ? null : faults.get(path + " " + symbol);
                MockResponse fault = queued == null ? null : queued.poll();
                if (fault != null) {
                    return fault;
                }
                return switch (path) {
                    case "/v5/market/tickers" -> file("BTCUSD".equals(symbol) ? "tickers_inverse_BTCUSD_doc.json"
                            : "tickers_linear_" + symbol + "_derived.json");
                    case "/v5/market/instruments-info" -> fundingChangeAt != Long.MAX_VALUE && "BTCUSDT".equals(symbol)
                            ? json(Fixtures.read(BybitMockVenue.class, "instruments_info_linear_BTCUSDT_doc.json")
                                    .replace("\"fundingInterval\": 480", "\"fundingInterval\": " + fundingStepAfter / 60_000L))
                            : file(switch (symbol) {
                        case "BTCUSDT" -> "instruments_info_linear_BTCUSDT_doc.json";
                        case "ETHUSDT" -> "instruments_info_linear_ETHUSDT_derived.json";
                        default -> "instruments_info_inverse_BTCUSD_derived.json";
                    });
                    case "/v5/market/funding/history" -> funding(url, symbol);
                    case "/v5/market/open-interest" -> openInterest(url, symbol);
                    case "/v5/market/account-ratio" -> accountRatio(url, symbol);
                    case "/v5/market/mark-price-kline" -> klines(url, symbol, true);
                    case "/v5/market/premium-index-price-kline" -> klines(url, symbol, false);
                    default -> json("{\"retCode\":10001,\"retMsg\":\"path not found\",\"result\":{},\"time\":" + now + "}");
                };
            }
        });
        server.start();
    }

    static long step(String interval) {
        return switch (interval) {
            case "1" -> 60_000L;
            case "5", "5min" -> 300_000L;
            case "60", "1h" -> HOUR;
            case "D", "1d" -> 24 * HOUR;
            default -> throw new IllegalArgumentException(interval);
        };
    }

    static boolean inverse(String symbol) {
        return "BTCUSD".equals(symbol);
    }

    /** The generated series: the k-th grid point after LAUNCH. */
    static double fundingRate(long k) {
        return 0.0001 + k * 1e-7;
    }

    static double openInterest(String symbol, long k) {
        return inverse(symbol) ? 400_000_000 + k : 50_000 + k;
    }

    static double mark(long k) {
        return 60_000 + k;
    }

    static double premiumIndex(long k) {
        return -0.0005 + k * 1e-7;
    }

    static double buyRatio(long k) {
        return 0.5 + (k % 10) * 0.01;
    }

    private static long longParam(HttpUrl url, String name) {
        String v = url.queryParameter(name);
        return v == null ? Long.MIN_VALUE : Long.parseLong(v);
    }

    /** Grid times t = LAUNCH + k*step within [from, to] and at or before now (open bar included), newest first, at most limit. */
    private List<Long> grid(long from, long to, long step, int limit) {
        List<Long> ks = new ArrayList<>();
        long hi = Math.min(to, now);
        if (hi < LAUNCH) {
            return ks;
        }
        long kHi = Math.floorDiv(hi - LAUNCH, step);
        for (long k = kHi; k >= 0 && ks.size() < limit; k--) {
            long t = LAUNCH + k * step;
            if (t < from) {
                break;
            }
            ks.add(k);
        }
        return ks;
    }

    /** Moves the venue's present: rows up to {@code now} are served. */
    void setNow(long now) {
        this.now = now;
    }

    /** From {@code lastAtOldStep} on, settlements are {@code stepAfter} apart and instruments-info says so. */
    void changeFundingInterval(long lastAtOldStep, long stepAfter) {
        fundingStepAfter = stepAfter;
        fundingChangeAt = lastAtOldStep;
    }

    /** The time of the k-th settlement after LAUNCH. */
    long settlement(long k) {
        long kChange = fundingChangeAt == Long.MAX_VALUE ? Long.MAX_VALUE : (fundingChangeAt - LAUNCH) / fundingStep;
        return k <= kChange ? LAUNCH + k * fundingStep : fundingChangeAt + (k - kChange) * fundingStepAfter;
    }

    /** Indices of the settlements within [from, to] and at or before now, newest first, at most limit. */
    private List<Long> fundingGrid(long from, long to, int limit) {
        long hi = Math.min(to, now);
        long kHi = -1;
        while (settlement(kHi + 1) <= hi) {
            kHi++;
        }
        List<Long> ks = new ArrayList<>();
        for (long k = kHi; k >= 0 && ks.size() < limit && settlement(k) >= from; k--) {
            ks.add(k);
        }
        return ks;
    }

    private MockResponse funding(HttpUrl url, String symbol) {
        long start = longParam(url, "startTime");
        long end = longParam(url, "endTime");
        if (start != Long.MIN_VALUE && end == Long.MIN_VALUE) {
            // The documented trap: startTime alone is refused.
            return json("{\"retCode\":10001,\"retMsg\":\"params error: endTime is required\",\"result\":{},\"time\":" + now + "}");
        }
        JsonArray list = new JsonArray();
        for (long k : fundingGrid(start == Long.MIN_VALUE ? 0 : start, end, Integer.parseInt(url.queryParameter("limit")))) {
            JsonObject o = new JsonObject();
            o.addProperty("symbol", symbol);
            o.addProperty("fundingRate", Double.toString(fundingRate(k)));
            o.addProperty("fundingRateTimestamp", Long.toString(settlement(k)));
            list.add(o);
        }
        JsonObject result = new JsonObject();
        result.addProperty("category", url.queryParameter("category"));
        result.add("list", list);
        return envelope(result);
    }

    private MockResponse openInterest(HttpUrl url, String symbol) {
        long step = step(url.queryParameter("intervalTime"));
        JsonArray list = new JsonArray();
        for (long k : grid(longParam(url, "startTime"), longParam(url, "endTime"), step, Integer.parseInt(url.queryParameter("limit")))) {
            JsonObject o = new JsonObject();
            o.addProperty("openInterest", String.format(java.util.Locale.ROOT, "%.8f", openInterest(symbol, k * step / 300_000L)));
            o.addProperty("timestamp", Long.toString(LAUNCH + k * step));
            list.add(o);
        }
        JsonObject result = new JsonObject();
        result.addProperty("symbol", symbol);
        result.addProperty("category", url.queryParameter("category"));
        result.add("list", list);
        result.addProperty("nextPageCursor", "");
        return envelope(result);
    }

    private MockResponse accountRatio(HttpUrl url, String symbol) {
        long step = step(url.queryParameter("period"));
        JsonArray list = new JsonArray();
        for (long k : grid(longParam(url, "startTime"), longParam(url, "endTime"), step, Integer.parseInt(url.queryParameter("limit")))) {
            JsonObject o = new JsonObject();
            double buy = buyRatio(k * step / 300_000L);
            o.addProperty("symbol", symbol);
            o.addProperty("buyRatio", String.format(java.util.Locale.ROOT, "%.4f", buy));
            o.addProperty("sellRatio", String.format(java.util.Locale.ROOT, "%.4f", 1 - buy));
            o.addProperty("timestamp", Long.toString(LAUNCH + k * step));
            list.add(o);
        }
        JsonObject result = new JsonObject();
        result.add("list", list);
        result.addProperty("nextPageCursor", "lastid%3D0%26lasttime%3D1696258800");
        return envelope(result);
    }

    /** Bars by start time, values indexed by the bar's END in minutes after LAUNCH so every interval agrees. */
    private MockResponse klines(HttpUrl url, String symbol, boolean markBars) {
        long step = step(url.queryParameter("interval"));
        JsonArray list = new JsonArray();
        for (long k : grid(longParam(url, "start"), longParam(url, "end"), step, Integer.parseInt(url.queryParameter("limit")))) {
            long endMinute = (k + 1) * step / 60_000L;
            double close = markBars ? mark(endMinute) : premiumIndex(endMinute);
            JsonArray row = new JsonArray();
            row.add(Long.toString(LAUNCH + k * step));
            row.add("0");
            row.add("0");
            row.add("0");
            row.add(Double.toString(close));
            list.add(row);
        }
        JsonObject result = new JsonObject();
        result.addProperty("symbol", symbol);
        result.addProperty("category", url.queryParameter("category"));
        result.add("list", list);
        return envelope(result);
    }

    private MockResponse envelope(JsonObject result) {
        JsonObject o = new JsonObject();
        o.addProperty("retCode", 0);
        o.addProperty("retMsg", "OK");
        o.add("result", result);
        o.add("retExtInfo", new JsonObject());
        o.addProperty("time", now);
        return json(o.toString());
    }

    private static MockResponse file(String name) {
        return json(Fixtures.read(BybitMockVenue.class, name));
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    void queueFault(String path, String symbol, MockResponse response) {
        faults.computeIfAbsent(path + " " + symbol, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    /** Queues {@code response} for the request after the next {@code pass} ones to that path and symbol. */
    void queueFaultAfter(String path, String symbol, int pass, MockResponse response) {
        skips.put(path + " " + symbol, new AtomicInteger(pass));
        queueFault(path, symbol, response);
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
