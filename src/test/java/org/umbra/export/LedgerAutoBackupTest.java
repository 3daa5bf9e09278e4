package org.umbra.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.umbra.store.DbWriter;
import org.umbra.testing.MovableClock;

class LedgerAutoBackupTest {
    @TempDir
    Path dir;

    private static Holding holding(String label, String amount) {
        return new HoldingForm(label, amount, Amounts.Unit.BTC, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", "",
                "", "", "").check(null, java.time.LocalDate.of(2026, 11, 1), e -> null).holding();
    }

    @Test
    void oneBackupADayTheNewestKeptAndNoneForAnEmptyLedger() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-01T09:00:00Z"));
        LedgerAutoBackup backups = new LedgerAutoBackup(dir.resolve("backups"), clock, 3);
        assertEquals(Optional.empty(), backups.backupIfDue(List.of()));
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, clock);
            book.add(holding("Cold", "1"), "form");
            Path first = backups.backupIfDue(book.history()).orElseThrow();
            assertEquals("ledger-20261101T090000Z.json", first.getFileName().toString());
            clock.set(clock.instant().plus(Duration.ofHours(23)));
            assertEquals(Optional.empty(), backups.backupIfDue(book.history())); // not a day yet
            for (int day = 1; day <= 4; day++) {
                clock.set(Instant.parse("2026-11-01T09:00:00Z").plus(Duration.ofDays(day)));
                assertTrue(backups.backupIfDue(book.history()).isPresent());
            }
            // Five taken, three kept: the newest.
            assertEquals(List.of("ledger-20261105T090000Z.json", "ledger-20261104T090000Z.json", "ledger-20261103T090000Z.json"),
                    backups.backups().stream().map(p -> p.getFileName().toString()).toList());
            List<LedgerEvent> back = LedgerBackup.read(Files.readString(backups.backups().get(0)));
            assertEquals(book.history().size(), back.size());
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(backups.backups().get(0))));
            }
        } finally {
            writer.close();
        }
    }

    @Test
    void aBackupRestoredOverALedgerReplacesItAsOneChangeThatUndoTakesBack() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-01T09:00:00Z"));
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, clock);
            Holding cold = book.add(holding("Cold", "1"), "form");
            List<LedgerEvent> backup = LedgerBackup.read(LedgerBackup.write(book.history(), clock.instant()));
            book.save(cold.withLabel("Renamed"), "form");
            book.add(holding("Later", "2"), "form");

            book.restoreOrReplace(backup, "restore of ledger-x.json");
            assertEquals(List.of("Cold"), book.state().holdings().stream().map(Holding::label).toList());
            assertEquals(100_000_000L, book.state().totalSats());
            assertTrue(book.undo().orElseThrow().endsWith("(restore of ledger-x.json)"));
            assertEquals(List.of("Renamed", "Later"), book.state().holdings().stream().map(Holding::label).toList());
        } finally {
            writer.close();
        }
    }
}
