package org.umbra.store;

/**
 * Called by {@link Database#open(java.nio.file.Path, MigrationGuard, Migrations, java.time.Clock)} before it migrates
 * an existing database that holds a ledger (schema {@link Migrations#LEDGER_SINCE} or later), with the database not yet
 * changed. The application backs the ledger up here; throwing stops the migration and leaves the file as it was.
 */
@FunctionalInterface
public interface MigrationGuard {
    MigrationGuard NONE = (database, fromVersion, toVersion) -> {
    };

    void beforeMigration(Database database, int fromVersion, int toVersion);
}
