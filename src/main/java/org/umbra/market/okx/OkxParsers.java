package org.umbra.market.okx;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.okx.OkxDtos.FundingHistory;
import org.umbra.market.okx.OkxDtos.FundingRate;
import org.umbra.market.okx.OkxDtos.IndexTicker;
import org.umbra.market.okx.OkxDtos.Instrument;
import org.umbra.market.okx.OkxDtos.LiquidatedSide;
import org.umbra.market.okx.OkxDtos.Liquidation;
import org.umbra.market.okx.OkxDtos.MarkPrice;
import org.umbra.market.okx.OkxDtos.OpenInterest;
import org.umbra.market.okx.OkxDtos.StatRow;

/**
 * Parsers for OKX v5 bodies: {@code {"code":"0","msg":"","data":[…]}} with every number a string.
 * A non-zero {@code code} (an error the venue sends with HTTP 200) rejects the body with the venue's
 * code and message. Unknown extra fields are ignored; a missing or mistyped required field rejects
 * the whole body, naming it.
 */
final class OkxParsers {
    private OkxParsers() {
    }

    /** The {@code data} array of the envelope. {@code code}, when present, must be "0". */
    static JsonArray data(JsonElement body, String what) {
        JsonObject o = Json.object(body, what);
        if (o.has("code") && !o.get("code").isJsonNull()) {
            String code = Json.string(o, "code");
            if (!"0".equals(code)) {
                String msg = o.has("msg") && o.get("msg").isJsonPrimitive() ? o.get("msg").getAsString() : "";
                throw new MalformedResponseException(what + ": venue error code " + code + (msg.isEmpty() ? "" : ": " + msg));
            }
        }
        return Json.array(o.get("data"), what + " field 'data'");
    }

    static List<Instrument> instruments(JsonElement body) {
        return objectRows(body, "instruments", o -> {
            BigDecimal ctVal = Json.positive(Json.decimal(o, "ctVal"), "ctVal");
            BigDecimal ctMult = Json.positive(Json.decimal(o, "ctMult"), "ctMult");
            String instId = Json.string(o, "instId");
            if (ctMult.compareTo(BigDecimal.ONE) != 0) {
                // Swaps publish ctMult 1; another value would change what a contract is worth: refuse to guess.
                throw new MalformedResponseException("field 'ctMult': " + instId + " has " + ctMult.toPlainString() + ", expected 1");
            }
            String ctType = Json.string(o, "ctType");
            if (!ctType.equals("linear") && !ctType.equals("inverse")) {
                throw new MalformedResponseException("field 'ctType': expected linear or inverse, got '" + ctType + "'");
            }
            String ctValCcy = Json.string(o, "ctValCcy");
            if (ctValCcy.isBlank()) {
                throw new MalformedResponseException("field 'ctValCcy': empty for " + instId);
            }
            return new Instrument(instId, Json.string(o, "instFamily"), ctType, ctVal, ctValCcy, Json.string(o, "settleCcy"));
        });
    }

    static OpenInterest openInterest(JsonElement body, String instId) {
        JsonObject o = single(body, "open-interest", instId);
        return new OpenInterest(instId,
                Json.nonNegative(Json.decimal(o, "oi"), "oi"),
                Json.nonNegative(Json.decimal(o, "oiCcy"), "oiCcy"),
                Json.nonNegative(Json.decimal(o, "oiUsd"), "oiUsd"),
                Json.epochMillis(o, "ts"));
    }

    static FundingRate fundingRate(JsonElement body, String instId) {
        JsonObject o = single(body, "funding-rate", instId);
        long fundingTime = Json.epochMillis(o, "fundingTime");
        long nextFundingTime = Json.epochMillis(o, "nextFundingTime");
        long interval = nextFundingTime - fundingTime;
        if (interval < 60_000L || interval > 24 * 3_600_000L || interval % 60_000L != 0) {
            throw new MalformedResponseException("fields 'fundingTime'/'nextFundingTime': interval " + interval
                    + " ms is not a whole number of minutes between 1 min and 24 h");
        }
        return new FundingRate(instId, Json.decimal(o, "fundingRate"), optionalDecimal(o, "nextFundingRate"),
                fundingTime, nextFundingTime, optionalDecimal(o, "premium"),
                optionalDecimal(o, "ts") == null ? null : Json.epochMillis(o, "ts"));
    }

    static List<FundingHistory> fundingHistory(JsonElement body, String instId) {
        return objectRows(body, "funding-rate-history", o -> new FundingHistory(checkInstId(o, instId),
                Json.decimal(o, "fundingRate"), Json.decimal(o, "realizedRate"), Json.epochMillis(o, "fundingTime")));
    }

