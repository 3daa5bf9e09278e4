package org.umbra.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: checks it, migrates it, and hands out connections (WAL, so readers never block
 * the one writer). A file written by a newer Umbra is refused before anything touches it.
 */
public final class Database implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How long a write waits for another program's write to finish before it gives up. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;

    private Database(Path file) {
        this.file = file;
    }

    /** Opens (creating if absent) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        prepareLocation(absolute);
        boolean exists = Files.exists(absolute);
        if (!exists) {
            createPrivately(absolute); // SQLite gives its -wal and -shm files the database file's permissions.
        }
        if (exists) {
            checkIsSqlite(absolute);
            int version = readVersionReadOnly(absolute);
            if (version > Migrations.latestVersion()) {
                throw new DatabaseException("The database " + absolute + " was written by a newer version of Umbra (schema v"
                        + version + "; this version knows up to v" + Migrations.latestVersion()
                        + "). It was not changed. Update Umbra, or start with another file using --db PATH.");
            }
        }
        Database db = new Database(absolute);
        try (Connection c = db.connect()) {
            int version = userVersion(c);
            Migrations.apply(c, version);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot prepare the database " + absolute + ": " + e.getMessage(), e);
        }
        return db;
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        try (Connection c = connect()) {
            return userVersion(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new connection with Umbra's pragmas. The caller closes it. */
    public Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL syncs the WAL at checkpoints, not at each commit: a commit survives a killed process (it is
        // in the kernel's hands) but may be lost, whole, on power loss. FULL would fsync every commit. (docs/design.md, Storage)
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static void createPrivately(Path file) {
        try {
            PrivateFiles.createFile(file);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database " + file + " (" + e.getMessage()
                    + "). Choose another location with --db PATH.", e);
        }
    }

    private static void prepareLocation(Path file) {
        Path dir = file.getParent();
        try {
            if (dir != null) {
                PrivateFiles.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the data folder " + dir + " (" + e.getMessage()
                    + "). Choose another location with --db PATH.", e);
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseException(file + " is a folder, not a database file. Point --db at a file.");
        }
    }

    private static void checkIsSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // An empty file is a new database.
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new DatabaseException("The file " + file + " is not an Umbra database (not SQLite). It was not changed."
                        + " Move it aside or choose another file with --db PATH.");
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static int readVersionReadOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            return userVersion(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the database " + file + " (" + e.getMessage()
                    + "). It may be damaged; it was not changed. Move it aside or choose another file with --db PATH.", e);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        // Connections are owned by their users (DbWriter, readers); nothing pooled here.
    }
}
