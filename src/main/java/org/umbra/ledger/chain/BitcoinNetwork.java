package org.umbra.ledger.chain;

/** The Bitcoin network a ledger's addresses and keys belong to. */
public enum BitcoinNetwork {
    MAINNET("mainnet", org.bitcoinj.base.BitcoinNetwork.MAINNET),
    TESTNET("testnet", org.bitcoinj.base.BitcoinNetwork.TESTNET),
    SIGNET("signet", org.bitcoinj.base.BitcoinNetwork.SIGNET),
    REGTEST("regtest", org.bitcoinj.base.BitcoinNetwork.REGTEST);

    private final String displayName;
    private final org.bitcoinj.base.BitcoinNetwork library;

    BitcoinNetwork(String displayName, org.bitcoinj.base.BitcoinNetwork library) {
        this.displayName = displayName;
        this.library = library;
    }

    /** Lower-case name as users write it: "mainnet", "testnet", "signet", "regtest". */
    public String displayName() {
        return displayName;
    }

    /** The same network in bitcoinj's terms, kept inside this package. */
    org.bitcoinj.base.BitcoinNetwork library() {
        return library;
    }

    /** Testnet, signet and regtest share the test prefixes (m/n/2 addresses, tpub keys); only mainnet differs. */
    boolean usesTestPrefixes() {
        return this != MAINNET;
    }
}
