package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.LedgerState;
import org.umbra.market.FeedCursor;
import org.umbra.market.bundled.BundledHistory;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.RollupLevel;

/**
 * Checks the database after each kill, remembering across kills what the children confirmed. It works on a copy of
 * the files the kill left (the database and its WAL), so the next child opens exactly what the kill left, hot WAL
 * and all, as the app would after a crash. Every failed check names the kill and what was wrong.
 */
final class DrillAudit {
    private final Path database;
    private final Path copy;
    private final long bundledPoints = bundledPoints();
    /** Every change id any child confirmed, with the ledger it showed after it. */
    private final Map<Long, String> confirmed = new HashMap<>();
    /** Changes committed by a child killed before it could confirm them: each the last change of its run. */
    private final Set<Long> committedUnconfirmed = new HashSet<>();
    private long confirmedCursor = FeedCursor.NONE;
    private long storedCursor = FeedCursor.NONE;
    private boolean started;
    private int kills;
    private int killsInPoll;
    private int killsInChange;
    private int inFlightPollsCommitted;
    private long polls;
    private int historyRows;
    /** How far the first start had got when it was killed: what the startup kills left. */
    private String firstStartStage = "";

    DrillAudit(Path database, Path workDir) {
        this.database = database;
        this.copy = workDir.resolve("audit.db");
    }

