package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;

class DatabaseTest {
    @TempDir
    Path dir;

    private static final SeriesSpec FUNDING = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE,
            Unit.FRACTION, 28_800);

    @Test
    void migratesAnEmptyFileToTheLatestSchemaInWalMode() throws Exception {
        Path file = dir.resolve("nested/folder/umbra.db");
        Database db = Database.open(file);
        assertEquals(Migrations.standard().latestVersion(), db.schemaVersion());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                StringBuilder names = new StringBuilder();
                while (rs.next()) {
                    names.append(rs.getString(1)).append(' ');
                }
                // sqlite_sequence: SQLite's own, for alert_rule's AUTOINCREMENT.
                assertEquals("alert_event alert_rule chain_check feed_state ledger_event meta point rollup rollup_ready series sqlite_sequence ",
                        names.toString());
            }
        }
        // Opening again is a no-op.
        assertEquals(Migrations.standard().latestVersion(), Database.open(file).schemaVersion());
    }

    @Test
    void refusesADatabaseFromANewerVersionWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future_table (x INTEGER)");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer version of Umbra") && e.getMessage().contains("v99")
                && e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is not modified");
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not an Umbra database"), e.getMessage());
        assertEquals("these are my notes, not a database", Files.readString(file));
    }

    @Test
    void refusesAFolderWhereTheFileShouldBe() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("umbra.db"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(folder));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void upsertReplacesValueAtTheSameTimestampAndNeverDuplicates() {
        Database db = Database.open(dir.resolve("u.db"));
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            repo.write(List.of(SeriesBatch.builder(FUNDING).add(1000, 0.0001).add(2000, 0.0002).build()), null).join();
            repo.write(List.of(SeriesBatch.builder(FUNDING).add(2000, 0.0003).add(3000, 0.0004).build()), null).join();
            SeriesInfo info = repo.listSeries().get(0);
            assertEquals(3, info.points());
            assertEquals(1000, info.firstTs());
            assertEquals(3000, info.lastTs());
            assertArrayEquals(new double[] {0.0001, 0.0003, 0.0004}, repo.read(info.id(), 0, 5000).values());
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        Database db = Database.open(dir.resolve("t.db"));
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            var failed = repo.write(List.of(SeriesBatch.builder(FUNDING).add(1000, 0.0001).build()), c -> {
                throw new java.sql.SQLException("simulated failure after the points were inserted");
            });
            assertThrows(java.util.concurrent.CompletionException.class, failed::join);
            assertTrue(repo.listSeries().isEmpty(), "neither the series nor its point survived the rollback");
        }
    }

    @Test
    void aFinerFeedRefinesTheSpacingOfAPriceSeries() {
        Database db = Database.open(dir.resolve("f.db"));
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            SeriesSpec fiveMinutes = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.PREMIUM_INDEX, Unit.FRACTION, 300);
            SeriesSpec oneMinute = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.PREMIUM_INDEX, Unit.FRACTION, 60);
            repo.write(List.of(SeriesBatch.builder(fiveMinutes).add(300_000, -0.0004).build()), null).join();
            repo.write(List.of(SeriesBatch.builder(oneMinute).add(360_000, -0.0003).build()), null).join();
            repo.write(List.of(SeriesBatch.builder(fiveMinutes).add(600_000, -0.0002).build()), null).join();
            SeriesInfo info = repo.listSeries().get(0);
            assertEquals(3, info.points());
            assertEquals(60, info.spec().intervalSeconds(), "the finest spacing written");
        }
    }

    @Test
    void aVenueChangingTheFundingIntervalStartsASeriesOfItsOwn() {
        Database db = Database.open(dir.resolve("i.db"));
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            repo.write(List.of(SeriesBatch.builder(FUNDING).add(1000, 0.0001).build()), null).join();
            SeriesSpec fourHours = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 14_400);
            repo.write(List.of(SeriesBatch.builder(fourHours).add(2000, 0.00005).build()), null).join();
            repo.write(List.of(SeriesBatch.builder(FUNDING).add(3000, 0.0001).build()), null).join();
            List<SeriesInfo> both = repo.describeAll("binance-futures", "BTCUSDT", Metric.FUNDING_RATE);
            assertEquals(2, both.size(), "rates per 8 h and per 4 h are different quantities, kept apart");
            assertEquals(28_800, both.get(0).spec().intervalSeconds());
            assertEquals(3000, both.get(0).lastTs());
            assertEquals(14_400, both.get(1).spec().intervalSeconds());

            SeriesSpec otherUnit = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.RATIO, 28_800);
            var e = assertThrows(java.util.concurrent.CompletionException.class,
                    () -> repo.write(List.of(SeriesBatch.builder(otherUnit).add(4000, 1).build()), null).join());
            assertTrue(e.getCause().getMessage().contains("refusing to mix"), e.getCause().getMessage());
        }
    }

    @Test
    void aVersion1DatabaseMigratesWithItsDataAndKeys() throws Exception {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            String v1 = new String(DatabaseTest.class.getResourceAsStream("/org/umbra/store/migrations/V1__init.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : Migrations.split(v1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO series (id, source, instrument, asset, metric, unit, interval_s) "
                    + "VALUES (7, 'binance-futures', 'BTCUSDT', 'BTC', 'funding_rate', 'fraction', 28800)");
            st.execute("INSERT INTO point (series_id, ts, value) VALUES (7, 1000, 0.0001), (7, 2000, 0.0002)");
        }
        Database db = Database.open(file);
        assertEquals(Migrations.standard().latestVersion(), db.schemaVersion());
        try (DbWriter writer = new DbWriter(db); SeriesRepository repo = new SeriesRepository(db, writer)) {
            SeriesInfo info = repo.listSeries().get(0);
            assertEquals(7, info.id(), "ids survive, so every point still belongs to its series");
            assertEquals(2, info.points());
            repo.write(List.of(SeriesBatch.builder(FUNDING).add(3000, 0.0003).build()), null).join();
            assertEquals(3, repo.listSeries().get(0).points(), "new points join the migrated series");
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet fk = st.executeQuery("PRAGMA foreign_key_check")) {
            assertTrue(!fk.next(), "no broken foreign keys");
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet sql = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'point'")) {
            String ddl = sql.getString(1).replace("\"", "");
            assertTrue(ddl.contains("REFERENCES series (id)") || ddl.contains("REFERENCES series(id)"), ddl);
        }
    }

    @Test
    void aNewDatabaseAndItsFolderAreReadableByTheUserOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("private/umbra.db");
        Database db = Database.open(file);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')"); // the WAL file now exists
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file.resolveSibling("umbra.db-wal"))));
        }
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
}
