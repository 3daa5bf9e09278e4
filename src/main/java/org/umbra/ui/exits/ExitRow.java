package org.umbra.ui.exits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.Holding;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyChecks;
import org.umbra.ledger.Rights;

/**
 * One venue on the exit paths screen: its profile, what it holds of the user's BTC, and the two warnings.
 *
 * @param sats         held there, all ledgers
 * @param sharePercent of all the user's BTC
 * @param overdue      holds more than the drill threshold and its last drill is too old (or it never had one): the
 *                     rule of the "drills" policy check
 * @param noExitPath   holds a claim and no steps back to a UTXO are written down
 * @param workingClaim holds a working-ledger claim, so market stress there matters
 */
public record ExitRow(Custodian custodian, long sats, double sharePercent, boolean overdue, boolean noExitPath, boolean workingClaim) {

    /** Every venue of {@code state} ({@link LedgerState#venues()}), judged on {@code today}. */
    public static List<ExitRow> of(LedgerState state, LocalDate today) {
        long total = state.totalSats();
        List<ExitRow> out = new ArrayList<>();
        for (Custodian c : state.venues()) {
            long at = state.satsAt(c.name());
            double share = total == 0 ? 0 : 100.0 * at / total;
            boolean overdue = PolicyChecks.drillOverdue(state, c, today);
            List<Holding> here = state.holdings().stream().filter(h -> Custodian.key(h.venue()).equals(c.key())).toList();
            boolean claim = here.stream().anyMatch(h -> h.rights() == Rights.CLAIM);
            boolean working = here.stream().anyMatch(h -> h.rights() == Rights.CLAIM && h.ledger() == Ledger.WORKING);
            out.add(new ExitRow(c, at, share, overdue, claim && !c.hasExitPath(), working));
        }
        return out;
    }

    public String name() {
        return custodian.name();
    }
}
