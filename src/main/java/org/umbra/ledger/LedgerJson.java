package org.umbra.ledger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of holdings, custodians and thresholds, as stored in the history and in backups. Written
 * field by field (not by reflection) so the stored form is stable whatever the records become; reading
 * names the field that is wrong.
 */
public final class LedgerJson {
    private LedgerJson() {
    }

    public static JsonObject holding(Holding h) {
        JsonObject o = new JsonObject();
        o.addProperty("id", h.id());
        o.addProperty("label", h.label());
        if (h.amountSats() != null) {
            o.addProperty("amountSats", h.amountSats());
        }
        o.addProperty("asset", h.asset());
        o.addProperty("ledger", h.ledger().id());
        o.addProperty("rights", h.rights().id());
        o.addProperty("kind", h.kind().id());
        o.addProperty("venue", h.venue());
        if (h.opened() != null) {
            o.addProperty("opened", h.opened().toString());
        }
        o.add("tags", strings(h.tags()));
        o.addProperty("note", h.note());
        o.add("watch", strings(h.watch()));
        o.add("outpoints", strings(h.outpoints()));
        return o;
    }

    public static Holding holding(JsonObject o) {
        return new Holding(longField(o, "id"), string(o, "label"), o.has("amountSats") ? longField(o, "amountSats") : null,
                string(o, "asset"), Ledger.fromId(string(o, "ledger")), Rights.fromId(string(o, "rights")),
                InstrumentKind.fromId(string(o, "kind")), optString(o, "venue"), optDate(o, "opened"), stringList(o, "tags"),
                optString(o, "note"), stringList(o, "watch"), stringList(o, "outpoints"));
    }

    public static JsonObject custodian(Custodian c) {
        JsonObject o = new JsonObject();
        o.addProperty("name", c.name());
        o.addProperty("withdrawalMode", c.withdrawalMode().id());
        JsonArray halts = new JsonArray();
        for (Custodian.Halt h : c.halts()) {
            JsonObject ho = new JsonObject();
            ho.addProperty("date", h.date().toString());
            ho.addProperty("note", h.note());
            halts.add(ho);
        }
        o.add("halts", halts);
        o.addProperty("alternativeRoute", c.alternativeRoute());
        o.add("exitSteps", strings(c.exitSteps()));
        JsonArray drills = new JsonArray();
        for (ExitDrill d : c.drills()) {
            JsonObject dobj = new JsonObject();
            dobj.addProperty("date", d.date().toString());
            dobj.addProperty("steps", d.steps());
            dobj.addProperty("minutes", d.minutes());
            dobj.addProperty("outcome", Ids.of(d.outcome()));
            dobj.addProperty("note", d.note());
            drills.add(dobj);
        }
        o.add("drills", drills);
        o.addProperty("note", c.note());
        return o;
    }

    public static Custodian custodian(JsonObject o) {
        List<Custodian.Halt> halts = new ArrayList<>();
        for (JsonObject h : objects(o, "halts")) {
            halts.add(new Custodian.Halt(date(h, "date"), optString(h, "note")));
        }
        List<ExitDrill> drills = new ArrayList<>();
        for (JsonObject d : objects(o, "drills")) {
            ExitDrill.Outcome parsed;
            try {
                parsed = Ids.parse(ExitDrill.Outcome.values(), string(d, "outcome"), "outcome");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field 'outcome': " + e.getMessage());
            }
            drills.add(new ExitDrill(date(d, "date"), optString(d, "steps"), (int) longField(d, "minutes"), parsed, optString(d, "note")));
        }
        return new Custodian(string(o, "name"), WithdrawalMode.fromId(string(o, "withdrawalMode")), halts,
                optString(o, "alternativeRoute"), stringList(o, "exitSteps"), drills, optString(o, "note"));
    }

    public static JsonObject thresholds(PolicyThresholds t) {
        JsonObject o = new JsonObject();
        o.addProperty("yieldMaxPercent", t.yieldMaxPercent());
        o.addProperty("settlementMinPercent", t.settlementMinPercent());
        o.addProperty("drillMaxAgeDays", t.drillMaxAgeDays());
        o.addProperty("drillVenueMinPercent", t.drillVenueMinPercent());
        return o;
    }

    public static PolicyThresholds thresholds(JsonObject o) {
        return new PolicyThresholds(number(o, "yieldMaxPercent"), number(o, "settlementMinPercent"), (int) longField(o, "drillMaxAgeDays"),
                number(o, "drillVenueMinPercent"));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return e;
    }

    private static JsonPrimitive primitive(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonPrimitive()) {
            throw new IllegalArgumentException("field '" + name + "' is not a single value");
        }
        return e.getAsJsonPrimitive();
    }

    static String string(JsonObject o, String name) {
        JsonPrimitive p = primitive(o, name);
        if (!p.isString()) {
            throw new IllegalArgumentException("field '" + name + "' is not text");
        }
        return p.getAsString();
    }

    private static String optString(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? string(o, name) : "";
    }

    static long longField(JsonObject o, String name) {
        JsonPrimitive p = primitive(o, name);
        if (!p.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not a number");
        }
        try {
            return p.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a whole number: " + p.getAsString());
        }
    }

    private static double number(JsonObject o, String name) {
        JsonPrimitive p = primitive(o, name);
        if (!p.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not a number");
        }
        return p.getAsDouble();
    }

    private static LocalDate date(JsonObject o, String name) {
        String s = string(o, name);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a date (YYYY-MM-DD): '" + s + "'");
        }
    }

    private static LocalDate optDate(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? date(o, name) : null;
    }

    private static List<String> stringList(JsonObject o, String name) {
        if (!o.has(name) || o.get(name).isJsonNull()) {
            return List.of();
        }
        if (!o.get(name).isJsonArray()) {
            throw new IllegalArgumentException("field '" + name + "' is not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(name)) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("field '" + name + "' holds something other than text");
            }
            out.add(e.getAsString());
        }
        return out;
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        if (!o.has(name) || o.get(name).isJsonNull()) {
            return List.of();
        }
        if (!o.get(name).isJsonArray()) {
            throw new IllegalArgumentException("field '" + name + "' is not a list");
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(name)) {
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException("field '" + name + "' holds something other than objects");
            }
            out.add(e.getAsJsonObject());
        }
        return out;
    }
}
