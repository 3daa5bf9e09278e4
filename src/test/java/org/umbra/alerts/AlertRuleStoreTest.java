package org.umbra.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.export.MigrationBackup;
import org.umbra.ledger.LedgerBook;
import org.umbra.market.Asset;
import org.umbra.store.AlertLog;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.MigrationGuard;
import org.umbra.store.Migrations;
import org.umbra.testing.LedgerUiFixture;

/** Rules stored and read back as they were; the rules table added to a database of the release before, its data kept. */
class AlertRuleStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void rulesRoundTripAndDeletedIdsAreNotReused() {
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            AlertRuleStore store = new AlertRuleStore(db, writer);
            int[] told = {0};
            store.addListener(() -> told[0]++);
            AlertRule funding = store.save(new AlertRule(0, AlertKind.FUNDING_ABOVE, Asset.BTC, AlertRule.AGGREGATE, 30, 0, null, true,
                    AlertRule.DEFAULT_COOLDOWN_MS));
            AlertRule source = store.save(new AlertRule(0, AlertKind.SOURCE_FAILING, null, null, 0, 1_800_000L, "okx", false, 0));
            // Parameters the kind does not use are not kept: the OI window of a funding rule is stored as 0.
            AlertRule flip = store.save(new AlertRule(0, AlertKind.FUNDING_FLIP, Asset.ETH, "bybit", 12.5, 8 * 3_600_000L, "okx", true, 7_200_000L));
            assertEquals(List.of(1L, 2L, 3L), List.of(funding.id(), source.id(), flip.id()));
            assertEquals(List.of(funding, source, new AlertRule(3, AlertKind.FUNDING_FLIP, Asset.ETH, "bybit", 0, 8 * 3_600_000L, null, true,
                    7_200_000L)), store.all());

            AlertRule edited = store.save(funding.withEnabled(false));
            assertFalse(store.all().get(0).enabled());
            assertEquals(edited, store.all().get(0));
            assertTrue(store.delete(3));
            assertFalse(store.delete(3));
            assertEquals(4L, store.save(funding.withId(0)).id(), "AUTOINCREMENT: 3 is not given again");
            assertEquals(6, told[0], "3 adds, 1 edit, 1 delete, 1 add: 6 changes told; deleting a missing rule changed nothing");
        } finally {
            writer.close();
        }
    }

    @Test
    void aWrongRuleIsRefusedNamingEachField() {
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            AlertRuleStore store = new AlertRuleStore(db, writer);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.save(new AlertRule(0, AlertKind.OI_CHANGE,
                    Asset.BTC, null, 0, 0, null, true, -1)));
            assertEquals("threshold: must be above 0 % (a change either way beyond it fires); window: must be from 1 minute to 90 days;"
                    + " cooldown: must be from 0 to 30 days", e.getMessage());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> store.save(new AlertRule(9, AlertKind.POLICY_FAILING,
                    null, null, 0, 0, null, true, 0)));
            assertEquals("there is no alert rule 9", missing.getMessage());
            assertEquals(List.of(), store.all());
        } finally {
            writer.close();
        }
    }

    @Test
    void theMigrationAddsTheTableToADatabaseOfTheReleaseBeforeKeepingItsLedgerAndAlerts() throws Exception {
        Path file = dir.resolve("old.db");
        int before = Migrations.standard().latestVersion() - 1;
        Database old = Database.open(file, MigrationGuard.NONE, Migrations.standard().upTo(before), CLOCK);
        DbWriter oldWriter = new DbWriter(old);
        new LedgerBook(old, oldWriter, CLOCK).add(LedgerUiFixture.cold(150_000_000), "test");
        new AlertLog(old, oldWriter).append(List.of(new AlertLog.Event(0, 1_000, "policy:drills", true, "Policy failing: drills")));
        oldWriter.close();
        assertEquals(before, old.schemaVersion());

        Database db = Database.open(file, new MigrationBackup(CLOCK), Migrations.standard(), CLOCK);
        DbWriter writer = new DbWriter(db);
        try {
            assertEquals(Migrations.standard().latestVersion(), db.schemaVersion());
            assertTrue(Files.isRegularFile(dir.resolve("backups").resolve("ledger-before-v" + db.schemaVersion() + "-20261122T093000Z.json")),
                    "the ledger is backed up before the migration");
            assertEquals(150_000_000L, new LedgerBook(db, writer, CLOCK).state().holdings().get(0).amountSats());
            assertEquals("Policy failing: drills", new AlertLog(db, writer).recent(1).get(0).message());
            AlertRuleStore store = new AlertRuleStore(db, writer);
            assertEquals(List.of(), store.all());
            AlertRule r = store.save(new AlertRule(0, AlertKind.RISK_ABOVE, Asset.BTC, null, 70, 0, null, true, 0));
            assertEquals(List.of(r), store.all());
        } finally {
            writer.close();
        }
    }
}
