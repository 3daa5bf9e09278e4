package org.umbra.ledger.chain;

import java.util.List;
import java.util.Locale;
import org.umbra.ledger.WatchCheck;

/**
 * A holding's watch-only entries, told apart: extended public keys by their SLIP-132 prefix, everything else
 * an address. Checks each with bitcoinj on the ledger's network.
 */
public final class WatchEntries implements WatchCheck {
    private final BitcoinNetwork network;

    public WatchEntries(BitcoinNetwork network) {
        this.network = network;
    }

    public static BitcoinNetwork network(String name) {
        for (BitcoinNetwork n : BitcoinNetwork.values()) {
            if (n.displayName().equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown Bitcoin network '" + name + "'");
    }

    /** xpub/ypub/zpub/tpub/upub/vpub and their private and multisig spellings (refused by the check, by name). */
    public static boolean isExtendedKey(String entry) {
        return entry.length() > 4 && entry.substring(1, 4).toLowerCase(Locale.ROOT).matches("pub|prv")
                && "xyztuvXYZTUV".indexOf(entry.charAt(0)) >= 0;
    }

    @Override
    public String problem(String entry) {
        return isExtendedKey(entry) ? ExtendedKeys.check(entry, network).problem() : Addresses.check(entry, network).problem();
    }

    public static List<String> addresses(List<String> watch) {
        return watch.stream().filter(e -> !isExtendedKey(e)).toList();
    }

    public static List<String> extendedKeys(List<String> watch) {
        return watch.stream().filter(WatchEntries::isExtendedKey).toList();
    }
}
