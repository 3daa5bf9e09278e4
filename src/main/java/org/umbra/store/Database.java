package org.umbra.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: checks it, migrates it, and hands out connections (WAL, so readers never block
 * the one writer). A file that is not SQLite, or from a newer Umbra, is refused before anything touches it; a damaged
 * one is moved aside ({@link DamagedDatabase}) and a new one started; a guard backs up the ledger before a migration.
 */
public final class Database implements AutoCloseable {
    /** How long a write waits for another program's write to finish before it gives up. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final DamagedDatabase damaged;

    private Database(Path file, DamagedDatabase damaged) {
        this.file = file;
        this.damaged = damaged;
    }

    /** Opens (creating if absent) and migrates the database at {@code file}, with no guard. */
    public static Database open(Path file) {
        return open(file, MigrationGuard.NONE, Migrations.standard(), Clock.systemUTC());
    }

    /**
     * Opens (creating if absent) and migrates the database at {@code file}. A damaged file is moved aside under a name
     * stamped by {@code clock} and a new database started in its place ({@link #damaged()} says so). {@code guard} runs
     * before migrating a database that holds a ledger.
     */
    public static Database open(Path file, MigrationGuard guard, Migrations migrations, Clock clock) {
        Path absolute = file.toAbsolutePath().normalize();
        prepareLocation(absolute);
        DamagedDatabase damaged = null;
        if (Files.exists(absolute)) {
            Optional<String> damage = DatabaseFileCheck.damage(absolute, migrations.latestVersion());
            if (damage.isPresent()) {
                damaged = DamagedDatabase.moveAside(absolute, damage.get(), clock.instant());
            }
        }
        if (!Files.exists(absolute)) {
            createPrivately(absolute); // SQLite gives its -wal and -shm files the database file's permissions.
        }
        Database db = new Database(absolute, damaged);
        try (Connection c = db.connect()) {
            int version = userVersion(c);
            if (version >= Migrations.LEDGER_SINCE && version < migrations.latestVersion()) {
                guard.beforeMigration(db, version, migrations.latestVersion());
            }
            migrations.apply(c, version);
        } catch (SQLException e) {
            throw SqlFaults.describe(absolute, e, "Preparing the database");
        }
        return db;
    }

    /** The damaged file this open moved aside, if it did. */
    public Optional<DamagedDatabase> damaged() {
        return Optional.ofNullable(damaged);
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
        Optional<Path> inTheWay = dir == null ? Optional.empty() : FileFaults.fileInTheWay(dir);
        if (inTheWay.isPresent()) {
            throw new DatabaseException("Cannot use the data folder " + dir + ": " + inTheWay.get() + " is a file, not a folder."
                    + " Move that file aside, or choose another location with --db PATH.");
        }
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
