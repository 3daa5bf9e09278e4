package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.DAY;
import static org.umbra.dev.SimulatedMarket.HOUR;
import static org.umbra.dev.SimulatedMarket.MIN;
import static org.umbra.dev.SimulatedMarket.dec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for www.okx.com ({@code okx}), v5 public endpoints for BTC-USDT-SWAP, ETH-USDT-SWAP and BTC-USD-SWAP.
 * {@code instruments} replays the derived SWAP list (src/test/resources/org/umbra/market/okx); everything else is
 * SIMULATED ({@link SimulatedMarket}) in the documented layout ({@code {"code":"0","msg":"","data":[…]}}, string
 * numbers, newest first) with OKX's real depths: funding-rate-history about 3 months (newest first, {@code after}
 * pages older, at most 400), rubik 1H statistics the last 30 days (720 rows, {@code begin} honoured), filled
 * liquidations the last day (one every 7 minutes, 100 a page, {@code after} pages older). Limits: each endpoint
 * its own "N requests per 2 s" (instruments, open-interest, index-tickers 20; funding-rate, funding-rate-history,
 * mark-price 10; rubik 5; liquidation-orders unpublished, 20 assumed), counted per endpoint for all instruments
 * (stricter than OKX's per IP + instId); over it HTTP 429 {@code {"code":"50011","msg":"Too Many Requests"}}.
 */
public final class SimulatedOkxVenue implements SimulatedVenue {
    private static final Map<String, Integer> LIMITS = Map.of("/api/v5/public/instruments", 20, "/api/v5/public/open-interest", 20,
            "/api/v5/market/index-tickers", 20, "/api/v5/public/funding-rate", 10, "/api/v5/public/funding-rate-history", 10,
            "/api/v5/public/mark-price", 10, "/api/v5/rubik/stat/contracts/open-interest-volume", 5,
            "/api/v5/rubik/stat/contracts/long-short-account-ratio", 5, "/api/v5/public/liquidation-orders", 20);
    private static final long FUNDING_DEPTH = 90 * DAY;
    private static final long RUBIK_DEPTH = 30 * DAY;
    private static final long LIQUIDATION_DEPTH = DAY;
    private static final long LIQUIDATION_SPACING = 7 * MIN;

    private final long since;

    public SimulatedOkxVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "okx";
    }

    @Override
    public List<VenueLimit> limits() {
        return LIMITS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> VenueLimit.requests(
                e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getValue(), Duration.ofSeconds(2), VenueLimit.Window.ROLLING,
                e.getKey()::equals)).toList();
    }

    @Override
    public MockResponse badRequest(String message) {
        return envelope(message.startsWith("rate limit") ? "50011" : "51000", message, new JsonArray()).setResponseCode(400);
    }

    @Override
    public MockResponse rejection(VenueLimit limit, long retryAfterMs) {
        return envelope("50011", "Too Many Requests", new JsonArray()).setResponseCode(429);
    }

    private static MockResponse envelope(String code, String msg, JsonArray data) {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("msg", msg);
        o.add("data", data);
        return SimulatedMarket.json(o.toString());
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        String path = url.encodedPath();
        JsonArray data = switch (path) {
            case "/api/v5/public/instruments" -> JsonParser.parseString(SimulatedMarket.fixture("okx", "okx_instruments_swap_derived.json"))
                    .getAsJsonObject().getAsJsonArray("data");
            case "/api/v5/public/mark-price" -> one(row(swap(url), "markPx", dec(price(swap(url), now), 1), now));
            case "/api/v5/market/index-tickers" -> {
                String index = SimulatedMarket.require(url, "instId");
                JsonObject o = new JsonObject();
                o.addProperty("instId", index);
                o.addProperty("idxPx", dec(price(index + "-SWAP", now) / (1 + SimulatedMarket.premium(index.startsWith("BTC"), now)), 1));
                o.addProperty("ts", Long.toString(now));
                yield one(o);
            }
            case "/api/v5/public/funding-rate" -> {
                String swap = swap(url);
                long next = SimulatedMarket.ceilTo(now, 8 * HOUR);
                JsonObject o = row(swap, "fundingRate", dec(SimulatedMarket.fundingRate(swap.startsWith("BTC"), now), 10), now);
                o.addProperty("fundingTime", Long.toString(next));
                o.addProperty("nextFundingTime", Long.toString(next + 8 * HOUR));
                o.addProperty("nextFundingRate", "");
                yield one(o);
            }
            case "/api/v5/public/open-interest" -> one(openInterest(swap(url), now));
            case "/api/v5/public/funding-rate-history" -> fundingHistory(swap(url), url, now);
            case "/api/v5/rubik/stat/contracts/open-interest-volume", "/api/v5/rubik/stat/contracts/long-short-account-ratio" ->
                    rubik(path.endsWith("open-interest-volume"), url, now);
            case "/api/v5/public/liquidation-orders" -> liquidations(url, now);
            default -> throw new IllegalArgumentException("unknown path " + path);
        };
        return envelope("0", "", data);
    }

    private static String swap(HttpUrl url) {
        String id = SimulatedMarket.require(url, "instId");
        if (!List.of("BTC-USDT-SWAP", "ETH-USDT-SWAP", "BTC-USD-SWAP").contains(id)) {
            throw new IllegalArgumentException("Instrument ID " + id + " doesn't exist");
        }
        return id;
    }

    private static double price(String swap, long t) {
        return SimulatedMarket.price(swap.startsWith("BTC"), t);
    }

    private static JsonArray one(JsonElement row) {
        JsonArray a = new JsonArray();
        a.add(row);
        return a;
    }

    private static JsonObject row(String swap, String field, String value, long ts) {
        JsonObject o = new JsonObject();
        o.addProperty("instType", "SWAP");
        o.addProperty("instId", swap);
        o.addProperty(field, value);
        o.addProperty("ts", Long.toString(ts));
        return o;
    }

    /** Contracts, and coin = contracts × ctVal on the linear swaps (0.01 BTC, 0.1 ETH) or × 100 USD / price on the inverse one. */
    private static JsonObject openInterest(String swap, long now) {
        boolean btc = swap.startsWith("BTC");
        double coin = 0.4 * SimulatedMarket.oiCoin(btc, now);
        double px = price(swap, now);
        long contracts = swap.equals("BTC-USD-SWAP") ? Math.round(coin * px / 100) : Math.round(coin / (btc ? 0.01 : 0.1));
        double oiCcy = swap.equals("BTC-USD-SWAP") ? contracts * 100 / px : contracts * (btc ? 0.01 : 0.1);
        JsonObject o = row(swap, "oi", Long.toString(contracts), now);
        o.addProperty("oiCcy", dec(oiCcy, 8));
        o.addProperty("oiUsd", dec(oiCcy * px, 4));
        return o;
    }

    private JsonArray fundingHistory(String swap, HttpUrl url, long now) {
        boolean btc = swap.startsWith("BTC");
        int limit = Math.min(400, SimulatedMarket.intParam(url, "limit", 100));
        long before = SimulatedMarket.longParam(url, "after", Long.MAX_VALUE);
        long oldest = Math.max(since, now - FUNDING_DEPTH);
        JsonArray rows = new JsonArray();
        for (long t = Math.floorDiv(Math.min(now, before - 1), 8 * HOUR) * 8 * HOUR; t >= oldest && rows.size() < limit; t -= 8 * HOUR) {
            double rate = SimulatedMarket.fundingRate(btc, t);
            JsonObject o = row(swap, "fundingRate", dec(rate + 0.0000012, 10), t);
            o.remove("ts");
            o.addProperty("realizedRate", dec(rate, 8));
            o.addProperty("fundingTime", Long.toString(t));
            o.addProperty("method", "current_period");
            rows.add(o);
        }
        return rows;
    }

    private JsonArray rubik(boolean openInterest, HttpUrl url, long now) {
        String ccy = SimulatedMarket.require(url, "ccy");
        if (!"1H".equals(url.queryParameter("period"))) {
            throw new IllegalArgumentException("period: only 1H is simulated");
        }
        boolean btc = ccy.equals("BTC");
        long oldest = Math.max(Math.max(since, now - RUBIK_DEPTH), SimulatedMarket.longParam(url, "begin", 0));
        JsonArray rows = new JsonArray();
        for (long t = Math.floorDiv(now, HOUR) * HOUR; t >= oldest && rows.size() < 720; t -= HOUR) {
            JsonArray r = new JsonArray();
            r.add(Long.toString(t));
            if (openInterest) {
                double usd = SimulatedMarket.oiCoin(btc, t) * SimulatedMarket.price(btc, t);
                r.add(dec(0.45 * usd, 4));
                r.add(dec(0.9 * usd, 4));
            } else {
                r.add(dec(SimulatedMarket.ratio(btc ? 1.5 : 2.0, 1.0, t), 8));
            }
            rows.add(r);
        }
        return rows;
    }

    private JsonArray liquidations(HttpUrl url, long now) {
        String family = SimulatedMarket.require(url, "uly");
        if (!List.of("BTC-USDT", "ETH-USDT", "BTC-USD").contains(family)) {
            throw new IllegalArgumentException("uly " + family + " doesn't exist");
        }
        int limit = Math.min(100, SimulatedMarket.intParam(url, "limit", 100));
        long before = SimulatedMarket.longParam(url, "after", Long.MAX_VALUE);
        long oldest = Math.max(since, now - LIQUIDATION_DEPTH);
        List<JsonObject> details = new ArrayList<>();
        for (long t = Math.floorDiv(Math.min(now, before - 1), LIQUIDATION_SPACING) * LIQUIDATION_SPACING; t >= oldest && details.size() < limit;
                t -= LIQUIDATION_SPACING) {
            boolean longSide = (t / LIQUIDATION_SPACING) % 3 != 0;
            JsonObject d = new JsonObject();
            d.addProperty("bkLoss", "0");
            d.addProperty("bkPx", dec(price(family, t) * (longSide ? 0.995 : 1.005), 1));
            d.addProperty("posSide", longSide ? "long" : "short");
            d.addProperty("side", longSide ? "sell" : "buy");
            d.addProperty("sz", dec(1 + (t / LIQUIDATION_SPACING) % 5, 1));
            d.addProperty("ts", Long.toString(t + 1_234));
            details.add(d);
        }
        JsonObject o = new JsonObject();
        JsonArray d = new JsonArray();
        details.forEach(d::add);
        o.add("details", d);
        o.addProperty("instFamily", family);
        o.addProperty("instId", family + "-SWAP");
        o.addProperty("instType", "SWAP");
        o.addProperty("uly", family);
        return one(o);
    }
}
