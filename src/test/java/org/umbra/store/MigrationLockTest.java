package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up migrates while another program writes: it waits for the lock, and a lock held too long is reported naming the file. */
class MigrationLockTest {
    private static final Migrations WITH_V5 = Migrations.standard().plus("V5__probe.sql", "CREATE TABLE probe (x INTEGER);\n");

    @TempDir
    Path dir;

    /** Holds the write lock from another connection for {@code millis}, as another Umbra's long write would. */
    private static Thread holdLock(Database db, long millis, CountDownLatch locked) {
        Thread other = new Thread(() -> {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                locked.countDown();
                Thread.sleep(millis);
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        return other;
    }

    @Test
    void aMigrationWaitsForAnotherProgramsWrite() throws Exception {
        Path file = dir.resolve("u.db");
        Database v4 = Database.open(file);
        CountDownLatch locked = new CountDownLatch(1);
        Thread other = holdLock(v4, 1_000, locked);
        locked.await();
        Database db = Database.open(file, MigrationGuard.NONE, WITH_V5, Clock.systemUTC());
        assertEquals(Migrations.standard().latestVersion() + 1, db.schemaVersion());
        other.join();
    }

    @Test
    void aLockHeldLongerThanTheWaitIsReportedAndNothingMigrated() throws Exception {
        Path file = dir.resolve("u.db");
        Database v4 = Database.open(file);
        CountDownLatch locked = new CountDownLatch(1);
        Thread other = holdLock(v4, Database.BUSY_TIMEOUT_MS + 3_000, locked);
        locked.await();
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(file, MigrationGuard.NONE, WITH_V5, Clock.systemUTC()));
        assertEquals("The database " + v4.file() + " is in use by another program (another Umbra window or command?) and stayed locked for"
                + " 10 s; nothing was changed. Close the other program, or wait for it, and try again.", e.getMessage());
        other.join();
        assertEquals(Migrations.standard().latestVersion(), v4.schemaVersion());
    }
}
