package org.umbra.app;

import java.nio.file.Path;
import java.util.Optional;
import org.umbra.store.DamagedDatabase;

/** What the user is told when the database was found damaged and moved aside: where it is, and how to get the ledger back. */
final class DamagedDatabaseNotice {
    private DamagedDatabaseNotice() {
    }

    /**
     * @param backups      the backups folder beside the database
     * @param newestBackup the newest ledger backup in it, if any
     */
    static String text(DamagedDatabase damaged, Path backups, Optional<Path> newestBackup) {
        String restore = newestBackup.map(b -> "Restore your ledger from the newest backup, " + b
                        + ", via Ledger → Restore a backup (or: umbra ledger import --format json " + b + ").")
                .orElse("No ledger backup was found in " + backups + "; if you keep one elsewhere, restore it via Ledger → Restore a"
                        + " backup.");
        return "The database " + damaged.file() + " was damaged (" + damaged.damage() + "). It was moved, not deleted, to "
                + damaged.movedTo() + ", and Umbra started with a new database (market history is downloaded again). " + restore;
    }
}
