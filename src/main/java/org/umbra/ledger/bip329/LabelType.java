package org.umbra.ledger.bip329;

import java.util.Optional;

/** The record types BIP-329 defines, each with the name it has on the wire. */
public enum LabelType {
    TX("tx"),
    ADDR("addr"),
    PUBKEY("pubkey"),
    INPUT("input"),
    OUTPUT("output"),
    XPUB("xpub");

    private final String wireName;

    LabelType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code type} field, e.g. {@code "tx"}. */
    public String wireName() {
        return wireName;
    }

    /** The type with exactly this wire name (the spec's names are lower case), or empty. */
    public static Optional<LabelType> fromWireName(String name) {
        for (LabelType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
