package org.umbra.market.bybit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.umbra.market.bybit.BybitDtos.AccountRatioRow;
import org.umbra.market.bybit.BybitDtos.Bar;
import org.umbra.market.bybit.BybitDtos.FundingRow;
import org.umbra.market.bybit.BybitDtos.InstrumentInfo;
import org.umbra.market.bybit.BybitDtos.OpenInterestRow;
import org.umbra.market.bybit.BybitDtos.Page;
import org.umbra.market.bybit.BybitDtos.Ticker;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parsers for Bybit v5 bodies. Every body is wrapped in {@code {retCode, retMsg, result, time}}:
 * a non-zero retCode is an error even with HTTP 200. Numbers arrive as strings. Unknown extra
 * fields are ignored; a missing or mistyped required field rejects the whole body, naming it.
 */
final class BybitParsers {
    private BybitParsers() {
    }

    /** The {@code result} object of a successful envelope. */
    static JsonObject result(JsonElement body) {
        JsonObject o = Json.object(body, "response");
        int retCode = Json.integer(o, "retCode");
        if (retCode != 0) {
            String msg = o.has("retMsg") && o.get("retMsg").isJsonPrimitive() ? o.get("retMsg").getAsString() : "";
            throw new MalformedResponseException("venue error retCode " + retCode + (msg.isEmpty() ? "" : " '" + msg + "'"));
        }
        return Json.object(o.get("result"), "result");
    }

    private static long serverTime(JsonElement body) {
        return Json.epochMillis(Json.object(body, "response"), "time");
    }

    static Ticker ticker(JsonElement body, String expectedSymbol) {
        long time = serverTime(body);
        JsonArray list = Json.array(result(body).get("list"), "list");
        if (list.size() != 1) {
            throw new MalformedResponseException("list: expected one ticker for " + expectedSymbol + ", got " + list.size());
        }
        JsonObject o = Json.object(list.get(0), "list[0]");
        Json.symbol(o, expectedSymbol);
        int hours = Json.integer(o, "fundingIntervalHour");
        if (hours <= 0 || hours > 24) {
            throw new MalformedResponseException("field 'fundingIntervalHour': " + hours + " out of range");
        }
        return new Ticker(expectedSymbol,
                Json.positivePrice(Json.decimal(o, "markPrice"), "markPrice"),
                Json.positivePrice(Json.decimal(o, "indexPrice"), "indexPrice"),
                Json.decimal(o, "fundingRate"),
                Json.epochMillis(o, "nextFundingTime"),
                Json.nonNegative(Json.decimal(o, "openInterest"), "openInterest"),
                Json.nonNegative(Json.decimal(o, "openInterestValue"), "openInterestValue"),
                hours, time);
    }

    static InstrumentInfo instrument(JsonElement body, String expectedSymbol) {
        JsonArray list = Json.array(result(body).get("list"), "list");
        for (int i = 0; i < list.size(); i++) {
            JsonObject o = Json.object(list.get(i), "list[" + i + "]");
            if (expectedSymbol.equals(Json.string(o, "symbol"))) {
                int minutes = Json.integer(o, "fundingInterval");
                if (minutes <= 0 || minutes > 24 * 60) {
                    throw new MalformedResponseException("field 'fundingInterval': " + minutes + " minutes out of range");
                }
                return new InstrumentInfo(expectedSymbol, Json.epochMillis(o, "launchTime"), minutes);
            }
        }
        throw new MalformedResponseException("list: no instrument " + expectedSymbol);
    }

    static Page<OpenInterestRow> openInterest(JsonElement body, String expectedSymbol) {
        JsonObject r = result(body);
        Json.symbol(r, expectedSymbol);
        List<OpenInterestRow> rows = objectRows(r, o -> new OpenInterestRow(
                Json.nonNegative(Json.decimal(o, "openInterest"), "openInterest"), Json.epochMillis(o, "timestamp")));
        return new Page<>(rows, cursor(r));
    }

    static List<FundingRow> funding(JsonElement body, String expectedSymbol) {
        return objectRows(result(body), o -> {
            Json.symbol(o, expectedSymbol);
            return new FundingRow(Json.decimal(o, "fundingRate"), Json.epochMillis(o, "fundingRateTimestamp"));
        });
    }

    static Page<AccountRatioRow> accountRatio(JsonElement body, String expectedSymbol) {
        JsonObject r = result(body);
        List<AccountRatioRow> rows = objectRows(r, o -> {
            Json.symbol(o, expectedSymbol);
            BigDecimal sell = Json.nonNegative(Json.decimal(o, "sellRatio"), "sellRatio");
            if (sell.signum() == 0) {
                throw new MalformedResponseException("field 'sellRatio': zero, the long/short ratio is undefined");
            }
            return new AccountRatioRow(Json.nonNegative(Json.decimal(o, "buyRatio"), "buyRatio"), sell, Json.epochMillis(o, "timestamp"));
        });
        return new Page<>(rows, cursor(r));
    }

    /** Mark, index or premium-index klines: rows [startTime, open, high, low, close], newest first. */
    static List<Bar> bars(JsonElement body, String expectedSymbol) {
        JsonObject r = result(body);
        Json.symbol(r, expectedSymbol);
        JsonArray list = Json.array(r.get("list"), "list");
        List<Bar> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonArray k = Json.array(list.get(i), "list[" + i + "]");
            if (k.size() < 5) {
                throw new MalformedResponseException("list[" + i + "]: expected at least 5 columns, got " + k.size());
            }
            out.add(new Bar(Json.epochMillis(k.get(0), "list[" + i + "][0] startTime"), Json.decimal(k.get(4), "list[" + i + "][4] close")));
        }
        return out;
    }

    private static String cursor(JsonObject r) {
        JsonElement c = r.get("nextPageCursor");
        return c == null || c.isJsonNull() ? "" : Json.string(r, "nextPageCursor");
    }

    private static <T> List<T> objectRows(JsonObject result, Function<JsonObject, T> row) {
        return Json.objectRows(Json.array(result.get("list"), "list"), "list", row);
    }
}
