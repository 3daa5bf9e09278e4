package org.umbra.drill;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The changes the drill makes to a venue's real answer: every numeric string a number or every number a string,
 * one required field null, the outer shape swapped, the rows emptied. Each works on the parsed document and
 * returns new JSON text; the venue's answer itself is never touched.
 */
final class JsonMutations {
    private JsonMutations() {
    }

    /** Every string that is a plain decimal number ({@code "0.00010000"}, {@code "133741"}) becomes that number. */
    static String stringsToNumbers(String json) {
        return map(JsonParser.parseString(json), true).toString();
    }

    /** Every number becomes its own text as a string ({@code 1.0E-4} stays written as the venue wrote it). */
    static String numbersToStrings(String json) {
        return map(JsonParser.parseString(json), false).toString();
    }

    private static JsonElement map(JsonElement e, boolean toNumbers) {
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            e.getAsJsonArray().forEach(x -> out.add(map(x, toNumbers)));
            return out;
        }
        if (e.isJsonObject()) {
            JsonObject out = new JsonObject();
            e.getAsJsonObject().entrySet().forEach(x -> out.add(x.getKey(), map(x.getValue(), toNumbers)));
            return out;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (toNumbers && p.isString() && p.getAsString().matches("-?\\d+(\\.\\d+)?")) {
                return new JsonPrimitive(new BigDecimal(p.getAsString()));
            }
            if (!toNumbers && p.isNumber()) {
                return new JsonPrimitive(p.getAsString());
            }
        }
        return e;
    }

    /**
     * The first occurrence of {@code field} set to null: a key of an object, or {@code "#i"} for element i of the
     * first row that is itself an array (Coinbase candles, Binance klines).
     */
    static String nullField(String json, String field) {
        JsonElement root = JsonParser.parseString(json);
        if (!nullFirst(root, field)) {
            throw new IllegalStateException("no field " + field + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return root.toString();
    }

    private static boolean nullFirst(JsonElement e, String field) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has(field)) {
                o.add(field, JsonNull.INSTANCE);
                return true;
            }
            for (Map.Entry<String, JsonElement> x : o.entrySet()) {
                if (nullFirst(x.getValue(), field)) {
                    return true;
                }
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            if (field.startsWith("#") && a.size() > 0 && a.get(0).isJsonPrimitive()) {
                a.set(Integer.parseInt(field.substring(1)), JsonNull.INSTANCE);
                return true;
            }
            for (JsonElement x : a) {
                if (nullFirst(x, field)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An array where the venue sends an object ({@code [ {...} ]}), or an object where it sends an array ({@code {"data": [...]}}). */
    static String swapShape(String json) {
        JsonElement root = JsonParser.parseString(json);
        if (root.isJsonArray()) {
            JsonObject o = new JsonObject();
            o.add("data", root);
            return o.toString();
        }
        JsonArray a = new JsonArray();
        a.add(root);
        return a.toString();
    }

    /** The rows emptied: the outer array, or the first array inside the venue's envelope ({@code result.list}, {@code data}). */
    static String emptyRows(String json) {
        JsonElement root = JsonParser.parseString(json);
        if (root.isJsonArray()) {
            return "[]";
        }
        if (!emptyFirstArray(root)) {
            throw new IllegalStateException("no array in " + json.substring(0, Math.min(200, json.length())));
        }
        return root.toString();
    }

    private static boolean emptyFirstArray(JsonElement e) {
        if (!e.isJsonObject()) {
            return false;
        }
        for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
            if (x.getValue().isJsonArray()) {
                x.setValue(new JsonArray());
                return true;
            }
            if (emptyFirstArray(x.getValue())) {
                return true;
            }
        }
        return false;
    }
}
