package org.umbra.market.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Strict field readers for venue JSON. Venues send numbers as strings or as numbers, sometimes both
 * for one field across endpoints; both are accepted, anything else names the field it failed on.
 */
public final class Json {
    /**
     * A venue number is zero or has a magnitude from 1e-100 up to (not including) 1e100. No market figure comes near
     * either bound (the largest, BitMEX's openValue in satoshis, is about 1e13), and within them a double holds it
     * finitely, as do the sources' products and quotients of up to three such numbers (contracts × size × price).
     * Beyond them "1e400" would be stored as Infinity and "-1e999999999" would take minutes to print in a message.
     */
    private static final BigDecimal LARGEST = new BigDecimal("1e100");
    private static final BigDecimal SMALLEST = new BigDecimal("1e-100");

    private Json() {
    }

    public static JsonObject object(JsonElement e, String what) {
        if (e == null || !e.isJsonObject()) {
            throw new MalformedResponseException(what + ": expected an object, got " + kind(e));
        }
        return e.getAsJsonObject();
    }

    public static JsonArray array(JsonElement e, String what) {
        if (e == null || !e.isJsonArray()) {
            throw new MalformedResponseException(what + ": expected an array, got " + kind(e));
        }
        return e.getAsJsonArray();
    }

    public static String string(JsonObject o, String field) {
        JsonPrimitive p = primitive(o.get(field), field);
        return p.getAsString();
    }

    /** A decimal sent as "123.45" or 123.45; must be zero or of a magnitude from 1e-100 to below 1e100. */
    public static BigDecimal decimal(JsonObject o, String field) {
        return decimal(o.get(field), field);
    }

    public static BigDecimal decimal(JsonElement e, String field) {
        JsonPrimitive p = primitive(e, field);
        if (!p.isNumber() && !p.isString()) {
            throw new MalformedResponseException("field '" + field + "': expected a number, got " + kind(p));
        }
        String text = p.getAsString().trim();
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            throw new MalformedResponseException("field '" + field + "': not a number: '" + clip(text) + "'");
        }
        BigDecimal abs = d.abs();
        if (abs.signum() != 0 && (abs.compareTo(LARGEST) >= 0 || abs.compareTo(SMALLEST) < 0)) {
            throw new MalformedResponseException("field '" + field + "': " + clip(text) + " is out of range for a market figure");
        }
        return d;
    }

    /** A whole number within int range (an interval, a count, a venue's error code), sent as a number or a string. */
    public static int integer(JsonObject o, String field) {
        BigDecimal d = decimal(o, field);
        try {
            return d.intValueExact();
        } catch (ArithmeticException ex) {
            throw new MalformedResponseException("field '" + field + "': not a whole number: " + clip(d.toString()));
        }
    }

    /** Epoch milliseconds sent as a number or a string of digits. */
    public static long epochMillis(JsonObject o, String field) {
        return epochMillis(o.get(field), field);
    }

    public static long epochMillis(JsonElement e, String field) {
        BigDecimal d = decimal(e, field);
        try {
            long ms = d.longValueExact();
            // Before 2009 or after 2200 is a unit mistake (seconds, microseconds), never a real market time.
            if (ms < 1_230_768_000_000L || ms > 7_258_118_400_000L) {
                throw new MalformedResponseException("field '" + field + "': " + ms + " is not epoch milliseconds");
            }
            return ms;
        } catch (ArithmeticException ex) {
            throw new MalformedResponseException("field '" + field + "': not a whole number of milliseconds: " + d);
        }
    }

    private static JsonPrimitive primitive(JsonElement e, String field) {
        if (e == null) {
            throw new MalformedResponseException("missing field '" + field + "'");
        }
        if (e.isJsonNull()) {
            throw new MalformedResponseException("field '" + field + "' is null");
        }
        if (!e.isJsonPrimitive()) {
            throw new MalformedResponseException("field '" + field + "': expected a value, got " + kind(e));
        }
        return e.getAsJsonPrimitive();
    }

    private static String kind(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "a boolean" : p.isNumber() ? "a number" : "a string";
    }

    /**
     * Reads the {@code symbol} field and, unless {@code expected} is null, insists it is the one asked
     * for: a venue that answers for another instrument must never be stored under this one.
     */
    public static String symbol(JsonObject o, String expected) {
        String symbol = string(o, "symbol");
        if (expected != null && !expected.equals(symbol)) {
            throw new MalformedResponseException("field 'symbol': expected " + expected + ", got " + symbol);
        }
        return symbol;
    }

    /** {@code v} unless it is below zero. */
    public static BigDecimal nonNegative(BigDecimal v, String field) {
        if (v.signum() < 0) {
            throw new MalformedResponseException("field '" + field + "': negative value " + v.toPlainString());
        }
        return v;
    }

    /** {@code v} unless it is zero or below; the message calls it a value. */
    public static BigDecimal positive(BigDecimal v, String field) {
        return positive(v, field, "value");
    }

    /** {@code v} unless it is zero or below; the message calls it a price. */
    public static BigDecimal positivePrice(BigDecimal v, String field) {
        return positive(v, field, "price");
    }

    private static BigDecimal positive(BigDecimal v, String field, String noun) {
        if (v.signum() <= 0) {
            throw new MalformedResponseException("field '" + field + "': expected a positive " + noun + ", got " + v.toPlainString());
        }
        return v;
    }

    /**
     * Maps an array of objects (element {@code i} named {@code what[i]} if it is not an object) and
     * prefixes a rejected row's message with {@code row i: }.
     */
    public static <T> List<T> objectRows(JsonArray rows, String what, Function<JsonObject, T> row) {
        return objectRows(rows, what, "row", row);
    }

    /** As {@link #objectRows(JsonArray, String, Function)}, the prefix being {@code rowLabel i: }. */
    public static <T> List<T> objectRows(JsonArray rows, String what, String rowLabel, Function<JsonObject, T> row) {
        List<T> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = object(rows.get(i), what + "[" + i + "]");
            try {
                out.add(row.apply(o));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException(rowLabel + " " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
