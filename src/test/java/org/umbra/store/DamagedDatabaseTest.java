package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.testing.MovableClock;

/**
 * A damaged database (pages overwritten, or its end cut off) is moved aside with its -wal and -shm, never deleted or
 * over another file, and a new one started; the test files are real Umbra databases damaged by hand.
 */
class DamagedDatabaseTest {
    private static final int PAGE = 4096;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-22T09:30:00Z"));

    @TempDir
    Path dir;

    /** A closed Umbra database whose file is mostly {@code meta} rows (a table checked at open), checkpointed, no -wal left. */
    private Path realDatabase() throws Exception {
        Path file = dir.resolve("u.db");
        Database db = Database.open(file);
        try (Connection c = db.connect(); PreparedStatement in = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (int i = 0; i < 300; i++) {
                in.setString(1, "k" + i);
                in.setString(2, "v".repeat(1000));
                in.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        assertFalse(Files.exists(dir.resolve("u.db-wal")) && Files.size(dir.resolve("u.db-wal")) > 0);
        return file;
    }

    private static Database open(Path file) {
        return Database.open(file, MigrationGuard.NONE, Migrations.standard(), CLOCK);
    }

    private static long metaRows(Database db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM meta")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aPageOverwrittenInTheMiddleIsMovedAsideAndANewDatabaseStarted() throws Exception {
        Path file = realDatabase();
        long pages = Files.size(file) / PAGE;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[PAGE];
            Arrays.fill(junk, (byte) 0x55);
            raf.seek(pages / 2 * PAGE); // one whole page in the middle: the meta rows' b-tree
            raf.write(junk);
        }
        byte[] damaged = Files.readAllBytes(file);
        Files.writeString(dir.resolve("u.db-wal"), "not a real log"); // companions go along, whatever they hold
        Files.writeString(dir.resolve("u.db-shm"), "shm");

        Database db = open(file);

        DamagedDatabase d = db.damaged().orElseThrow();
        Path aside = dir.resolve("u.db.damaged-20261122-093000");
        assertEquals(aside, d.movedTo());
        assertEquals(file, d.file());
        assertTrue(d.damage().contains("meta"), d.damage()); // quick_check names the table
        assertArrayEquals(damaged, Files.readAllBytes(aside)); // moved, not changed
        assertEquals("not a real log", Files.readString(dir.resolve("u.db.damaged-20261122-093000-wal")));
        // The -shm is SQLite's index of the log, rebuilt by the check's read-only open: moved along, its bytes not kept.
        assertTrue(Files.exists(dir.resolve("u.db.damaged-20261122-093000-shm")));
        assertEquals(Migrations.standard().latestVersion(), db.schemaVersion());
        assertEquals(0, metaRows(db)); // a new database
    }

    @Test
    void aTruncatedFileIsMovedAsideNamingWhatIsMissing() throws Exception {
        Path file = realDatabase();
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2);
        }

        Database db = open(file);

        DamagedDatabase d = db.damaged().orElseThrow();
        assertEquals(size / 2, Files.size(d.movedTo()));
        assertEquals("the file is " + size / 2 + " bytes, but its header says " + size / PAGE + " pages of 4096 bytes (" + size
                + " bytes): its end is missing", d.damage());
        assertEquals(0, metaRows(db));
    }

    @Test
    void aFileCutInsideTheHeaderIsDamagedToo() throws Exception {
        Path file = realDatabase();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(60);
        }
        assertEquals("the file is 60 bytes, shorter than SQLite's 100-byte header", open(file).damaged().orElseThrow().damage());
    }

    @Test
    void aNameAlreadyTakenIsNeverOverwritten() throws Exception {
        Path file = realDatabase();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(Files.size(file) - PAGE);
        }
        Path taken = Files.writeString(dir.resolve("u.db.damaged-20261122-093000"), "an earlier damaged copy");

        Database db = open(file);

        assertEquals(dir.resolve("u.db.damaged-20261122-093000-2"), db.damaged().orElseThrow().movedTo());
        assertEquals("an earlier damaged copy", Files.readString(taken));
    }

    @Test
    void aSoundDatabaseIsNotMoved() throws Exception {
        Path file = realDatabase();
        Database db = open(file);
        assertTrue(db.damaged().isEmpty());
        assertEquals(300, metaRows(db));
    }
}
