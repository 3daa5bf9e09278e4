package org.umbra.ui.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.Holding;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.ui.ledgers.LedgersViewModel.Column;
import org.umbra.ui.ledgers.LedgersViewModel.Filter;
import org.umbra.ui.ledgers.LedgersViewModel.Row;

/**
 * Totals, shares and filters over five holdings: settlement 0.5 BTC + one of unknown amount, working 0.2 (Kraken)
 * + 0.1 (IBIT), yield 0.2 (Nexo): 1 BTC in all, so settlement 50 %, working 30 %, yield 20 %, and half of it
 * is not finality.
 */
class LedgersViewModelTest {
    @TempDir
    Path dir;
    private DbWriter writer;
    private LedgersViewModel model;

    @BeforeEach
    void fill() {
        Database db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        LedgerBook book = new LedgerBook(db, writer, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        book.add(LedgerSamples.cold(50_000_000), "test");
        book.add(LedgerSamples.spot("Kraken", 20_000_000, "trading"), "test");
        book.add(LedgerSamples.etf(10_000_000), "test");
        book.add(LedgerSamples.earn("Nexo", 20_000_000), "test");
        book.add(LedgerSamples.unverified(), "test");
        model = new LedgersViewModel(book.state());
    }

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void columnsCarryEachLedgersTotalAndShareOfTheWhole() {
        List<Column> cols = model.columns(Filter.ALL);
        assertEquals(List.of(Ledger.SETTLEMENT, Ledger.WORKING, Ledger.YIELD), cols.stream().map(Column::ledger).toList());
        assertEquals(List.of(50_000_000L, 30_000_000L, 20_000_000L), cols.stream().map(Column::sats).toList());
        assertEquals(50.0, cols.get(0).sharePercent(), 1e-9);
        assertEquals(30.0, cols.get(1).sharePercent(), 1e-9);
        assertEquals(20.0, cols.get(2).sharePercent(), 1e-9);
        assertEquals(List.of("Cold wallet", "Inheritance multisig"), labels(cols.get(0)));
        assertEquals("0.50000000", cols.get(0).rows().get(0).amount());
        assertEquals("unknown until verified", cols.get(0).rows().get(1).amount(), "no amount counts as 0 and says why");
        assertEquals("Total 1.00000000 BTC · shadow share 50 % (not finality) · 5 holdings", model.summary(Filter.ALL));
    }

    @Test
    void theFilterNarrowsTheRowsButNeverTheTotals() {
        Filter claims = new Filter(Rights.CLAIM, null, null);
        List<Column> cols = model.columns(claims);
        assertEquals(List.of(), labels(cols.get(0)));
        assertEquals(List.of("Kraken spot"), labels(cols.get(1)));
        assertEquals(List.of("Nexo Earn"), labels(cols.get(2)));
        assertEquals(30_000_000L, cols.get(1).sats(), "the header keeps the ledger's whole total");
        assertTrue(model.summary(claims).endsWith("· showing 2 of 5 holdings"), model.summary(claims));

        assertEquals(List.of("Kraken spot"), all(new Filter(null, " KRAKEN ", null)), "venues match as the book keys them");
        assertEquals(List.of("Cold wallet", "Inheritance multisig"), all(new Filter(null, LedgersViewModel.OWN_KEY, null)));
        assertEquals(List.of("Kraken spot", "IBIT"), all(new Filter(null, null, "TRADING")), "tags match ignoring case");
        assertEquals(List.of("IBIT"), all(new Filter(Rights.EXPOSURE, null, "trading")), "parts combine");
        assertEquals(List.of(), all(new Filter(Rights.FINALITY, "Nexo", null)));
    }

    @Test
    void filterChoicesAreTheVenuesAndTagsInUse() {
        assertEquals(List.of("Broker", "Kraken", "Nexo", LedgersViewModel.OWN_KEY), model.venuesInUse());
        // "trading" (Kraken, entered first) and "Trading" (IBIT) are one tag.
        assertEquals(List.of("long-term", "trading"), model.tagsInUse());
    }

    @Test
    void holdingsThatLookInconsistentCarryTheirWarnings() {
        List<Column> cols = model.columns(Filter.ALL);
        Row nexo = cols.get(2).rows().get(0);
        assertTrue(nexo.warned());
        assertTrue(nexo.warnings().get(0).startsWith("Yield holding with no exit path"), nexo.warnings().toString());
        assertFalse(cols.get(0).rows().get(0).warned(), "cold coins with an address to verify are as they should be");
    }

    @Test
    void percentagesAndDollars() {
        assertEquals("100 %", LedgersViewModel.percent(100));
        assertEquals("62.5 %", LedgersViewModel.percent(62.5));
        assertEquals("33.3 %", LedgersViewModel.percent(100.0 / 3));
        assertEquals("100 %", LedgersViewModel.percent(99.96), "rounds to one decimal first: 100.0 shows as 100");
        // 0.5 BTC at 60,000 USD = 30,000 USD.
        assertEquals("30,000 USD", LedgersViewModel.usd(50_000_000, OptionalDouble.of(60_000)));
        assertEquals("USD: no price stored", LedgersViewModel.usd(50_000_000, OptionalDouble.empty()));
    }

    private static List<String> labels(Column c) {
        return c.rows().stream().map(r -> r.holding().label()).toList();
    }

    private List<String> all(Filter f) {
        return model.columns(f).stream().flatMap(c -> c.rows().stream()).map(Row::holding).map(Holding::label).toList();
    }
}
