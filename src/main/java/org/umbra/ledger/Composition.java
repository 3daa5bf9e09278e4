package org.umbra.ledger;

import java.util.ArrayList;
import java.util.List;

/** The ledgers' totals over time, derived from the history: one point after each change of holdings. */
public final class Composition {
    /** Totals in satoshis just after a change. */
    public record Point(long atMs, long settlement, long working, long yield, long finality) {
        public long total() {
            return settlement + working + yield;
        }

        /** Percent of the BTC that is not finality; 0 when there is none. */
        public double shadowSharePercent() {
            return total() == 0 ? 0 : 100.0 * (total() - finality) / total();
        }
    }

    private Composition() {
    }

    public static List<Point> over(List<LedgerEvent> history) {
        LedgerState state = new LedgerState();
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            LedgerEvent e = history.get(i);
            state.apply(e);
            boolean lastOfChange = i + 1 == history.size() || history.get(i + 1).changeId() != e.changeId();
            if (lastOfChange && touchesHoldings(history, e.changeId(), i)) {
                Point p = new Point(e.atMs(), state.sats(Ledger.SETTLEMENT), state.sats(Ledger.WORKING), state.sats(Ledger.YIELD),
                        state.sats(Rights.FINALITY));
                if (!out.isEmpty() && out.get(out.size() - 1).atMs() == p.atMs()) {
                    out.set(out.size() - 1, p);
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean touchesHoldings(List<LedgerEvent> history, long changeId, int last) {
        for (int i = last; i >= 0 && history.get(i).changeId() == changeId; i--) {
            if (history.get(i).entity() == LedgerEvent.Entity.HOLDING) {
                return true;
            }
        }
        return false;
    }
}
