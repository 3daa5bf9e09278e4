package org.umbra.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** SQLite's failures restated for the user, naming the database file and what to do. */
final class SqlFaults {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int NOTADB = 26;

    private SqlFaults() {
    }

    /** The primary result code (extended codes share its low byte) of the first SQLite error in the causes, else -1. */
    static int code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                return se.getResultCode().code & 0xff;
            }
        }
        return -1;
    }

    /** Another connection holds the lock. */
    static boolean isBusy(Throwable e) {
        int code = code(e);
        return code == BUSY || code == LOCKED;
    }

    /** What SQLite reports on reading damaged pages, or a file whose header is SQLite's but whose content is not. */
    static boolean isDamaged(Throwable e) {
        int code = code(e);
        return code == CORRUPT || code == NOTADB;
    }

    /**
     * {@code e} as the user should read it. {@code failed} says what failed, e.g. "A write to"; the file follows it in
     * the generic message.
     */
    static DatabaseException describe(Path file, SQLException e, String failed) {
        int code = code(e);
        if (code == BUSY || code == LOCKED) {
            return new DatabaseException("The database " + file + " is in use by another program (another Umbra window or command?)"
                    + " and stayed locked for " + Database.BUSY_TIMEOUT_MS / 1000 + " s; nothing was changed. Close the other program,"
                    + " or wait for it, and try again.", e);
        }
        if (code == FULL) {
            return new DatabaseException(FileFaults.diskFull(file), e);
        }
        if (code == CORRUPT || code == NOTADB) {
            return new DatabaseException("The database " + file + " is damaged (SQLite: " + e.getMessage() + "); nothing was changed."
                    + " Quit Umbra, move the file aside (keep it), and start again with a new database; the ledger can then be"
                    + " restored from the backups folder beside it (Ledger → Restore a backup).", e);
        }
        return new DatabaseException(failed + " " + file + " failed, nothing was changed: " + e.getMessage(), e);
    }
}
