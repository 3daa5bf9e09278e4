package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.DAY;
import static org.umbra.dev.SimulatedMarket.HOUR;
import static org.umbra.dev.SimulatedMarket.MIN;
import static org.umbra.dev.SimulatedMarket.ceilTo;
import static org.umbra.dev.SimulatedMarket.dec;
import static org.umbra.dev.SimulatedMarket.fundingRate;
import static org.umbra.dev.SimulatedMarket.intParam;
import static org.umbra.dev.SimulatedMarket.longParam;
import static org.umbra.dev.SimulatedMarket.oiCoin;
import static org.umbra.dev.SimulatedMarket.premium;
import static org.umbra.dev.SimulatedMarket.price;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongToDoubleFunction;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for fapi.binance.com for demos, screenshots and benchmarks: every endpoint Umbra uses,
 * in the venue's documented response format (the same fields and types as the recorded responses
 * in src/test/resources/org/umbra/market/binance), with SIMULATED values ({@link SimulatedMarket}).
 * Paging, page sizes, listing dates (BTCUSDT 2019-09-10, ETHUSDT 2019-11-27) and the 30-day window of
 * {@code /futures/data/*} behave as documented, and so do the limits: 2,400 IP weight a minute (klines
 * weigh by {@code limit}), 500 funding requests and 1,000 {@code /futures/data} requests per 5 minutes.
 *
 * <p>Run: {@code java -cp ... org.umbra.dev.SimulatedBinanceVenue [port]}, then
 * {@code umbra --endpoint binance-futures=http://127.0.0.1:PORT}.
 */
public final class SimulatedBinanceVenue implements SimulatedVenue {
    private static final long BTC_LISTED = 1_568_102_400_000L; // 2019-09-10
    private static final long ETH_LISTED = 1_574_812_800_000L; // 2019-11-27

    private final long since;

    /** The full history, from listing. */
    public SimulatedBinanceVenue() {
        this(0);
    }

    /** @param since nothing older is served (a shorter history for quick runs) */
    public SimulatedBinanceVenue(long since) {
        this.since = since;
    }

    public static void main(String[] args) throws Exception {
        LimitedVenue venue = new LimitedVenue(new SimulatedBinanceVenue()).start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println("simulated binance-futures at " + venue.baseUrl() + " (values are simulated)");
        Thread.currentThread().join();
    }

    @Override
    public String sourceId() {
        return "binance-futures";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(new VenueLimit("ip weight", 2400, Duration.ofMinutes(1), VenueLimit.Window.FIXED, SimulatedBinanceVenue::ipWeight),
                VenueLimit.requests("fundingRate+fundingInfo", 500, Duration.ofMinutes(5), VenueLimit.Window.ROLLING,
                        p -> p.startsWith("/fapi/v1/funding")),
                VenueLimit.requests("futures/data", 1000, Duration.ofMinutes(5), VenueLimit.Window.ROLLING, p -> p.startsWith("/futures/data/")));
    }

    private static int ipWeight(RecordedRequest r) {
        String path = r.getRequestUrl().encodedPath();
        if (path.endsWith("Klines")) {
            return klineWeight(intParam(r.getRequestUrl(), "limit", 500));
        }
        return path.equals("/fapi/v1/premiumIndex") || path.equals("/fapi/v1/openInterest") ? 1 : 0;
    }

    /** Binance's kline weight by {@code limit}: [1,100) 1, [100,500) 2, [500,1000] 5, above 10. */
    static int klineWeight(int limit) {
        return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
    }

    @Override
    public MockResponse badRequest(String message) {
        return binanceError(message);
    }

    /** Binance's error body, {@code {"code":-1100,"msg":"..."}} with HTTP 400. */
    static MockResponse binanceError(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("code", message.startsWith("rate limit") ? -1003 : -1100);
        o.addProperty("msg", message);
        return SimulatedMarket.json(o.toString()).setResponseCode(400);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        return SimulatedMarket.json(respond(request.getRequestUrl(), now));
    }

    private String respond(HttpUrl url, long now) {
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

    private static boolean btc(String symbol) {
        if (!"BTCUSDT".equals(symbol) && !"ETHUSDT".equals(symbol)) {
            throw new IllegalArgumentException("Invalid symbol.");
        }
        return symbol.equals("BTCUSDT");
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

    private JsonArray fundingRates(String symbol, long start, int limit, long now) {
        boolean btc = btc(symbol);
        long t = Math.max(start, listed(btc));
        t = ceilTo(t, 8 * HOUR);
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

    private JsonArray oiHist(String symbol, long start, long end, int limit, long now) {
        boolean btc = btc(symbol);
        long step = 5 * MIN;
        long t = ceilTo(Math.max(start, Math.max(since, now - 30 * DAY)), step);
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

    private JsonArray ratios(HttpUrl url, String symbol, long now) {
        boolean btc = btc(symbol);
        boolean taker = url.encodedPath().endsWith("takerlongshortRatio");
        double phase = url.encodedPath().hashCode() % 7;
        long step = 5 * MIN;
        long t = ceilTo(Math.max(longParam(url, "startTime", now - 30 * DAY), Math.max(since, now - 30 * DAY)), step);
        JsonArray rows = new JsonArray();
        for (; t <= Math.min(longParam(url, "endTime", now), now - step) && rows.size() < 500; t += step) {
            double ratio = SimulatedMarket.ratio(btc ? 1.6 : 2.1, phase, t);
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

    private JsonArray klines(String symbol, HttpUrl url, long now, boolean premiumIndex) {
        boolean btc = btc(symbol);
        long step = klineStep(url.queryParameter("interval"));
        long first = Math.max(longParam(url, "startTime", now - 500 * step), listed(btc));
        LongToDoubleFunction value = premiumIndex ? t -> premium(btc, t) : t -> price(btc, t);
        return klines(value, first, step, Math.min(intParam(url, "limit", 500), 1500), now);
    }

    private long listed(boolean btc) {
        return Math.max(since, btc ? BTC_LISTED : ETH_LISTED);
    }

    static long klineStep(String interval) {
        return switch (interval == null ? "" : interval.toLowerCase(Locale.ROOT)) {
            case "1m" -> MIN;
            case "5m" -> 5 * MIN;
            case "1h" -> HOUR;
            case "1d" -> DAY;
            default -> throw new IllegalArgumentException("Invalid interval.");
        };
    }

    /** Binance kline rows (12 columns) of {@code value} from the first bar opening at or after {@code first}, up to now. */
    static JsonArray klines(LongToDoubleFunction value, long first, long step, int limit, long now) {
        JsonArray rows = new JsonArray();
        for (long t = ceilTo(first, step); t <= now && rows.size() < limit; t += step) {
            long close = t + step - 1;
            double o = value.applyAsDouble(t);
            double c = value.applyAsDouble(Math.min(close, now));
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
}
