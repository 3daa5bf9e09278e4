package org.umbra.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing database file before anything writes to it, through a read-only connection. A file that is not
 * SQLite, or from a newer Umbra, is refused ({@link DatabaseException}) and never changed. A damaged one is reported
 * (the caller moves it aside): SQLITE_CORRUPT or SQLITE_NOTADB on the first reads, a file shorter than its header says,
 * or damage {@code PRAGMA quick_check} finds in any table but the bulky market history. Checking the history too took
 * 1.2 s on a 100 MB database (about 12 ms per MB), too slow for every start; damage there surfaces when it is read, as a
 * message naming the file.
 */
final class DatabaseFileCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    /** Market history: re-downloadable, and almost all of the file. */
    private static final Set<String> NOT_CHECKED_AT_OPEN = Set.of("point", "rollup");

    private DatabaseFileCheck() {
    }

    /** What is damaged in {@code file}, if anything; throws when it must not be touched at all. */
    static Optional<String> damage(Path file, int latestVersion) {
        byte[] header = readHeader(file);
        if (header.length == 0) {
            return Optional.empty(); // An empty file is a new database.
        }
        if (header.length < SQLITE_MAGIC.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new DatabaseException("The file " + file + " is not an Umbra database (not SQLite). It was not changed."
                    + " Move it aside or choose another file with --db PATH.");
        }
        if (header.length < HEADER_BYTES) {
            return Optional.of("the file is " + header.length + " bytes, shorter than SQLite's " + HEADER_BYTES + "-byte header");
        }
        Optional<String> truncated = truncation(file, header);
        if (truncated.isPresent()) {
            return truncated;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
                Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > latestVersion) {
                throw new DatabaseException("The database " + file + " was written by a newer version of Umbra (schema v" + version
                        + "; this version knows up to v" + latestVersion + "). It was not changed. Update Umbra, or start with another"
                        + " file using --db PATH.");
            }
            for (String table : tablesToCheck(st)) {
                try (ResultSet rs = st.executeQuery("PRAGMA quick_check(\"" + table + "\")")) {
                    String verdict = rs.next() ? rs.getString(1) : "ok";
                    if (!"ok".equals(verdict)) {
                        return Optional.of("table " + table + ": " + verdict);
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (SqlFaults.isDamaged(e)) {
                return Optional.of(e.getMessage());
            }
            throw new DatabaseException("Cannot read the database " + file + " (" + e.getMessage() + "). It was not changed."
                    + " Check it can be read, or choose another file with --db PATH.", e);
        }
    }

    private static List<String> tablesToCheck(Statement st) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                if (!NOT_CHECKED_AT_OPEN.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /**
     * A file shorter than the page count in its header (trusted only when the header says it is current, bytes 92 and
     * 24 equal) lost its end. Not judged while a write-ahead log is there: a checkpoint a crash cut short is finished
     * from the log on open.
     */
    private static Optional<String> truncation(Path file, byte[] header) {
        ByteBuffer h = ByteBuffer.wrap(header); // big-endian, as SQLite writes it
        int rawPageSize = Short.toUnsignedInt(h.getShort(16));
        long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        long pages = Integer.toUnsignedLong(h.getInt(28));
        boolean sizeValid = h.getInt(24) == h.getInt(92) && pages > 0;
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (!sizeValid || (Files.exists(wal) && Files.size(wal) > 0)) {
                return Optional.empty();
            }
            long size = Files.size(file);
            return size < pages * pageSize
                    ? Optional.of("the file is " + size + " bytes, but its header says " + pages + " pages of " + pageSize + " bytes (" + pages
                            * pageSize + " bytes): its end is missing")
                    : Optional.empty();
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the database " + file + " (" + e.getMessage() + "). It was not changed."
                    + " Check it can be read, or choose another file with --db PATH.", e);
        }
    }
}
