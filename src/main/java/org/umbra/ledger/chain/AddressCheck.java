package org.umbra.ledger.chain;

/**
 * What {@link Addresses#check} found.
 *
 * @param valid   true when the address is well formed and belongs to the expected network
 * @param address the text normalised: trimmed, bech32 lower-cased (base58 is case-sensitive and kept)
 * @param kind    P2PKH, P2SH, P2WPKH, P2WSH, P2TR or "other segwit"; null when invalid
 * @param problem what is wrong, in user words; null when valid
 */
public record AddressCheck(boolean valid, String address, String kind, String problem) {
    static AddressCheck ok(String address, String kind) {
        return new AddressCheck(true, address, kind, null);
    }

    static AddressCheck invalid(String address, String problem) {
        return new AddressCheck(false, address, null, problem);
    }
}
