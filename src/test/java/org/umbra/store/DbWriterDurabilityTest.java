package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A durable transaction commits with synchronous=FULL (an fsync of the WAL); every other one keeps NORMAL. */
class DbWriterDurabilityTest {
    /** SQLite's PRAGMA synchronous values. */
    static final int NORMAL = 1;
    static final int FULL = 2;

    @TempDir
    Path dir;

    private static int synchronous(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
            return rs.getInt(1);
        }
    }

    @Test
    void onlyTheDurableTransactionSyncsAndTheWriterGoesBackToNormalEvenAfterAFailure() {
        try (DbWriter writer = new DbWriter(Database.open(dir.resolve("u.db")))) {
            assertEquals(NORMAL, (int) writer.transactionAndWait(DbWriterDurabilityTest::synchronous));
            assertEquals(FULL, (int) writer.durableTransactionAndWait(DbWriterDurabilityTest::synchronous));
            assertEquals(NORMAL, (int) writer.transactionAndWait(DbWriterDurabilityTest::synchronous), "back to NORMAL after it");
            assertThrows(IllegalStateException.class, () -> writer.durableTransactionAndWait(c -> {
                throw new IllegalStateException("refused");
            }));
            assertEquals(NORMAL, (int) writer.transactionAndWait(DbWriterDurabilityTest::synchronous), "and after a rollback");
        }
    }
}
