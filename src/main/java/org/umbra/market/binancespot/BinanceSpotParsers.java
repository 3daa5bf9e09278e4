package org.umbra.market.binancespot;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.binancespot.BinanceSpotDtos.SpotKline;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parser for {@code GET /api/v3/klines}: an array of arrays
 * {@code [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote, ignore]}.
 * Prices are strings, times are numbers. Extra trailing columns are tolerated; a missing or mistyped
 * column rejects the whole body, naming the row and the column.
 */
final class BinanceSpotParsers {
    private BinanceSpotParsers() {
    }

    /**
     * @param stepMillis the bar length asked for: every row must span exactly this (openTime .. closeTime + 1),
     *                   which also catches microsecond or second timestamps that happen to pass the range check
     */
    static List<SpotKline> klines(JsonElement body, long stepMillis) {
        JsonArray rows = Json.array(body, "klines");
        List<SpotKline> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String row = "klines[" + i + "]";
            JsonArray k = Json.array(rows.get(i), row);
            if (k.size() < 7) {
                throw new MalformedResponseException(row + ": expected at least 7 columns, got " + k.size());
            }
            // Json.epochMillis refuses values outside 2009..2200 in ms: archive-style microseconds
            // (1.7e15) and seconds (1.7e9) are rejected here with the column named.
            long open = Json.epochMillis(k.get(0), row + "[0] openTime");
            long close = Json.epochMillis(k.get(6), row + "[6] closeTime");
            if (close + 1 - open != stepMillis) {
                throw new MalformedResponseException(row + ": bar spans " + (close + 1 - open) + " ms from openTime " + open
                        + " to closeTime " + close + ", expected " + stepMillis + " ms");
            }
            BigDecimal price = Json.decimal(k.get(4), row + "[4] close");
            if (price.signum() <= 0) {
                throw new MalformedResponseException(row + "[4] close: expected a positive price, got " + price.toPlainString());
            }
            out.add(new SpotKline(open, price, close));
        }
        return out;
    }
}
