package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk while writing (a poll page, a ledger change): nothing partial, and the message says so naming the file. */
class DbWriterDiskFullTest {
    @TempDir
    Path dir;

    private static long count(Database db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM meta")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aFullDiskRollsTheWholeTransactionBackAndNamesTheFile() throws Exception {
        Database db = Database.open(dir.resolve("full.db"));
        DbWriter writer = new DbWriter(db);
        try {
            writer.transactionAndWait(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO meta (key, value) VALUES ('before', 'kept')");
                    // SQLite's own limit stands in for the disk: the file may grow by two pages, and then is "full".
                    long pages;
                    try (ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                        pages = rs.getLong(1);
                    }
                    st.execute("PRAGMA max_page_count = " + (pages + 2));
                }
                return null;
            });
            // 200 rows of 1 KB need about 50 pages of 4 KB.
            DatabaseException e = assertThrows(DatabaseException.class, () -> writer.transactionAndWait(c -> {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
                    for (int i = 0; i < 200; i++) {
                        in.setString(1, "k" + i);
                        in.setString(2, "x".repeat(1000));
                        in.executeUpdate();
                    }
                }
                return null;
            }));
            assertEquals("The disk holding " + db.file() + " is full; nothing was changed. Free some space on it and try again.",
                    e.getMessage());
            assertEquals(1, count(db)); // the row committed before; none of the 200
        } finally {
            writer.close();
        }
    }
}
