package org.umbra.drill;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyThresholds;
import org.umbra.ledger.Rights;

/**
 * The drill's user: random ledger actions through the real {@link LedgerBook} (add, edit and delete holdings, set the
 * policy thresholds, undo), and the digest of a ledger state that the child prints after each action returns and the
 * audit compares with the replayed history.
 */
final class DrillLedger {
    /** Enough holdings that edits and deletes have choices, few enough that the digest stays one short line. */
    private static final int MAX_HOLDINGS = 12;

    private final LedgerBook book;
    private final Random random;

    DrillLedger(LedgerBook book, Random random) {
        this.book = book;
        this.random = random;
    }

    /** One user action, returned after its commit; the id of the change it made, or -1 when it changed nothing. */
    long act() {
        int before = book.history().size();
        List<Holding> holdings = book.state().holdings();
        int roll = random.nextInt(100);
        if (holdings.isEmpty() || roll < 30 && holdings.size() < MAX_HOLDINGS) {
            book.add(holding(0), "drill add");
        } else if (roll < 30 || roll >= 60 && roll < 75) { // an add with the ledger full deletes instead
            book.delete(holdings.get(random.nextInt(holdings.size())).id(), "drill delete");
        } else if (roll < 60) {
            Holding h = holdings.get(random.nextInt(holdings.size()));
            book.save(holding(h.id()), "drill edit");
        } else if (roll < 87) {
            // Yield at most 20 % and settlement at most 80 %: never over 100 % together, so always accepted.
            book.saveThresholds(new PolicyThresholds(random.nextInt(21), 40 + random.nextInt(41), 30 + random.nextInt(151),
                    1 + random.nextInt(10)), "drill thresholds");
        } else {
            book.undo();
        }
        List<LedgerEvent> history = book.history();
        return history.size() == before ? -1 : history.get(history.size() - 1).changeId();
    }

    /** A holding with a fresh label and amount: settlement coins on chain, or a working balance at an exchange. */
    private Holding holding(long id) {
        String label = "h" + Integer.toString(random.nextInt(1 << 30), 36);
        long sats = 1 + random.nextInt(2_000_000_000);
        return random.nextBoolean()
                ? new Holding(id, label, sats, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", null, List.of(), "",
                        List.of(), List.of())
                : new Holding(id, label, sats, "BTC", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, "Kraken", null,
                        List.of(), "", List.of(), List.of());
    }

    /**
     * What the user sees of {@code state}, as one token without spaces: every holding as id:label:sats:ledger, in id
     * order, then the thresholds. Example: {@code 1:hx3f:1500:settlement,4:h9a:20:working|t=10.0/50.0/90/5.0}.
     */
    static String digest(LedgerState state) {
        PolicyThresholds t = state.thresholds();
        return state.holdings().stream()
                .map(h -> h.id() + ":" + h.label() + ":" + h.amountSats() + ":" + h.ledger().id())
                .collect(Collectors.joining(","))
                + "|t=" + t.yieldMaxPercent() + "/" + t.settlementMinPercent() + "/" + t.drillMaxAgeDays() + "/" + t.drillVenueMinPercent();
    }
}
