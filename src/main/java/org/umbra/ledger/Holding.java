package org.umbra.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One holding of the user's BTC as it stands now.
 *
 * @param id         assigned when first stored; 0 for a holding not stored yet
 * @param amountSats BTC or BTC-equivalent in satoshis; null when unknown until verified on chain
 * @param asset      BTC, or the token that is a claim on BTC (cbBTC, WBTC, an ETF ticker)
 * @param venue      the custodian or platform holding it; empty for coins under the user's own key
 * @param opened     the day it was opened, when the user knows it
 * @param watch      watch-only addresses and extended public keys (xpub/ypub/zpub) to verify it on chain
 * @param outpoints  UTXOs (txid:vout) it is known to hold, from wallet labels
 */
public record Holding(long id, String label, Long amountSats, String asset, Ledger ledger, Rights rights, InstrumentKind kind,
        String venue, LocalDate opened, List<String> tags, String note, List<String> watch, List<String> outpoints) {

    public Holding {
        label = label == null ? "" : label.strip();
        asset = asset == null || asset.isBlank() ? "BTC" : asset.strip();
        venue = venue == null ? "" : venue.strip();
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        watch = watch == null ? List.of() : List.copyOf(watch);
        outpoints = outpoints == null ? List.of() : List.copyOf(outpoints);
        if (ledger == null || rights == null || kind == null) {
            throw new IllegalArgumentException("a holding needs a ledger, rights and an instrument kind");
        }
        if (amountSats != null && (amountSats < 0 || amountSats > Amounts.MAX_SATS)) {
            throw new IllegalArgumentException("amount out of range: " + amountSats + " sats");
        }
    }

    public Holding withId(long newId) {
        return new Holding(newId, label, amountSats, asset, ledger, rights, kind, venue, opened, tags, note, watch, outpoints);
    }

    public Holding withLabel(String newLabel) {
        return new Holding(id, newLabel, amountSats, asset, ledger, rights, kind, venue, opened, tags, note, watch, outpoints);
    }

    public Holding withWatch(List<String> newWatch, List<String> newOutpoints) {
        return new Holding(id, label, amountSats, asset, ledger, rights, kind, venue, opened, tags, note, newWatch, newOutpoints);
    }

    /** The amount, or 0 when unknown: totals count only what the user (or the chain) has stated. */
    public long knownSats() {
        return amountSats == null ? 0 : amountSats;
    }

    public boolean held() {
        return !venue.isEmpty();
    }
}
