package org.umbra.ledger.bip329;

import java.util.Objects;

/**
 * What a label is attached to: BIP-329 tells accounts apart by {@code origin}, so the same ref under two
 * origins is two labels. {@code origin} is null when the record has none.
 */
public record LabelKey(LabelType type, String ref, String origin) {
    public LabelKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ref, "ref");
    }
}
