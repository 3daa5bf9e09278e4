package org.umbra.ui.ledgers;

import java.time.LocalDate;
import java.util.List;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.Rights;
import org.umbra.ledger.WatchCheck;

/** Holdings for the Ledgers view's tests, with amounts chosen so totals and shares come out round. */
final class LedgerSamples {
    static final String ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    /** Accepts bech32 P2WPKH-looking addresses only: enough to tell a good entry from a bad one in a test. */
    static final WatchCheck BC1Q_ONLY = entry -> entry.startsWith("bc1q") && entry.length() >= 42 ? null
            : "not a bc1q… address";

    private LedgerSamples() {
    }

    static Holding holding(String label, Long sats, Ledger ledger, Rights rights, InstrumentKind kind, String venue, List<String> tags,
            List<String> watch) {
        return new Holding(0, label, sats, kind == InstrumentKind.ETF_SHARES ? "IBIT" : "BTC", ledger, rights, kind, venue,
                LocalDate.of(2024, 1, 15), tags, "", watch, List.of());
    }

    static Holding cold(long sats) {
        return holding("Cold wallet", sats, Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", List.of("long-term"),
                List.of(ADDRESS));
    }

    static Holding spot(String venue, long sats, String tag) {
        return holding(venue + " spot", sats, Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, venue, List.of(tag), List.of());
    }

    static Holding etf(long sats) {
        return holding("IBIT", sats, Ledger.WORKING, Rights.EXPOSURE, InstrumentKind.ETF_SHARES, "Broker", List.of("Trading"), List.of());
    }

    static Holding earn(String venue, long sats) {
        return holding(venue + " Earn", sats, Ledger.YIELD, Rights.CLAIM, InstrumentKind.LENDING, venue, List.of(), List.of());
    }

    static Holding unverified() {
        return holding("Inheritance multisig", null, Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", List.of("long-term"),
                List.of("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"));
    }
}
