package org.umbra.market.coinbase;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.coinbase.CoinbaseDtos.Candle;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parser for {@code GET /products/{product_id}/candles}: an array of arrays
 * {@code [time, low, high, open, close, volume]}, newest first, {@code time} in epoch seconds at the bucket's
 * start, prices as JSON numbers (strings are accepted too). Extra trailing columns are tolerated; a missing or
 * mistyped column rejects the whole body, naming the row and column.
 */
final class CoinbaseParsers {
    /** 2009-01-01 and 2200-01-01 in epoch seconds: outside is a unit mistake (milliseconds), not a market time. */
    private static final long MIN_SECONDS = 1_230_768_000L;
    private static final long MAX_SECONDS = 7_258_118_400L;

    private CoinbaseParsers() {
    }

    static List<Candle> candles(JsonElement body) {
        JsonArray rows = Json.array(body, "candles");
        List<Candle> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String row = "candles[" + i + "]";
            JsonArray c = Json.array(rows.get(i), row);
            if (c.size() < 5) {
                throw new MalformedResponseException(row + ": expected at least 5 columns [time, low, high, open, close], got " + c.size());
            }
            BigDecimal time = Json.decimal(c.get(0), row + "[0] time");
            long seconds;
            try {
                seconds = time.longValueExact();
            } catch (ArithmeticException e) {
                throw new MalformedResponseException("field '" + row + "[0] time': not a whole number of seconds: " + time);
            }
            if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
                throw new MalformedResponseException("field '" + row + "[0] time': " + seconds + " is not epoch seconds");
            }
            BigDecimal close = Json.decimal(c.get(4), row + "[4] close");
            if (close.signum() <= 0) {
                throw new MalformedResponseException(row + "[4] close: expected a positive price, got " + close.toPlainString());
            }
            out.add(new Candle(seconds * 1000L, close));
        }
        return out;
    }
}
