package org.umbra.market.binance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.umbra.market.binance.BinanceDtos.FundingInfo;
import org.umbra.market.binance.BinanceDtos.FundingRate;
import org.umbra.market.binance.BinanceDtos.Kline;
import org.umbra.market.binance.BinanceDtos.OpenInterest;
import org.umbra.market.binance.BinanceDtos.OpenInterestHist;
import org.umbra.market.binance.BinanceDtos.PremiumIndex;
import org.umbra.market.binance.BinanceDtos.Ratio;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parsers for Binance USD-M bodies. Unknown extra fields are ignored (the venue adds fields, e.g.
 * CMCCirculatingSupply in 2025); a missing or mistyped required field rejects the whole body.
 */
final class BinanceParsers {
    private BinanceParsers() {
    }

    static OpenInterest openInterest(JsonElement body, String expectedSymbol) {
        JsonObject o = Json.object(body, "openInterest");
        String symbol = Json.symbol(o, expectedSymbol);
        return new OpenInterest(symbol, Json.nonNegative(Json.decimal(o, "openInterest"), "openInterest"), Json.epochMillis(o, "time"));
    }

    static List<OpenInterestHist> openInterestHist(JsonElement body, String expectedSymbol) {
        return objectRows(body, "openInterestHist", o -> new OpenInterestHist(Json.symbol(o, expectedSymbol),
                Json.nonNegative(Json.decimal(o, "sumOpenInterest"), "sumOpenInterest"),
                Json.nonNegative(Json.decimal(o, "sumOpenInterestValue"), "sumOpenInterestValue"),
                Json.epochMillis(o, "timestamp")));
    }

    static List<FundingRate> fundingRates(JsonElement body, String expectedSymbol) {
        return objectRows(body, "fundingRate",
                o -> new FundingRate(Json.symbol(o, expectedSymbol), Json.decimal(o, "fundingRate"), Json.epochMillis(o, "fundingTime")));
    }

    /**
     * Ratio rows of /futures/data: {@code field} is {@code longShortRatio} or {@code buySellRatio}.
     * The venue's published ratio is stored as given; {@code expectedSymbol} null where rows carry none (taker).
     */
    static List<Ratio> ratios(JsonElement body, String field, String expectedSymbol) {
        return objectRows(body, field, o -> {
            if (expectedSymbol != null) {
                Json.symbol(o, expectedSymbol);
            }
            return new Ratio(Json.nonNegative(Json.decimal(o, field), field), Json.epochMillis(o, "timestamp"));
        });
    }

    static List<FundingInfo> fundingInfo(JsonElement body) {
        return objectRows(body, "fundingInfo", o -> {
            int hours = Json.integer(o, "fundingIntervalHours");
            if (hours <= 0 || hours > 24) {
                throw new MalformedResponseException("fundingIntervalHours " + hours + " out of range");
            }
            return new FundingInfo(Json.string(o, "symbol"), hours);
        });
    }

    /** Maps an array of objects, prefixing any rejection with the row it came from. */
    private static <T> List<T> objectRows(JsonElement body, String what, Function<JsonObject, T> row) {
        return Json.objectRows(Json.array(body, what), what, row);
    }

    static PremiumIndex premiumIndex(JsonElement body, String expectedSymbol) {
        JsonObject o = Json.object(body, "premiumIndex");
        return new PremiumIndex(Json.symbol(o, expectedSymbol),
                Json.positivePrice(Json.decimal(o, "markPrice"), "markPrice"),
                Json.positivePrice(Json.decimal(o, "indexPrice"), "indexPrice"),
                Json.decimal(o, "lastFundingRate"),
                Json.epochMillis(o, "nextFundingTime"),
                Json.epochMillis(o, "time"));
    }

    /** Kline arrays: [openTime, open, high, low, close, volume, closeTime, …]; prices are strings. */
    static List<Kline> klines(JsonElement body) {
        JsonArray rows = Json.array(body, "klines");
        List<Kline> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonArray k = Json.array(rows.get(i), "klines[" + i + "]");
            if (k.size() < 7) {
                throw new MalformedResponseException("klines[" + i + "]: expected at least 7 columns, got " + k.size());
            }
            long open = Json.epochMillis(k.get(0), "klines[" + i + "][0] openTime");
            long close = Json.epochMillis(k.get(6), "klines[" + i + "][6] closeTime");
            if (close <= open) {
                throw new MalformedResponseException("klines[" + i + "]: closeTime " + close + " not after openTime " + open);
            }
            out.add(new Kline(open, Json.decimal(k.get(4), "klines[" + i + "][4] close"), close));
        }
        return out;
    }
}