    static MarkPrice markPrice(JsonElement body, String instId) {
        JsonObject o = single(body, "mark-price", instId);
        return new MarkPrice(instId, Json.positive(Json.decimal(o, "markPx"), "markPx"), Json.epochMillis(o, "ts"));
    }

    static IndexTicker indexTicker(JsonElement body, String indexId) {
        JsonObject o = single(body, "index-tickers", indexId);
        return new IndexTicker(indexId, Json.positive(Json.decimal(o, "idxPx"), "idxPx"), Json.epochMillis(o, "ts"));
    }

    /** Rubik rows {@code [ts, value, …]}, as strings; value must not be negative. */
    static List<StatRow> statRows(JsonElement body, String what, int minColumns) {
        JsonArray rows = data(body, what);
        List<StatRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String where = what + "[" + i + "]";
            JsonArray r = Json.array(rows.get(i), where);
            if (r.size() < minColumns) {
                throw new MalformedResponseException(where + ": expected at least " + minColumns + " columns, got " + r.size());
            }
            long ts = Json.epochMillis(r.get(0), where + "[0] ts");
            BigDecimal v = Json.nonNegative(Json.decimal(r.get(1), where + "[1]"), where + "[1]");
            out.add(new StatRow(ts, v));
        }
        return out;
    }

    /**
     * Liquidation details of {@code instId} (other instruments of the family are skipped). side "sell"
     * is a long position closed, "buy" a short; a hedge-mode posSide long/short must agree with it.
     */
    static List<Liquidation> liquidations(JsonElement body, String instId) {
        JsonArray groups = data(body, "liquidation-orders");
        List<Liquidation> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            JsonObject group = Json.object(groups.get(g), "liquidation-orders[" + g + "]");
            String id;
            try {
                id = Json.string(group, "instId");
            } catch (MalformedResponseException e) {
                throw new MalformedResponseException("liquidation-orders[" + g + "]: " + e.getMessage(), e);
            }
            if (!id.equals(instId)) {
                continue;
            }
            JsonArray details = Json.array(group.get("details"), "liquidation-orders[" + g + "] field 'details'");
            for (int i = 0; i < details.size(); i++) {
                String where = "liquidation-orders[" + g + "].details[" + i + "]";
                JsonObject d = Json.object(details.get(i), where);
                try {
                    out.add(liquidation(d, instId));
                } catch (MalformedResponseException | ArithmeticException e) {
                    throw new MalformedResponseException(where + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static Liquidation liquidation(JsonObject d, String instId) {
        String side = Json.string(d, "side");
        LiquidatedSide liquidated = switch (side) {
            case "sell" -> LiquidatedSide.LONG;
            case "buy" -> LiquidatedSide.SHORT;
            default -> throw new MalformedResponseException("field 'side': expected buy or sell, got '" + side + "'");
        };
        String posSide = d.has("posSide") && d.get("posSide").isJsonPrimitive() ? d.get("posSide").getAsString() : "";
        if ((posSide.equals("long") && liquidated != LiquidatedSide.LONG) || (posSide.equals("short") && liquidated != LiquidatedSide.SHORT)) {
            throw new MalformedResponseException("fields 'side'/'posSide': a " + side + " order cannot close a " + posSide + " position");
        }
        return new Liquidation(instId, liquidated, Json.positive(Json.decimal(d, "sz"), "sz"), Json.positive(Json.decimal(d, "bkPx"), "bkPx"),
                Json.epochMillis(d, "ts"));
    }

    /** Exactly one object in {@code data}, for {@code id} (field instId). */
    private static JsonObject single(JsonElement body, String what, String id) {
        JsonArray rows = data(body, what);
        if (rows.size() != 1) {
            throw new MalformedResponseException(what + ": expected one row for " + id + ", got " + rows.size());
        }
        JsonObject o = Json.object(rows.get(0), what + "[0]");
        checkInstId(o, id);
        return o;
    }

    private static String checkInstId(JsonObject o, String expected) {
        String instId = Json.string(o, "instId");
        if (!expected.equals(instId)) {
            throw new MalformedResponseException("field 'instId': expected " + expected + ", got " + instId);
        }
        return instId;
    }

    private static <T> List<T> objectRows(JsonElement body, String what, Function<JsonObject, T> row) {
        return Json.objectRows(data(body, what), what, what + " row", row);
    }

    /** OKX sends "" for a field it has no value for (nextFundingRate, premium): that and absence are null. */
    private static BigDecimal optionalDecimal(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull() || (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().isBlank())) {
            return null;
        }
        return Json.decimal(e, field);
    }
}
