package org.umbra.ledger.chain;

/**
 * What {@link ExtendedKeys#check} found.
 *
 * @param valid       true when the key is a well-formed extended public key of the expected network
 * @param key         the text trimmed
 * @param prefix      "xpub", "ypub", "zpub", "tpub", "upub" or "vpub"; null when unknown
 * @param addressKind the addresses it derives: P2PKH, P2SH-P2WPKH or P2WPKH; null when invalid
 * @param problem     what is wrong, in user words; null when valid
 */
public record ExtendedKeyCheck(boolean valid, String key, String prefix, String addressKind, String problem) {
}
