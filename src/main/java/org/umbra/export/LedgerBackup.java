package org.umbra.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.LedgerState;

/**
 * The whole ledger as one JSON document: every row of its history, as stored. Restoring it into an empty
 * database and exporting again gives the same document but for {@code exportedAt}. Reading checks every row
 * and names the first that is wrong; nothing is written unless all of them are right.
 */
public final class LedgerBackup {
    public static final String FORMAT = "umbra-ledger-backup";
    public static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private LedgerBackup() {
    }

    public static String write(List<LedgerEvent> history, Instant exportedAt) {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", FORMAT);
        doc.addProperty("version", VERSION);
        doc.addProperty("exportedAt", exportedAt.toString());
        JsonArray rows = new JsonArray();
        for (LedgerEvent e : history) {
            JsonObject o = new JsonObject();
            o.addProperty("seq", e.seq());
            o.addProperty("changeId", e.changeId());
            o.addProperty("at", Instant.ofEpochMilli(e.atMs()).toString());
            o.addProperty("atMs", e.atMs());
            o.addProperty("entity", e.entity().id());
            o.addProperty("key", e.key());
            o.addProperty("action", e.action().id());
            o.add("state", e.state());
            o.addProperty("amountSats", e.amountSats());
            o.addProperty("undoes", e.undoes());
            o.addProperty("cause", e.cause());
            rows.add(o);
        }
        doc.add("history", rows);
        return GSON.toJson(doc) + "\n";
    }

    /** The history in {@code json}, checked; throws IllegalArgumentException naming what is wrong. */
    public static List<LedgerEvent> read(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + rootCause(e));
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("not an Umbra ledger backup (the document is not a JSON object)");
        }
        JsonObject doc = root.getAsJsonObject();
        if (!doc.has("format") || !FORMAT.equals(text(doc, "format", "document"))) {
            throw new IllegalArgumentException("not an Umbra ledger backup (field 'format' is not '" + FORMAT + "')");
        }
        long version = number(doc, "version", "document");
        if (version != VERSION) {
            throw new IllegalArgumentException("backup format version " + version + " is not one this Umbra reads (" + VERSION
                    + "); update Umbra");
        }
        JsonElement h = doc.get("history");
        if (h == null || !h.isJsonArray()) {
            throw new IllegalArgumentException("field 'history' is missing or not a list");
        }
        List<LedgerEvent> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long last = 0;
        int i = 0;
        LedgerState replayed = new LedgerState();
        for (JsonElement el : h.getAsJsonArray()) {
            String where = "history[" + i++ + "]";
            if (!el.isJsonObject()) {
                throw new IllegalArgumentException(where + ": not an object");
            }
            JsonObject o = el.getAsJsonObject();
            try {
                long seq = number(o, "seq", where);
                if (seq <= last) {
                    throw new IllegalArgumentException(where + ": seq " + seq + " is not after " + last);
                }
                long changeId = number(o, "changeId", where);
                if (changeId > seq || changeId < 1) {
                    throw new IllegalArgumentException(where + ": changeId " + changeId + " is not a row at or before seq " + seq);
                }
                Long undoes = o.has("undoes") && !o.get("undoes").isJsonNull() ? number(o, "undoes", where) : null;
                if (undoes != null && !seen.contains(undoes)) {
                    throw new IllegalArgumentException(where + ": undoes row " + undoes + ", which is not earlier in the history");
                }
                JsonElement state = o.get("state");
                if (state != null && !state.isJsonNull() && !state.isJsonObject()) {
                    throw new IllegalArgumentException(where + ": field 'state' is not an object");
                }
                Long amount = o.has("amountSats") && !o.get("amountSats").isJsonNull() ? number(o, "amountSats", where) : null;
                LedgerEvent row = new LedgerEvent(seq, changeId, number(o, "atMs", where), LedgerEvent.Entity.fromId(text(o, "entity", where)),
                        text(o, "key", where), LedgerEvent.Action.fromId(text(o, "action", where)),
                        state == null || state.isJsonNull() ? null : state.getAsJsonObject(), amount, undoes, text(o, "cause", where));
                replayed.apply(row); // Each row must read back as what it says it is.
                out.add(row);
                seen.add(seq);
                last = seq;
            } catch (RuntimeException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String text(JsonObject o, String field, String where) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is missing or not text");
        }
        return e.getAsString();
    }

    private static long number(JsonObject o, String field, String where) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is missing or not a number");
        }
        try {
            return e.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(where + ": field '" + field + "' is not a whole number");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
