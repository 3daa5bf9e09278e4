package org.umbra.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Holding;
import org.umbra.ledger.HoldingForm;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DatabaseException;
import org.umbra.store.DbWriter;
import org.umbra.store.MigrationGuard;
import org.umbra.store.Migrations;
import org.umbra.testing.MovableClock;

/** Before a database holding a ledger is migrated (here to a test-only V5), the ledger is backed up, or nothing is migrated. */
class MigrationBackupTest {
    private static final Migrations WITH_V5 = Migrations.standard().plus("V5__probe.sql", "CREATE TABLE probe (x INTEGER);\n");
    /** This release's schema version, and the test-only one after it. */
    private static final int CURRENT = Migrations.standard().latestVersion();
    private static final int NEXT = CURRENT + 1;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-22T09:30:00Z"));

    @TempDir
    Path dir;

    private static Holding holding(String label, String amount) {
        return new HoldingForm(label, amount, Amounts.Unit.BTC, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", "",
                "", "", "").check(null, java.time.LocalDate.of(2026, 11, 1), e -> null).holding();
    }

    /** A v4 database whose ledger has two holdings, one edited: four history rows. */
    private List<LedgerEvent> v4WithLedger(Path file) {
        Database db = Database.open(file);
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, CLOCK);
            Holding cold = book.add(holding("Cold", "1.5"), "form");
            book.add(holding("Exchange", "0.25"), "form");
            book.save(cold.withLabel("Cold storage"), "form");
            assertEquals(CURRENT, db.schemaVersion());
            return book.history();
        } finally {
            writer.close();
        }
    }

    @Test
    void theLedgerIsBackedUpBeforeTheMigrationAndRestoresEqual() throws Exception {
        Path file = dir.resolve("u.db");
        List<LedgerEvent> history = v4WithLedger(file);

        Database migrated = Database.open(file, new MigrationBackup(CLOCK), WITH_V5, CLOCK);

        assertEquals(NEXT, migrated.schemaVersion());
        Path backup = dir.resolve("backups").resolve("ledger-before-v" + NEXT + "-20261122T093000Z.json");
        assertTrue(Files.isRegularFile(backup));
        assertEquals(Optional.of(backup), LedgerAutoBackup.newest(dir.resolve("backups")));
        List<LedgerEvent> read = LedgerBackup.read(Files.readString(backup));
        assertEquals(history, read);
        Database fresh = Database.open(dir.resolve("fresh.db"));
        DbWriter writer = new DbWriter(fresh);
        try {
            LedgerBook restored = new LedgerBook(fresh, writer, CLOCK);
            restored.restore(read);
            assertEquals(history, restored.history());
            assertEquals(List.of("Cold storage", "Exchange"), restored.state().holdings().stream().map(Holding::label).toList());
        } finally {
            writer.close();
        }
    }

    @Test
    void whenTheBackupCannotBeWrittenNothingIsMigrated() throws Exception {
        Path file = dir.resolve("u.db");
        v4WithLedger(file);
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file, new MigrationBackup(CLOCK), WITH_V5, CLOCK));

        assertTrue(e.getMessage().startsWith("Umbra must upgrade the database " + file + " from schema v" + CURRENT + " to v" + NEXT + " and backs up your ledger first,"
                + " but could not write " + dir.resolve("backups").resolve("ledger-before-v" + NEXT + "-20261122T093000Z.json") + " ("), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("backups") + " is a file, not a folder"), e.getMessage());
        assertTrue(e.getMessage().endsWith("The database was not changed. Make room (or move aside what is in the way) and start Umbra again."),
                e.getMessage());
        assertEquals(CURRENT, Database.open(file).schemaVersion());
    }

    @Test
    void anEmptyLedgerOrANewDatabaseNeedsNoBackup() {
        Path file = dir.resolve("u.db");
        Database.open(file);
        MigrationGuard refuse = (db, from, to) -> {
            throw new AssertionError("called for " + from + " -> " + to);
        };
        assertEquals(NEXT, Database.open(dir.resolve("new.db"), refuse, WITH_V5, CLOCK).schemaVersion()); // no ledger tables yet
        assertEquals(NEXT, Database.open(file, new MigrationBackup(CLOCK), WITH_V5, CLOCK).schemaVersion()); // tables, no rows
        assertTrue(!Files.exists(dir.resolve("backups")));
    }
}
