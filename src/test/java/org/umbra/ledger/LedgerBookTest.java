package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class LedgerBookTest {
    @TempDir
    Path dir;
    private Database db;
    private DbWriter writer;
    private LedgerBook book;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        book = new LedgerBook(db, writer, clock);
    }

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void everyChangeIsAppendedAndTheStateIsItsReplay() {
        Holding cold = book.add(LedgerFixtures.cold(50_000_000), "form");
        Holding kraken = book.add(LedgerFixtures.exchange("Kraken", 20_000_000), "form");
        assertEquals(1, cold.id());
        assertEquals(2, kraken.id());
        book.save(new Holding(cold.id(), "Cold wallet (Coldcard)", 60_000_000L, "BTC", Ledger.SETTLEMENT, Rights.FINALITY,
                InstrumentKind.ONCHAIN, "", null, List.of(), "", List.of(LedgerFixtures.ADDRESS), List.of()), "form");
        book.delete(kraken.id(), "form");

        LedgerState s = book.state();
        assertEquals(List.of(1L), s.holdings().stream().map(Holding::id).toList());
        assertEquals(60_000_000L, s.totalSats());
        // Four rows: create, create, edit, delete; the deleted holding is still in the history.
        List<LedgerEvent> h = book.history();
        assertEquals(List.of("create", "create", "edit", "delete"), h.stream().map(e -> e.action().id()).toList());
        assertEquals(20_000_000L, h.get(1).amountSats());
        assertEquals("Kraken spot", h.get(1).state().get("label").getAsString());

        // A new book on the same file (a restart) derives the same state.
        LedgerBook reopened = new LedgerBook(db, writer, clock);
        assertEquals(LedgerJson.holding(s.holdings().get(0)), LedgerJson.holding(reopened.state().holdings().get(0)));
        assertEquals(4, reopened.history().size());
    }

    @Test
    void undoRevertsTheLastChangeByAppendingAndStepsBackOneChangeAtATime() {
        Holding cold = book.add(LedgerFixtures.cold(50_000_000), "form");
        book.save(cold.withLabel("Renamed"), "form");
        book.delete(cold.id(), "form");
        assertTrue(book.state().holdings().isEmpty());

        assertEquals(Optional.of("delete holding 'Renamed'"), book.undoable());
        assertEquals(Optional.of("delete holding 'Renamed'"), book.undo());
        assertEquals("Renamed", book.state().holding(cold.id()).orElseThrow().label());
        assertEquals(Optional.of("edit holding 'Renamed'"), book.undo());
        assertEquals("Cold wallet", book.state().holding(cold.id()).orElseThrow().label());
        assertEquals(Optional.of("add holding 'Cold wallet'"), book.undo());
        assertTrue(book.state().holdings().isEmpty());
        assertEquals(Optional.empty(), book.undo());
        // 3 changes and 3 undos, all kept; each undo row names the row it reverts.
        List<LedgerEvent> h = book.history();
        assertEquals(6, h.size());
        assertEquals(List.of(3L, 2L, 1L), h.subList(3, 6).stream().map(LedgerEvent::undoes).toList());
        assertEquals("undo: delete holding 'Renamed'", h.get(3).cause());
    }

    @Test
    void aChangeOfManyRowsCommitsAndUndoesAsOne() {
        book.add(LedgerFixtures.cold(1_000), "form");
        List<Change> importRows = List.of(
                Change.holding(LedgerFixtures.exchange("Kraken", 5).withId(2)),
                Change.holding(LedgerFixtures.exchange("Bitstamp", 7).withId(3)),
                Change.custodian(Custodian.named("Kraken")));
        List<LedgerEvent> rows = book.apply(importRows, "bip329 import (labels.jsonl)");
        assertEquals(3, rows.size());
        assertEquals(1, rows.stream().map(LedgerEvent::changeId).distinct().count());
        assertEquals(1_012, book.state().totalSats());

        assertEquals(Optional.of("3 changes (bip329 import (labels.jsonl))"), book.undo());
        assertEquals(1_000, book.state().totalSats());
        assertTrue(book.state().custodians().isEmpty());
    }

    @Test
    void aChangeThatLeavesEverythingAsItWasWritesNothing() {
        Holding cold = book.add(LedgerFixtures.cold(1_000), "form");
        assertTrue(book.apply(List.of(Change.holding(cold)), "form").isEmpty());
        assertTrue(book.apply(List.of(Change.deleteHolding(99)), "form").isEmpty());
        assertEquals(1, book.history().size());
    }

    @Test
    void theHistoryCannotBeRewrittenEvenInSql() throws SQLException {
        book.add(LedgerFixtures.cold(1_000), "form");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> st.execute("UPDATE ledger_event SET amount_sats = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> st.execute("DELETE FROM ledger_event"));
        }
    }

    @Test
    void aSecondProcessesChangesAreReadBeforeWritingSoIdsNeverCollide() {
        DbWriter otherWriter = new DbWriter(db);
        try {
            LedgerBook other = new LedgerBook(db, otherWriter, clock); // the command line, while the window is open
            book.add(LedgerFixtures.cold(1_000), "form");
            Holding fromCli = other.add(LedgerFixtures.exchange("Kraken", 5), "bip329 import");
            Holding fromWindow = book.add(LedgerFixtures.exchange("Bitstamp", 7), "form");
            assertEquals(2, fromCli.id());
            assertEquals(3, fromWindow.id());
            assertEquals(3, book.state().holdings().size());
            assertEquals(1_012, book.state().totalSats());
        } finally {
            otherWriter.close();
        }
    }

    @Test
    void listenersHearCommittedChangesOnly() {
        AtomicInteger heard = new AtomicInteger();
        book.addListener(heard::incrementAndGet);
        Holding cold = book.add(LedgerFixtures.cold(1_000), "form");
        book.apply(List.of(Change.holding(cold)), "form"); // no change
        book.undo();
        assertEquals(2, heard.get());
    }

    @Test
    void editingOrDeletingAMissingHoldingIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.delete(7, "form"));
        assertEquals("no holding with id 7 (it may have been deleted meanwhile)", e.getMessage());
    }

    @Test
    void drillsAndThresholdsAreChangesLikeAnyOther() {
        book.recordDrill("Kraken", new ExitDrill(java.time.LocalDate.of(2026, 11, 1), "withdraw 0.001 to cold", 35,
                ExitDrill.Outcome.COMPLETED, ""), "form");
        book.saveThresholds(new PolicyThresholds(5, 60, 30, 10), "form");
        LedgerState s = book.state();
        assertEquals(35, s.custodian("kraken ").orElseThrow().lastDrill().orElseThrow().minutes());
        assertEquals(5, s.thresholds().yieldMaxPercent());
        assertThrows(IllegalArgumentException.class, () -> book.saveThresholds(new PolicyThresholds(60, 60, 30, 10), "form"));
        book.undo();
        assertEquals(PolicyThresholds.defaults(), book.state().thresholds());
    }
}
