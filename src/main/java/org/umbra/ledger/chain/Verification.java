package org.umbra.ledger.chain;

import java.util.List;

/**
 * What the chain says about a set of addresses and extended keys.
 *
 * @param confirmedSats    sum of the confirmed balances of every address queried
 * @param unconfirmedSats  sum of their mempool balances (may be negative while a spend waits)
 * @param tipHeight        the best block when the check began
 * @param tipTimeMs        that block's time, UTC epoch milliseconds
 * @param used             every queried address with at least one transaction, in the order queried
 * @param addressesQueried how many address look-ups were made (each a separate request)
 */
public record Verification(long confirmedSats, long unconfirmedSats, int tipHeight, long tipTimeMs,
                           List<AddressBalance> used, int addressesQueried) {
    public Verification {
        used = List.copyOf(used);
    }
}
