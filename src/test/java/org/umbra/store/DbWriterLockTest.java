package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Another program writing to the same file: the writer waits for it, and says so by name when it cannot. */
class DbWriterLockTest {
    @TempDir
    Path dir;

    @Test
    void aTransactionThatReadsThenWritesWaitsForAnotherWriterInsteadOfFailing() throws Exception {
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        CountDownLatch locked = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE"); // another Umbra's write in progress
                locked.countDown();
                Thread.sleep(1_000);
                st.execute("INSERT INTO meta (key, value) VALUES ('other', 'x')");
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        try {
            locked.await();
            // Read first, then write: with deferred transactions this failed at once with SQLITE_BUSY.
            int rows = writer.transactionAndWait(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeQuery("SELECT COUNT(*) FROM meta").close();
                    return st.executeUpdate("INSERT INTO meta (key, value) VALUES ('mine', 'y')");
                }
            });
            assertEquals(1, rows);
            other.join();
            assertEquals("y", new MetaRepository(db).get("mine").orElseThrow());
            assertEquals("x", new MetaRepository(db).get("other").orElseThrow());
        } finally {
            writer.close();
        }
    }

    @Test
    void aLockThatOutlastsTheWaitIsReportedNamingTheFile() {
        Database db = Database.open(dir.resolve("busy.db"));
        DbWriter writer = new DbWriter(db);
        try {
            DatabaseException e = assertThrows(DatabaseException.class, () -> writer.transactionAndWait(c -> {
                throw new SQLiteException("[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY);
            }));
            assertTrue(e.getMessage().startsWith("The database " + db.file() + " is in use by another program"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        } finally {
            writer.close();
        }
    }
}
