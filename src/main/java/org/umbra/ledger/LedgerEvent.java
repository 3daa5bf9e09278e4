package org.umbra.ledger;

import com.google.gson.JsonObject;

/**
 * One row of the ledger's append-only history: an entity's whole state after a change.
 *
 * @param changeId the user's action the row belongs to (an import is one change of many rows)
 * @param state    the entity after the change; null after a delete
 * @param undoes   the row this one reverts, when an undo wrote it
 * @param cause    where the change came from, in words: "form", "bip329 import (labels.jsonl)", "undo"
 */
public record LedgerEvent(long seq, long changeId, long atMs, Entity entity, String key, Action action, JsonObject state,
        Long amountSats, Long undoes, String cause) {

    /** What a row is about. */
    public enum Entity {
        HOLDING, CUSTODIAN, LABEL, POLICY;

        public String id() {
            return Ids.of(this);
        }

        public static Entity fromId(String id) {
            return Ids.parse(values(), id, "entity");
        }
    }

    /** What happened to the entity. */
    public enum Action {
        CREATE, EDIT, DELETE;

        public String id() {
            return Ids.of(this);
        }

        public static Action fromId(String id) {
            return Ids.parse(values(), id, "action");
        }
    }

    public LedgerEvent {
        if ((action == Action.DELETE) != (state == null)) {
            throw new IllegalArgumentException("a delete carries no state and every other change carries one");
        }
        state = state == null ? null : state.deepCopy();
    }
}
