package org.umbra.dev;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for fapi.binance.com for demos, screenshots and benchmarks: every endpoint Umbra uses,
 * in the venue's documented response format (the same fields and types as the recorded responses
 * in src/test/resources/org/umbra/market/binance), with SIMULATED values: smooth deterministic
 * functions of time near real 2025 levels, so snapshots, bars and history agree with each other.
 * Paging, limits, listing dates and the 30-day OI window behave as documented.
 *
 * <p>Run: {@code java -cp ... org.umbra.dev.SimulatedBinanceVenue [port]}, then
 * {@code umbra --endpoint binance-futures=http://127.0.0.1:PORT}.
 */
public final class SimulatedBinanceVenue implements AutoCloseable {
    private static final long MIN = 60_000L;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;
    private static final long BTC_LISTED = 1_568_102_400_000L; // 2019-09-10
    private static final long ETH_LISTED = 1_574_812_800_000L; // 2019-11-27

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong requests = new AtomicLong();

    public SimulatedBinanceVenue() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                try {
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(respond(request.getRequestUrl()));
                } catch (RuntimeException e) {
                    return new MockResponse().setResponseCode(400).setBody("{\"code\":-1100,\"msg\":\"" + e.getMessage() + "\"}");
                }
            }
        });
    }

    public void start(int port) throws IOException {
        server.start(InetAddress.getLoopbackAddress(), port);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public long requestCount() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    public static void main(String[] args) throws Exception {
        SimulatedBinanceVenue venue = new SimulatedBinanceVenue();
        venue.start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println("simulated binance-futures at " + venue.baseUrl() + " (values are simulated)");
        Thread.currentThread().join();
    }

    private static String respond(HttpUrl url) {
        long now = System.currentTimeMillis();
        String symbol = url.queryParameter("symbol");
        return switch (url.encodedPath()) {
            case "/fapi/v1/premiumIndex" -> premiumIndex(symbol, now).toString();
            case "/fapi/v1/openInterest" -> openInterest(symbol, now).toString();
            case "/fapi/v1/fundingInfo" -> "[]";
            case "/fapi/v1/fundingRate" -> fundingRates(symbol, longParam(url, "startTime", 0), intParam(url, "limit", 100), now).toString();
            case "/futures/data/openInterestHist" -> oiHist(symbol, longParam(url, "startTime", now - 30 * DAY),
                    longParam(url, "endTime", now), intParam(url, "limit", 30), now).toString();
            case "/fapi/v1/markPriceKlines" -> klines(symbol, url, now, false).toString();
            case "/futures/data/globalLongShortAccountRatio", "/futures/data/topLongShortAccountRatio",
                    "/futures/data/topLongShortPositionRatio", "/futures/data/takerlongshortRatio" -> ratios(url, symbol, now).toString();
            case "/fapi/v1/premiumIndexKlines" -> klines(symbol, url, now, true).toString();
            default -> throw new IllegalArgumentException("unknown path " + url.encodedPath());
        };
    }

    // --- simulated market: smooth functions of time, so every endpoint tells the same story ---

    private static boolean btc(String symbol) {
        if (!"BTCUSDT".equals(symbol) && !"ETHUSDT".equals(symbol)) {
            throw new IllegalArgumentException("Invalid symbol.");
        }
        return symbol.equals("BTCUSDT");
    }

    static double price(boolean btc, long t) {
        double years = (t - 1_700_000_000_000L) / (365.0 * DAY);
        double trend = btc ? 37_000 * Math.exp(0.72 * years) : 2_000 * Math.exp(0.25 * years);
        double wave = 1 + 0.12 * Math.sin(t / (41.0 * DAY)) + 0.05 * Math.sin(t / (6.3 * DAY)) + 0.012 * Math.sin(t / (5.1 * HOUR))
                + 0.003 * Math.sin(t / (17.0 * MIN));
        return trend * wave;
    }

    static double premium(boolean btc, long t) {
        return 0.0002 * Math.sin(t / (2.7 * DAY)) + 0.00012 * Math.sin(t / (7.0 * HOUR)) + (btc ? 0.00003 : -0.00002);
    }

    static double fundingRate(boolean btc, long t) {
        double r = 0.0001 + 0.00008 * Math.sin(t / (23.0 * DAY)) + 0.00005 * Math.sin(t / (3.1 * DAY) + (btc ? 0 : 1.3));
        return Math.round(r * 1e8) / 1e8;
    }

    static double oiCoin(boolean btc, long t) {
        double base = btc ? 82_000 : 2_050_000;
        return base * (1 + 0.09 * Math.sin(t / (9.0 * DAY)) + 0.03 * Math.sin(t / (13.0 * HOUR)) + 0.004 * Math.sin(t / (23.0 * MIN)));
    }

    private static String dec(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static JsonObject premiumIndex(String symbol, long now) {
        boolean btc = btc(symbol);
        double mark = price(btc, now);
        JsonObject o = new JsonObject();
        o.addProperty("symbol", symbol);
        o.addProperty("markPrice", dec(mark, 8));
        o.addProperty("indexPrice", dec(mark / (1 + premium(btc, now)), 8));
        o.addProperty("estimatedSettlePrice", dec(mark, 8));
        o.addProperty("lastFundingRate", dec(fundingRate(btc, now), 8));
        o.addProperty("interestRate", "0.00010000");
        o.addProperty("nextFundingTime", (now / (8 * HOUR) + 1) * 8 * HOUR);
        o.addProperty("time", now);
        return o;
    }

    private static JsonObject openInterest(String symbol, long now) {
        JsonObject o = new JsonObject();
        o.addProperty("openInterest", dec(oiCoin(btc(symbol), now), 3));
        o.addProperty("symbol", symbol);
        o.addProperty("time", now);
        return o;
    }

    private static JsonArray fundingRates(String symbol, long start, int limit, long now) {
        boolean btc = btc(symbol);
        long t = Math.max(start, btc ? BTC_LISTED : ETH_LISTED);
        t = ((t + 8 * HOUR - 1) / (8 * HOUR)) * 8 * HOUR;
        JsonArray rows = new JsonArray();
        for (; t <= now && rows.size() < Math.min(limit, 1000); t += 8 * HOUR) {
            JsonObject o = new JsonObject();
            o.addProperty("symbol", symbol);
            o.addProperty("fundingRate", dec(fundingRate(btc, t), 8));
            o.addProperty("fundingTime", t + 3); // Binance's few ms of jitter
            o.addProperty("markPrice", dec(price(btc, t), 8));
            rows.add(o);
        }
        return rows;
    }

    private static JsonArray oiHist(String symbol, long start, long end, int limit, long now) {
        boolean btc = btc(symbol);
        long step = 5 * MIN;
        long t = Math.max(start, now - 30 * DAY);
        t = ((t + step - 1) / step) * step;
        JsonArray rows = new JsonArray();
        for (; t <= Math.min(end, now - step) && rows.size() < Math.min(limit, 500); t += step) {
            JsonObject o = new JsonObject();
            double coin = oiCoin(btc, t);
            o.addProperty("symbol", symbol);
            o.addProperty("sumOpenInterest", dec(coin, 8));
            o.addProperty("sumOpenInterestValue", dec(coin * price(btc, t), 8));
            o.addProperty("CMCCirculatingSupply", btc ? "19790000.0" : "120700000.0");
            o.addProperty("timestamp", Long.toString(t));
            rows.add(o);
        }
        return rows;
    }

    private static JsonArray ratios(HttpUrl url, String symbol, long now) {
        boolean btc = btc(symbol);
        boolean taker = url.encodedPath().endsWith("takerlongshortRatio");
        double phase = url.encodedPath().hashCode() % 7;
        long step = 5 * MIN;
        long t = Math.max(longParam(url, "startTime", now - 30 * DAY), now - 30 * DAY);
        t = ((t + step - 1) / step) * step;
        JsonArray rows = new JsonArray();
        for (; t <= Math.min(longParam(url, "endTime", now), now - step) && rows.size() < 500; t += step) {
            double ratio = (btc ? 1.6 : 2.1) + 0.4 * Math.sin(t / (2.3 * DAY) + phase) + 0.1 * Math.sin(t / (3.0 * HOUR));
            JsonObject o = new JsonObject();
            if (taker) {
                o.addProperty("buySellRatio", dec(ratio / 1.7, 4));
                o.addProperty("buyVol", dec(1000 * ratio / 1.7, 4));
                o.addProperty("sellVol", "1000.0000");
            } else {
                double longShare = ratio / (1 + ratio);
                o.addProperty("symbol", symbol);
                o.addProperty("longShortRatio", dec(ratio, 4));
                o.addProperty("longAccount", dec(longShare, 4));
                o.addProperty("shortAccount", dec(1 - longShare, 4));
            }
            o.addProperty("timestamp", Long.toString(t));
            rows.add(o);
        }
        return rows;
    }

    private static JsonArray klines(String symbol, HttpUrl url, long now, boolean premiumIndex) {
        boolean btc = btc(symbol);
        String interval = url.queryParameter("interval");
        long step = switch (interval == null ? "" : interval.toLowerCase(Locale.ROOT)) {
            case "1m" -> MIN;
            case "5m" -> 5 * MIN;
            case "1h" -> HOUR;
            case "1d" -> DAY;
            default -> throw new IllegalArgumentException("Invalid interval.");
        };
        long t = Math.max(longParam(url, "startTime", now - 500 * step), btc ? BTC_LISTED : ETH_LISTED);
        t = ((t + step - 1) / step) * step;
        int limit = Math.min(intParam(url, "limit", 500), 1500);
        JsonArray rows = new JsonArray();
        for (; t <= now && rows.size() < limit; t += step) {
            long close = t + step - 1;
            double o = premiumIndex ? premium(btc, t) : price(btc, t);
            double c = premiumIndex ? premium(btc, Math.min(close, now)) : price(btc, Math.min(close, now));
            JsonArray k = new JsonArray();
            k.add(t);
            k.add(dec(o, 8));
            k.add(dec(Math.max(o, c), 8));
            k.add(dec(Math.min(o, c), 8));
            k.add(dec(c, 8));
            k.add("0");
            k.add(close);
            k.add("0");
            k.add(60);
            k.add("0");
            k.add("0");
            k.add("0");
            rows.add(k);
        }
        return rows;
    }

    private static long longParam(HttpUrl url, String name, long fallback) {
        String v = url.queryParameter(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    private static int intParam(HttpUrl url, String name, int fallback) {
        String v = url.queryParameter(name);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
