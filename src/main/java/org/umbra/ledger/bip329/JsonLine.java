package org.umbra.ledger.bip329;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line as one strict JSON object (RFC 8259: no comments, single quotes or unquoted names, which Gson would
 * otherwise let through). A field named twice is refused: which of the two values the exporter meant is unknowable.
 */
final class JsonLine {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    /**
     * Deepest nesting allowed. The spec's deepest field is a map inside the record (2 levels); the cap keeps the
     * recursive JsonElement copy, equality and writing far from a stack overflow on a hostile line.
     */
    static final int MAX_DEPTH = 32;

    /** The object, or the problem (without the line number). */
    record Parsed(JsonObject object, String problem) {
    }

    private JsonLine() {
    }

    static Parsed parse(String text) {
        if (depth(text) > MAX_DEPTH) {
            return failed("nested deeper than " + MAX_DEPTH + " levels; no label record is");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonObject object = new JsonObject();
        try {
            JsonToken first = reader.peek();
            if (first != JsonToken.BEGIN_OBJECT) {
                return failed("not a JSON object: found " + kind(first));
            }
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (object.has(name)) {
                    return failed("the field \"" + name + "\" appears twice");
                }
                object.add(name, JsonParser.parseReader(reader));
            }
            reader.endObject();
        } catch (IOException | JsonParseException e) {
            return failed("not a JSON object: invalid JSON" + near(e));
        }
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return new Parsed(object, null);
            }
        } catch (IOException | JsonParseException e) {
            // text that is not even a JSON value follows the object: same answer as below
        }
        return failed("not a JSON object: more text follows the closing '}'");
    }

    /** The deepest bracket nesting outside strings; the text need not be valid JSON. */
    private static int depth(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static Parsed failed(String problem) {
        return new Parsed(null, problem);
    }

    /** Gson's messages carry the column; the rest of them is about Gson, not about the user's file. */
    private static String near(Exception e) {
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        return m.find() ? " near column " + m.group(1) : "";
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "a JSON array";
            case STRING -> "a JSON string";
            case NUMBER -> "a JSON number";
            case BOOLEAN -> "a JSON boolean";
            case NULL -> "JSON null";
            default -> token.name();
        };
    }

    /** What a field value is, in the words of the messages: "a JSON number", "JSON null", ... */
    static String kind(JsonElement e) {
        if (e.isJsonNull()) {
            return "JSON null";
        }
        if (e.isJsonObject()) {
            return "a JSON object";
        }
        if (e.isJsonArray()) {
            return "a JSON array";
        }
        return e.getAsJsonPrimitive().isBoolean() ? "a JSON boolean" : e.getAsJsonPrimitive().isNumber() ? "a JSON number" : "a JSON string";
    }
}