    /** Checks the database a killed child left against what it and every earlier child reported. */
    void afterKill(ChildReport report) throws IOException, SQLException {
        kills++;
        started |= report.ready();
        for (Map.Entry<Long, String> e : report.confirmed().entrySet()) {
            if (confirmed.put(e.getKey(), e.getValue()) != null) {
                fail(where() + "change id " + e.getKey() + " was confirmed by two runs: an id was used twice");
            }
        }
        confirmedCursor = Math.max(confirmedCursor, report.polledTo());
        killsInPoll += report.inFlight() == ChildReport.InFlight.POLL ? 1 : 0;
        killsInChange += report.inFlight() == ChildReport.InFlight.CHANGE ? 1 : 0;
        copyFiles();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            checkIntegrity(c);
            checkBundledHistory(c);
            checkPolls(c, report);
        }
        checkLedger(report);
    }

    /** The database and its WAL as the kill left them; the shared-memory index is rebuilt from the WAL on open. */
    private void copyFiles() throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
        for (String suffix : List.of("", "-wal")) {
            Path from = Path.of(database + suffix);
            if (Files.exists(from)) {
                Files.copy(from, Path.of(copy + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void checkIntegrity(Connection c) throws SQLException {
        List<String> integrity = column(c, "PRAGMA integrity_check");
        assertEquals(List.of("ok"), integrity, where() + "PRAGMA integrity_check");
        assertEquals(List.of(), column(c, "PRAGMA foreign_key_check"), where() + "PRAGMA foreign_key_check");
    }

    /** The first start's import is one transaction: all of the bundled history or none of it, and all once started. */
    private void checkBundledHistory(Connection c) throws SQLException {
        if (!tableExists(c, "point")) {
            assertTrue(!started, where() + "a child started, but the database has no tables");
            firstStartStage = "no schema";
            return;
        }
        long stored = number(c, "SELECT COUNT(*) FROM point WHERE series_id IN (SELECT id FROM series WHERE source = 'bundled')");
        if (started || stored != 0) {
            assertEquals(bundledPoints, stored, where() + "bundled history points (a half import?)");
        }
        firstStartStage = started ? "started" : stored == 0 ? "schema without history" : "history imported";
    }

    /** No half poll: every series holds the same whole polls, with the cursor at their last point. */
    private void checkPolls(Connection c, ChildReport report) throws SQLException {
        if (!tableExists(c, "feed_state")) {
            return;
        }
        long cursor = numberOr(c, "SELECT cursor FROM feed_state WHERE source = '" + DrillPolls.SOURCE + "' AND feed = '"
                + DrillPolls.FEED + "'", FeedCursor.NONE);
        List<Long> ids = new ArrayList<>();
        for (String id : column(c, "SELECT id FROM series WHERE source = '" + DrillPolls.SOURCE + "' ORDER BY instrument")) {
            ids.add(Long.parseLong(id));
        }
        if (cursor == FeedCursor.NONE) {
            assertEquals(List.of(), ids, where() + "drill series stored without a feed cursor");
            assertEquals(FeedCursor.NONE, confirmedCursor, where() + "a confirmed poll left no cursor");
            return;
        }
        assertEquals(DrillPolls.SERIES, ids.size(), where() + "drill series (a poll wrote some series only?)");
        long expectedPoints = (cursor - DrillPolls.START_MS) / DrillPolls.STEP_MS + 1;
        for (int k = 0; k < ids.size(); k++) {
            long id = ids.get(k);
            String series = where() + DrillPolls.instrument(k) + ": ";
            long[] extent = row(c, "SELECT COUNT(*), MIN(ts), MAX(ts) FROM point WHERE series_id = " + id);
            assertEquals(DrillPolls.START_MS, extent[1], series + "first point");
            assertEquals(cursor, extent[2], series + "last point against the feed cursor (cursor ahead of or behind the points)");
            assertEquals(expectedPoints, extent[0], series + "points from the first to the cursor, one a minute (a gap?)");
            assertEquals(0, expectedPoints % DrillPolls.POINTS, series + "points are not whole polls");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM point WHERE series_id = " + id + " AND value <> ts / "
                    + DrillPolls.STEP_MS + " * 10 + " + k), series + "points with a value the drill did not write");
            assertEquals(1, number(c, "SELECT COUNT(*) FROM rollup_ready WHERE series_id = " + id), series + "rollups not ready");
            for (RollupLevel level : RollupLevel.values()) {
                assertEquals(expectedPoints, number(c, "SELECT COALESCE(SUM(n), 0) FROM rollup WHERE series_id = " + id
                        + " AND step_s = " + level.stepSeconds()), series + "points counted by the " + level + " rollups");
            }
        }
        assertTrue(cursor >= confirmedCursor, where() + "confirmed poll up to " + confirmedCursor + " missing: cursor " + cursor);
        assertTrue(cursor >= storedCursor, where() + "the cursor went back from " + storedCursor + " to " + cursor);
        if (cursor > Math.max(confirmedCursor, storedCursor)) { // Committed, not confirmed: only the poll in flight may be.
            assertEquals(ChildReport.InFlight.POLL, report.inFlight(), where() + "points past every confirmed poll, but no poll was in flight");
            assertEquals(report.inFlightTo(), cursor, where() + "points past every confirmed poll, other than the poll in flight");
            inFlightPollsCommitted++;
        }
        storedCursor = cursor;
        polls = expectedPoints / DrillPolls.POINTS;
    }

    /**
     * Every confirmed change is in the history, and the replay up to it is the ledger the child showed after it; a
     * change nobody confirmed can only be the one a killed child had in flight.
     */
    private void checkLedger(ChildReport report) {
        if (!started) {
            assertTrue(confirmed.isEmpty(), where() + "changes confirmed before any child started");
            return;
        }
        Database db = Database.open(copy);
        DbWriter writer = new DbWriter(db);
        List<LedgerEvent> history;
        try {
            history = new LedgerBook(db, writer, Clock.systemUTC()).history();
        } finally {
            writer.close();
        }
        LedgerState replay = LedgerState.replay(List.of());
        Set<Long> present = new HashSet<>();
        long lastChange = -1;
        for (int i = 0; i < history.size(); i++) {
            LedgerEvent e = history.get(i);
            if (e.changeId() != lastChange) {
                assertTrue(present.add(e.changeId()) && e.changeId() > lastChange,
                        where() + "change " + e.changeId() + " is not one run of rows in order");
                lastChange = e.changeId();
            }
            replay.apply(e);
            boolean lastRowOfChange = i == history.size() - 1 || history.get(i + 1).changeId() != e.changeId();
            if (lastRowOfChange && confirmed.containsKey(e.changeId())) {
                assertEquals(confirmed.get(e.changeId()), DrillLedger.digest(replay),
                        where() + "the ledger replayed up to confirmed change " + e.changeId() + " is not what the user was shown");
            }
        }
        Set<Long> missing = new HashSet<>(confirmed.keySet());
        missing.removeAll(present);
        assertEquals(Set.of(), missing, where() + "confirmed changes missing from ledger_event");
        for (long id : present) {
            if (!confirmed.containsKey(id) && !committedUnconfirmed.contains(id)) {
                assertEquals(lastChange, id, where() + "change " + id + " was never confirmed and is not the last change; the"
                        + " history ends " + history.subList(Math.max(0, history.size() - 4), history.size()));
                assertEquals(ChildReport.InFlight.CHANGE, report.inFlight(), where() + "change " + id + " was never confirmed and"
                        + " no change was in flight");
                committedUnconfirmed.add(id);
            }
        }
        historyRows = history.size();
    }

    private String where() {
        return "after kill " + kills + ": ";
    }

    private static long bundledPoints() {
        return BundledHistory.fromClasspath().read().stream().mapToLong(b -> b.size()).sum();
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        return number(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'") == 1;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static long[] row(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getLong(i + 1);
            }
            return out;
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        return row(c, sql)[0];
    }

    private static long numberOr(Connection c, String sql, long absent) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : absent;
        }
    }

    /** What the last kill left of the first start: no schema, schema without history, history imported, or started. */
    String firstStartStage() {
        return firstStartStage;
    }

    int kills() {
        return kills;
    }

    int confirmedChanges() {
        return confirmed.size();
    }

    int committedUnconfirmedChanges() {
        return committedUnconfirmed.size();
    }

    long polls() {
        return polls;
    }

    long storedPointsPerSeries() {
        return storedCursor == FeedCursor.NONE ? 0 : (storedCursor - DrillPolls.START_MS) / DrillPolls.STEP_MS + 1;
    }

    int historyRows() {
        return historyRows;
    }

    int killsInPoll() {
        return killsInPoll;
    }

    int killsInChange() {
        return killsInChange;
    }

    int inFlightPollsCommitted() {
        return inFlightPollsCommitted;
    }
}
