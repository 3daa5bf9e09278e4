package org.umbra.ledger;

import java.time.LocalDate;
import java.util.List;

/** Holdings for tests, with amounts chosen so the shares come out round. */
final class LedgerFixtures {
    static final String ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";

    private LedgerFixtures() {
    }

    static Holding cold(long sats) {
        return new Holding(0, "Cold wallet", sats, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "",
                LocalDate.of(2021, 3, 1), List.of("long-term"), "", List.of(ADDRESS), List.of());
    }

    static Holding exchange(String venue, long sats) {
        return new Holding(0, venue + " spot", sats, "BTC", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, venue, null,
                List.of("trading"), "", List.of(), List.of());
    }

    static Holding earn(String venue, long sats) {
        return new Holding(0, venue + " Earn", sats, "BTC", Ledger.YIELD, Rights.CLAIM, InstrumentKind.LENDING, venue, null, List.of(),
                "", List.of(), List.of());
    }

    static Holding etf(long sats) {
        return new Holding(0, "IBIT", sats, "IBIT", Ledger.WORKING, Rights.EXPOSURE, InstrumentKind.ETF_SHARES, "Broker", null, List.of(),
                "", List.of(), List.of());
    }
}
