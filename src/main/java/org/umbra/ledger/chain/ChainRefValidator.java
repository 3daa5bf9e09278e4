package org.umbra.ledger.chain;

import org.umbra.ledger.bip329.RefValidator;

/** BIP-329 address and key refs checked with bitcoinj (checksums and network), as the holding form checks them. */
public final class ChainRefValidator implements RefValidator {
    private final BitcoinNetwork network;

    public ChainRefValidator(BitcoinNetwork network) {
        this.network = network;
    }

    @Override
    public String addressProblem(String address) {
        return Addresses.check(address, network).problem();
    }

    @Override
    public String extendedKeyProblem(String extendedKey) {
        return ExtendedKeys.check(extendedKey, network).problem();
    }
}
