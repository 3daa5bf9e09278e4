package org.umbra.ledger;

import com.google.gson.JsonObject;

/** An entity's new state, asked for by a form, an import or an undo; {@code state} null deletes it. */
public record Change(LedgerEvent.Entity entity, String key, JsonObject state) {

    public static Change holding(Holding h) {
        return new Change(LedgerEvent.Entity.HOLDING, Long.toString(h.id()), LedgerJson.holding(h));
    }

    public static Change deleteHolding(long id) {
        return new Change(LedgerEvent.Entity.HOLDING, Long.toString(id), null);
    }

    public static Change custodian(Custodian c) {
        return new Change(LedgerEvent.Entity.CUSTODIAN, c.key(), LedgerJson.custodian(c));
    }

    public static Change thresholds(PolicyThresholds t) {
        return new Change(LedgerEvent.Entity.POLICY, LedgerState.THRESHOLDS_KEY, LedgerJson.thresholds(t));
    }

    /** A BIP-329 record as a label; its key is its type, ref and origin. */
    public static Change label(JsonObject record) {
        String origin = record.has("origin") && !record.get("origin").isJsonNull() ? record.get("origin").getAsString() : null;
        return new Change(LedgerEvent.Entity.LABEL,
                LedgerState.labelKey(record.get("type").getAsString(), record.get("ref").getAsString(), origin), record);
    }
}
