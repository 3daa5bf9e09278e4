package org.umbra.market.hyperliquid;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.hyperliquid.HyperliquidDtos.AssetCtx;
import org.umbra.market.hyperliquid.HyperliquidDtos.CoinPredictions;
import org.umbra.market.hyperliquid.HyperliquidDtos.FundingRow;
import org.umbra.market.hyperliquid.HyperliquidDtos.VenuePrediction;

/**
 * Parsers for Hyperliquid {@code POST /info} answers. Numbers arrive as strings (timestamps as integers); both
 * forms are accepted. Unknown extra fields are ignored; a missing or mistyped required field rejects the body.
 */
final class HyperliquidParsers {
    private HyperliquidParsers() {
    }

    /**
     * metaAndAssetCtxs: {@code [ {universe:[{name,…},…]}, [ctx,…] ]}. Contexts are index-aligned with the universe:
     * the coin is found by name, never by position, and the two lists must be the same length.
     */
    static AssetCtx metaAndAssetCtxs(JsonElement body, String coin) {
        JsonArray pair = Json.array(body, "metaAndAssetCtxs");
        if (pair.size() < 2) {
            throw new MalformedResponseException("metaAndAssetCtxs: expected [meta, assetCtxs], got " + pair.size() + " elements");
        }
        JsonArray universe = Json.array(Json.object(pair.get(0), "meta").get("universe"), "universe");
        JsonArray ctxs = Json.array(pair.get(1), "assetCtxs");
        if (universe.size() != ctxs.size()) {
            throw new MalformedResponseException("universe has " + universe.size() + " assets but assetCtxs has " + ctxs.size()
                    + ": they must be index-aligned");
        }
        int found = -1;
        for (int i = 0; i < universe.size(); i++) {
            String name = Json.string(Json.object(universe.get(i), "universe[" + i + "]"), "name");
            if (coin.equals(name)) {
                if (found >= 0) {
                    throw new MalformedResponseException("universe lists " + coin + " twice (at " + found + " and " + i + ")");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new MalformedResponseException("no asset " + coin + " in universe of " + universe.size());
        }
        try {
            return assetCtx(Json.object(ctxs.get(found), "assetCtxs[" + found + "]"), coin);
        } catch (MalformedResponseException | ArithmeticException e) {
            throw new MalformedResponseException(coin + " (assetCtxs[" + found + "]): " + e.getMessage(), e);
        }
    }

    /** One asset context (the same fields in the REST answer and the allDexsAssetCtxs WebSocket push). */
    static AssetCtx assetCtx(JsonObject o, String coin) {
        JsonElement premium = o.get("premium");
        return new AssetCtx(coin,
                Json.decimal(o, "funding"),
                Json.nonNegative(Json.decimal(o, "openInterest"), "openInterest"),
                Json.positivePrice(Json.decimal(o, "markPx"), "markPx"),
                Json.positivePrice(Json.decimal(o, "oraclePx"), "oraclePx"),
                premium == null || premium.isJsonNull() ? null : Json.decimal(premium, "premium"));
    }

    /** fundingHistory: hourly rows, ascending; each row's coin must be the one asked for. {@code premium} is optional. */
    static List<FundingRow> fundingHistory(JsonElement body, String coin) {
        JsonArray rows = Json.array(body, "fundingHistory");
        List<FundingRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = Json.object(rows.get(i), "fundingHistory[" + i + "]");
            try {
                String c = Json.string(o, "coin");
                if (!coin.equals(c)) {
                    throw new MalformedResponseException("field 'coin': expected " + coin + ", got " + c);
                }
                JsonElement premium = o.get("premium");
                out.add(new FundingRow(c, Json.decimal(o, "fundingRate"),
                        premium == null || premium.isJsonNull() ? null : Json.decimal(premium, "premium"), Json.epochMillis(o, "time")));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException("row " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * predictedFundings: {@code [[coin, [[venue, {fundingRate, nextFundingTime}], …]], …]}. A venue entry whose
     * value is null (a venue that does not list the coin) is skipped.
     */
    static List<CoinPredictions> predictedFundings(JsonElement body) {
        JsonArray coins = Json.array(body, "predictedFundings");
        List<CoinPredictions> out = new ArrayList<>(coins.size());
        for (int i = 0; i < coins.size(); i++) {
            String where = "predictedFundings[" + i + "]";
            JsonArray pair = pair(coins.get(i), where);
            String coin = text(pair.get(0), where + "[0] coin");
            JsonArray venues = Json.array(pair.get(1), where + "[1]");
            List<VenuePrediction> list = new ArrayList<>(venues.size());
            for (int k = 0; k < venues.size(); k++) {
                // Led by the index, not the coin alone: a garbled coin name must not make the message unreadable.
                String vwhere = where + " " + coin + " venue " + k;
                JsonArray v = pair(venues.get(k), vwhere);
                String venue = text(v.get(0), vwhere + " name");
                if (v.get(1).isJsonNull()) {
                    continue;
                }
                JsonObject p = Json.object(v.get(1), vwhere + " " + venue);
                try {
                    list.add(new VenuePrediction(venue, Json.decimal(p, "fundingRate"), Json.epochMillis(p, "nextFundingTime")));
                } catch (MalformedResponseException | ArithmeticException e) {
                    throw new MalformedResponseException(vwhere + " " + venue + ": " + e.getMessage(), e);
                }
            }
            out.add(new CoinPredictions(coin, List.copyOf(list)));
        }
        return out;
    }

    private static JsonArray pair(JsonElement e, String where) {
        JsonArray a = Json.array(e, where);
        if (a.size() != 2) {
            throw new MalformedResponseException(where + ": expected [name, value], got " + a.size() + " elements");
        }
        return a;
    }

    private static String text(JsonElement e, String what) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new MalformedResponseException(what + ": expected a string");
        }
        return e.getAsString();
    }
}
