package org.umbra.ledger.chain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.umbra.market.http.SourceException;

/**
 * Checks settlement holdings against the chain: sums the balances of the given addresses and of the
 * addresses derived from the given extended public keys.
 *
 * <p><b>Only addresses ever leave the machine, never an extended key.</b> An xpub would let a server link
 * every past and future address of the wallet; so each key's addresses are derived here
 * ({@link ExtendedKeys#derive}) and looked up one by one, like any single address. Esplora has no xpub
 * endpoint anyway.
 *
 * <p>Each key is scanned on the receive chain (0) and the change chain (1) from index 0 until
 * {@value #GAP_LIMIT} consecutive addresses have no transaction (the BIP-44 gap limit): coins beyond such a
 * gap are not found, as in the wallets that use the same limit. An address given twice, or given and also
 * derived, is looked up once.
 */
public final class ChainVerifier {
    static final int GAP_LIMIT = 20;
    private static final int[] CHAINS = {0, 1};

    private final EsploraClient client;

    public ChainVerifier(EsploraClient client) {
        this.client = Objects.requireNonNull(client);
    }

    /**
     * @param addresses    addresses as entered (already checked with {@link Addresses#check})
     * @param extendedKeys extended public keys (already checked with {@link ExtendedKeys#check})
     * @throws SourceException on the first failed request: a partial sum would understate the holdings
     */
    public Verification verify(List<String> addresses, List<String> extendedKeys) throws SourceException {
        ChainTip tip = client.tip();
        Scan scan = new Scan();
        for (String address : addresses) {
            scan.query(address);
        }
        for (String key : extendedKeys) {
            for (int chain : CHAINS) {
                int unusedInARow = 0;
                for (int index = 0; unusedInARow < GAP_LIMIT; index++) {
                    AddressBalance balance = scan.query(ExtendedKeys.derive(key, chain, index));
                    unusedInARow = balance != null && balance.txCount() > 0 ? 0 : unusedInARow + 1;
                }
            }
        }
        return new Verification(scan.confirmed, scan.unconfirmed, tip.height(), tip.timeMs(), scan.used, scan.queried.size());
    }

    /** Running totals of one verification. */
    private final class Scan {
        private final Set<String> queried = new LinkedHashSet<>();
        private final List<AddressBalance> used = new ArrayList<>();
        private long confirmed;
        private long unconfirmed;

        /** The balance; an address already looked up is not asked or counted again (null if it was unused). */
        AddressBalance query(String address) throws SourceException {
            if (!queried.add(address)) {
                return used.stream().filter(b -> b.address().equals(address)).findFirst().orElse(null);
            }
            AddressBalance balance = client.address(address);
            confirmed = Math.addExact(confirmed, balance.confirmedSats());
            unconfirmed = Math.addExact(unconfirmed, balance.unconfirmedSats());
            if (balance.txCount() > 0) {
                used.add(balance);
            }
            return balance;
        }
    }
}
