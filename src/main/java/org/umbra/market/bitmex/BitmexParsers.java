package org.umbra.market.bitmex;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.Times;
import org.umbra.market.bitmex.BitmexDtos.FundingRow;
import org.umbra.market.bitmex.BitmexDtos.Instrument;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parsers for BitMEX REST v1 bodies. Times are ISO-8601 strings ({@code "2024-11-25T04:00:00.000Z"}), numbers are
 * JSON numbers (strings are accepted too). Unknown extra fields are ignored; a missing or mistyped required field
 * rejects the whole body, naming the field.
 */
final class BitmexParsers {
    /** {@code fundingInterval} is a duration written as a time after this origin: 2000-01-01T08:00:00.000Z = 8 h. */
    static final Instant INTERVAL_ORIGIN = Instant.parse("2000-01-01T00:00:00Z");
    private static final long MIN_MS = 1_230_768_000_000L;   // 2009-01-01
    private static final long MAX_MS = 7_258_118_400_000L;   // 2200-01-01

    private BitmexParsers() {
    }

    /** GET /api/v1/instrument?symbol=X: an array holding exactly the one instrument asked for. */
    static Instrument instrument(JsonElement body, String expectedSymbol) {
        JsonArray rows = Json.array(body, "instrument");
        if (rows.size() != 1) {
            throw new MalformedResponseException("instrument: expected exactly one row for " + expectedSymbol + ", got " + rows.size());
        }
        JsonObject o = Json.object(rows.get(0), "instrument[0]");
        return instrumentRow(o, expectedSymbol);
    }

    static Instrument instrumentRow(JsonObject o, String expectedSymbol) {
        String symbol = Json.symbol(o, expectedSymbol);
        BigDecimal multiplier = Json.decimal(o, "multiplier");
        if (multiplier.signum() == 0) {
            throw new MalformedResponseException("field 'multiplier': zero");
        }
        return new Instrument(symbol,
                bool(o, "isInverse"),
                bool(o, "isQuanto"),
                multiplier,
                optionalDecimal(o, "underlyingToSettleMultiplier"),
                optionalDecimal(o, "underlyingToPositionMultiplier"),
                optionalDecimal(o, "quoteToSettleMultiplier"),
                Json.string(o, "settlCurrency"),
                Json.nonNegative(Json.decimal(o, "openInterest"), "openInterest"),
                Json.nonNegative(Json.decimal(o, "openValue"), "openValue"),
                Json.positivePrice(Json.decimal(o, "markPrice"), "markPrice"),
                Json.positivePrice(Json.decimal(o, "indicativeSettlePrice"), "indicativeSettlePrice"),
                Json.decimal(o, "fundingRate"),
                isoMillis(o, "fundingTimestamp"),
                intervalMillis(o, "fundingInterval"),
                isoMillis(o, "timestamp"));
    }

    /** GET /api/v1/funding: rows of settled rates. */
    static List<FundingRow> funding(JsonElement body, String expectedSymbol) {
        JsonArray rows = Json.array(body, "funding");
        List<FundingRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = Json.object(rows.get(i), "funding[" + i + "]");
            try {
                out.add(fundingRow(o, expectedSymbol));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException("row " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static FundingRow fundingRow(JsonObject o, String expectedSymbol) {
        return new FundingRow(Json.symbol(o, expectedSymbol), isoMillis(o, "timestamp"), intervalMillis(o, "fundingInterval"),
                Json.decimal(o, "fundingRate"));
    }

    /** An ISO-8601 instant with its zone ({@code Z}), as epoch milliseconds. */
    static long isoMillis(JsonObject o, String field) {
        String text = isoText(o, field);
        Instant t;
        try {
            t = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("field '" + field + "': not an ISO-8601 UTC time: '" + clip(text) + "'");
        }
        // Checked as an Instant: one near year 1,000,000,000 parses but has no epoch milliseconds (toEpochMilli overflows).
        if (t.isBefore(Instant.ofEpochMilli(MIN_MS)) || t.isAfter(Instant.ofEpochMilli(MAX_MS))) {
            throw new MalformedResponseException("field '" + field + "': " + clip(text) + " is out of range");
        }
        return t.toEpochMilli();
    }

    /** {@code "2000-01-01T08:00:00.000Z"} means 8 h; anything from one minute to seven days, in whole minutes. */
    static long intervalMillis(JsonObject o, String field) {
        String text = isoText(o, field);
        Instant t;
        try {
            t = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("field '" + field + "': not an interval like 2000-01-01T08:00:00.000Z: '" + clip(text) + "'");
        }
        Duration d = Duration.between(INTERVAL_ORIGIN, t);
        if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(7)) > 0 || d.toMillis() % Times.MINUTE != 0) {
            throw new MalformedResponseException("field '" + field + "': interval " + clip(text) + " out of range");
        }
        return d.toMillis();
    }

    private static String isoText(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            throw new MalformedResponseException("missing field '" + field + "'");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new MalformedResponseException("field '" + field + "': expected an ISO-8601 time string");
        }
        return e.getAsString().trim();
    }

    private static boolean bool(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            throw new MalformedResponseException("missing field '" + field + "'");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new MalformedResponseException("field '" + field + "': expected true or false");
        }
        return e.getAsBoolean();
    }

    /** Null when absent or JSON null; otherwise it must be a number. */
    private static BigDecimal optionalDecimal(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber() || p.isString()) {
                return Json.decimal(o, field);
            }
        }
        throw new MalformedResponseException("field '" + field + "': expected a number or null");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
