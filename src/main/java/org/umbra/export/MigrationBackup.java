package org.umbra.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.store.Database;
import org.umbra.store.DatabaseException;
import org.umbra.store.MigrationGuard;

/**
 * Before a database holding a ledger is migrated, its ledger is backed up to
 * {@code backups/ledger-before-v<N>-<UTC>.json} ({@link LedgerAutoBackup#writeBeforeMigration}), restorable from the
 * Ledger menu. A migration that went wrong, or an Umbra the user goes back to, still has the ledger as it was. When
 * the backup cannot be written, the database is not migrated.
 */
public final class MigrationBackup implements MigrationGuard {
    private final Clock clock;

    public MigrationBackup(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeMigration(Database database, int fromVersion, int toVersion) {
        List<LedgerEvent> history = LedgerBook.readHistory(database);
        if (history.isEmpty()) {
            return; // Nothing to lose.
        }
        Instant now = clock.instant();
        Path dir = LedgerAutoBackup.folderFor(database.file());
        try {
            LedgerAutoBackup.writeBeforeMigration(dir, history, toVersion, now);
        } catch (IOException e) {
            throw new DatabaseException("Umbra must upgrade the database " + database.file() + " from schema v" + fromVersion + " to v"
                    + toVersion + " and backs up your ledger first, but could not write "
                    + LedgerAutoBackup.beforeMigrationFile(dir, toVersion, now) + " (" + e.getMessage() + "). The database was not"
                    + " changed. Make room (or move aside what is in the way) and start Umbra again.", e);
        }
    }
}
