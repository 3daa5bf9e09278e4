package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyWarningsTest {

    @Test
    void aPlainColdWalletHasNone() {
        assertEquals(List.of(), ConsistencyWarnings.of(LedgerFixtures.cold(1).withId(1), new LedgerState()));
    }

    @Test
    void etfSharesInSettlementMarkedAsFinalityGetBothWarnings() {
        Holding etf = new Holding(1, "IBIT", 1L, "IBIT", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ETF_SHARES, "Broker", null,
                List.of(), "", List.of(LedgerFixtures.ADDRESS), List.of());
        assertEquals(List.of(
                "ETF shares in the settlement ledger: only authorised participants can redeem them for BTC; settlement is for coins"
                        + " under your own key.",
                "Exposure marked as finality: ETF shares (BTC-equivalent) gives the price, never the coin."),
                ConsistencyWarnings.of(etf, new LedgerState()));
    }

    @Test
    void yieldWithoutExitPathAndFinalityWithoutAddress() {
        assertEquals(List.of("Yield holding with no exit path: write down the steps back to a UTXO under your key for Nexo (Exit paths)."),
                ConsistencyWarnings.of(LedgerFixtures.earn("Nexo", 1).withId(1), new LedgerState()));
        Holding noAddress = LedgerFixtures.cold(1).withId(1).withWatch(List.of(), List.of());
        assertEquals(List.of("Finality with no address to verify: add a watch-only address or xpub so Umbra can check it on chain."),
                ConsistencyWarnings.of(noAddress, new LedgerState()));
        Holding exchangeAsFinality = new Holding(1, "Kraken", 1L, "BTC", Ledger.WORKING, Rights.FINALITY, InstrumentKind.EXCHANGE_BALANCE,
                "Kraken", null, List.of(), "", List.of(LedgerFixtures.ADDRESS), List.of());
        assertEquals(List.of("A claim marked as finality: Exchange balance is a promise by Kraken to hand BTC back, not a coin under your key."),
                ConsistencyWarnings.of(exchangeAsFinality, new LedgerState()));
    }
}
