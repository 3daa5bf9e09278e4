package org.umbra.ledger.bip329;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Set;

/**
 * One BIP-329 record, independent of any holding.
 *
 * @param type      the record type
 * @param ref       what is labelled (txid, address, key, {@code txid:index} or extended key), verbatim
 * @param label     the text; null means the field was absent, and an importer must then leave an existing label unchanged
 * @param origin    abbreviated output descriptor of the originating wallet, or null
 * @param spendable the "frozen UTXO" flag, only on output records; null when absent
 * @param extras    every other field (the spec's optional height, time, fee, value, rate, keypath, fmv, heights,
 *                  and fields of later versions) in their original order, so an export gives them back unchanged
 */
public record LabelRecord(LabelType type, String ref, String label, String origin, Boolean spendable, JsonObject extras) {
    /** The fields this record holds in components of its own; everything else is an extra. */
    static final Set<String> CORE_FIELDS = Set.of("type", "ref", "label", "origin", "spendable");

    public LabelRecord {
        Objects.requireNonNull(type, "type");
        if (ref == null || ref.isEmpty()) {
            throw new IllegalArgumentException("a label record needs a ref");
        }
        if (spendable != null && type != LabelType.OUTPUT) {
            throw new IllegalArgumentException("spendable is only for output records, not " + type.wireName());
        }
        extras = extras == null ? new JsonObject() : extras.deepCopy();
        for (String name : extras.keySet()) {
            if (CORE_FIELDS.contains(name)) {
                throw new IllegalArgumentException("extras must not hold the field \"" + name + "\": it has its own component");
            }
        }
    }

    /** A record with a label and nothing else. */
    public LabelRecord(LabelType type, String ref, String label) {
        this(type, ref, label, null, null, null);
    }

    /** A copy: JsonObject is mutable and this record is not. */
    @Override
    public JsonObject extras() {
        return extras.deepCopy();
    }

    /** The identity an importer merges on: (type, ref, origin). */
    public LabelKey key() {
        return new LabelKey(type, ref, origin);
    }
}
