package org.umbra.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * What looks inconsistent about a holding: warnings, never refusals (the user may know better), each saying
 * why it matters.
 */
public final class ConsistencyWarnings {
    private ConsistencyWarnings() {
    }

    public static List<String> of(Holding h, LedgerState state) {
        List<String> out = new ArrayList<>();
        if (h.kind() == InstrumentKind.ETF_SHARES && h.ledger() == Ledger.SETTLEMENT) {
            out.add("ETF shares in the settlement ledger: only authorised participants can redeem them for BTC; settlement is for"
                    + " coins under your own key.");
        }
        if (h.rights() == Rights.FINALITY && h.kind().usualRights() == Rights.EXPOSURE) {
            out.add("Exposure marked as finality: " + h.kind().title() + " gives the price, never the coin.");
        } else if (h.rights() == Rights.FINALITY && h.kind().usualRights() == Rights.CLAIM) {
            out.add("A claim marked as finality: " + h.kind().title() + " is a promise" + (h.held() ? " by " + h.venue() : "")
                    + " to hand BTC back, not a coin under your key.");
        }
        if (h.ledger() == Ledger.YIELD && !hasExitPath(h, state)) {
            out.add("Yield holding with no exit path: write down the steps back to a UTXO under your key"
                    + (h.held() ? " for " + h.venue() : "") + " (Exit paths).");
        }
        if (h.rights() == Rights.FINALITY && h.watch().isEmpty()) {
            out.add("Finality with no address to verify: add a watch-only address or xpub so Umbra can check it on chain.");
        }
        return out;
    }

    private static boolean hasExitPath(Holding h, LedgerState state) {
        return h.held() && state.custodian(h.venue()).map(Custodian::hasExitPath).orElse(false);
    }
}
