package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.HOUR;
import static org.umbra.dev.SimulatedMarket.MIN;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for api.bybit.com ({@code bybit}), v5 market endpoints for linear BTCUSDT/ETHUSDT and inverse BTCUSD.
 * {@code tickers} and {@code instruments-info} replay the recorded/derived files (src/test/resources/org/umbra/market/bybit)
 * with the envelope {@code time} set to now; funding history, open interest, account ratio, mark-price and
 * premium-index klines are SIMULATED ({@link SimulatedMarket}) in the documented layout (envelope, string numbers,
 * newest first, the newest {@code limit} rows of [start, end]) from each symbol's {@code launchTime} (2020-03-30 in
 * those files: the docs' example, the real launch of each symbol is unverified) — the docs say OI and funding reach
 * back to the launch; the account ratio's depth is undocumented and is served from the launch too. Funding history
 * refuses startTime without endTime, as documented. Limit: 600 requests per 5 s per IP; over it HTTP 403 "access too
 * frequent" (the ban Bybit documents), no Retry-After.
 */
public final class SimulatedBybitVenue implements SimulatedVenue {
    private final long since;

    public SimulatedBybitVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "bybit";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(VenueLimit.allRequests("ip requests", 600, Duration.ofSeconds(5), VenueLimit.Window.ROLLING));
    }

    @Override
    public MockResponse badRequest(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("retCode", 10001);
        o.addProperty("retMsg", message);
        o.add("result", new JsonObject());
        o.add("retExtInfo", new JsonObject());
        o.addProperty("time", System.currentTimeMillis());
        return SimulatedMarket.json(o.toString());
    }

    @Override
    public MockResponse rejection(VenueLimit limit, long retryAfterMs) {
        return new MockResponse().setResponseCode(403).setHeader("Content-Type", "text/plain").setBody("access too frequent");
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        String symbol = SimulatedMarket.require(url, "symbol");
        if (!List.of("BTCUSDT", "ETHUSDT", "BTCUSD").contains(symbol)) {
            throw new IllegalArgumentException("params error: symbol invalid");
        }
        boolean inverse = symbol.equals("BTCUSD");
        boolean btc = symbol.startsWith("BTC");
        String file = inverse ? "inverse_BTCUSD_derived.json" : symbol.equals("BTCUSDT") ? "linear_BTCUSDT_doc.json" : "linear_ETHUSDT_derived.json";
        JsonElement result = switch (url.encodedPath()) {
            case "/v5/market/tickers" -> recorded("tickers_" + (inverse ? "inverse_BTCUSD_doc.json" : "linear_" + symbol + "_derived.json"));
            case "/v5/market/instruments-info" -> recorded("instruments_info_" + file);
            case "/v5/market/funding/history" -> {
                if (url.queryParameter("startTime") != null && url.queryParameter("endTime") == null) {
                    throw new IllegalArgumentException("params error: endTime is required");
                }
                yield list(symbol, url, 8 * HOUR, "startTime", "endTime", 200, now, t -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("symbol", symbol);
                    o.addProperty("fundingRate", SimulatedMarket.dec(SimulatedMarket.fundingRate(btc, t), 8));
                    o.addProperty("fundingRateTimestamp", Long.toString(t));
                    return o;
                });
            }
            case "/v5/market/open-interest" -> list(symbol, url, step(url.queryParameter("intervalTime")), "startTime", "endTime", 200, now, t -> {
                double coin = 0.3 * SimulatedMarket.oiCoin(btc, t);
                JsonObject o = new JsonObject();
                o.addProperty("openInterest", SimulatedMarket.dec(inverse ? coin * SimulatedMarket.price(true, t) : coin, inverse ? 0 : 8));
                o.addProperty("timestamp", Long.toString(t));
                return o;
            });
            case "/v5/market/account-ratio" -> list(symbol, url, step(url.queryParameter("period")), "startTime", "endTime", 500, now, t -> {
                double r = SimulatedMarket.ratio(btc ? 1.4 : 1.9, 2.0, t);
                JsonObject o = new JsonObject();
                o.addProperty("symbol", symbol);
                o.addProperty("buyRatio", SimulatedMarket.dec(r / (1 + r), 4));
                o.addProperty("sellRatio", SimulatedMarket.dec(1 - r / (1 + r), 4));
                o.addProperty("timestamp", Long.toString(t));
                return o;
            });
            case "/v5/market/mark-price-kline" -> bars(symbol, url, now, t -> SimulatedMarket.price(btc, t));
            case "/v5/market/premium-index-price-kline" -> {
                if (inverse) {
                    throw new IllegalArgumentException("params error: premium index klines are for linear contracts");
                }
                yield bars(symbol, url, now, t -> SimulatedMarket.premium(btc, t));
            }
            default -> throw new IllegalArgumentException("path not found " + url.encodedPath());
        };
        JsonObject o = new JsonObject();
        o.addProperty("retCode", 0);
        o.addProperty("retMsg", "OK");
        o.add("result", result);
        o.add("retExtInfo", new JsonObject());
        o.addProperty("time", now);
        return SimulatedMarket.json(o.toString());
    }

    private static JsonElement recorded(String file) {
        return JsonParser.parseString(SimulatedMarket.fixture("bybit", file)).getAsJsonObject().get("result");
    }

    /** Every symbol launched at the launchTime of its instruments-info file. */
    private static long launch(String file) {
        return recorded("instruments_info_" + file).getAsJsonObject().getAsJsonArray("list").get(0).getAsJsonObject().get("launchTime").getAsLong();
    }

    private static long step(String interval) {
        return switch (interval == null ? "" : interval) {
            case "1" -> MIN;
            case "5", "5min" -> 5 * MIN;
            case "60", "1h" -> HOUR;
            case "D", "1d" -> 24 * HOUR;
            default -> throw new IllegalArgumentException("params error: interval invalid");
        };
    }

    /** Grid times in [from, to] from the launch, up to now (the open bar included), the newest {@code limit}, newest first. */
    private long[] newest(String symbol, long step, long from, long to, int limit, long now) {
        String file = symbol.equals("BTCUSD") ? "inverse_BTCUSD_derived.json" : symbol.equals("BTCUSDT") ? "linear_BTCUSDT_doc.json"
                : "linear_ETHUSDT_derived.json";
        long first = SimulatedMarket.ceilTo(Math.max(since, launch(file)), step);
        long hi = Math.floorDiv(Math.min(to, now), step) * step;
        long lo = Math.max(first, SimulatedMarket.ceilTo(from, step));
        return LongStream.iterate(hi, t -> t >= lo, t -> t - step).limit(limit).toArray();
    }

    private JsonObject list(String symbol, HttpUrl url, long step, String startName, String endName, int maxLimit, long now,
            LongFunction<JsonObject> row) {
        int limit = Math.min(maxLimit, SimulatedMarket.intParam(url, "limit", maxLimit));
        JsonArray list = new JsonArray();
        for (long t : newest(symbol, step, SimulatedMarket.longParam(url, startName, 0), SimulatedMarket.longParam(url, endName, now), limit, now)) {
            list.add(row.apply(t));
        }
        JsonObject result = new JsonObject();
        result.addProperty("symbol", symbol);
        result.addProperty("category", url.queryParameter("category"));
        result.add("list", list);
        result.addProperty("nextPageCursor", "");
        return result;
    }

    private JsonObject bars(String symbol, HttpUrl url, long now, java.util.function.LongToDoubleFunction value) {
        long step = step(url.queryParameter("interval"));
        int limit = Math.min(1000, SimulatedMarket.intParam(url, "limit", 200));
        JsonArray list = new JsonArray();
        for (long t : newest(symbol, step, SimulatedMarket.longParam(url, "start", 0), SimulatedMarket.longParam(url, "end", now), limit, now)) {
            double open = value.applyAsDouble(t);
            double close = value.applyAsDouble(Math.min(t + step - 1, now));
            JsonArray k = new JsonArray();
            k.add(Long.toString(t));
            k.add(SimulatedMarket.dec(open, 8));
            k.add(SimulatedMarket.dec(Math.max(open, close), 8));
            k.add(SimulatedMarket.dec(Math.min(open, close), 8));
            k.add(SimulatedMarket.dec(close, 8));
            list.add(k);
        }
        JsonObject result = new JsonObject();
        result.addProperty("symbol", symbol);
        result.addProperty("category", url.queryParameter("category"));
        result.add("list", list);
        return result;
    }
}
