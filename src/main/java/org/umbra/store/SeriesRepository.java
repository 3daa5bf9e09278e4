package org.umbra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;

/**
 * SQL for the {@code series} and {@code point} tables. Writes go through the {@link DbWriter} (one
 * transaction per call, upserting, so a re-poll or overlapping page never duplicates a point);
 * reads use a connection of their own, which WAL lets run beside the writer.
 */
public final class SeriesRepository implements AutoCloseable {
    /** What one committed write touched; {@code unrolled} are series whose rollups must be built. */
    public record WriteSummary(Set<Long> seriesIds, long points, long fromTs, long toTs, Set<Long> unrolled) {
        static final WriteSummary NONE = new WriteSummary(Set.of(), 0, Long.MAX_VALUE, Long.MIN_VALUE, Set.of());
    }

    private final Database database;
    private final DbWriter writer;
    private final List<SeriesChangeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    /** Rollup builds queued on the writer, so a series is never queued twice. */
    private final Map<Long, CompletableFuture<Void>> rollupBuilds = new ConcurrentHashMap<>();
    private Connection readConnection;
    private CachedStatements readStatements;
    /** The writer connection's statements; touched on the writer thread only. */
    private CachedStatements writeStatements;

    public SeriesRepository(Database database, DbWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public void addListener(SeriesChangeListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SeriesChangeListener listener) {
        listeners.remove(listener);
    }

    /**
     * Upserts {@code batches} and runs {@code alsoInTransaction} (a cursor update, say) in the same
     * transaction; listeners hear of it after the commit.
     */
    public CompletableFuture<WriteSummary> write(List<SeriesBatch> batches, DbWriter.SqlWork<?> alsoInTransaction) {
        return writer.transaction(c -> {
            WriteSummary summary = writeIn(c, batches);
            if (alsoInTransaction != null) {
                alsoInTransaction.run(c);
            }
            return summary;
        }).thenApply(summary -> {
            summary.unrolled().forEach(this::queueRollupBuild);
            if (!summary.seriesIds().isEmpty()) {
                listeners.forEach(l -> l.seriesChanged(summary.seriesIds(), summary.fromTs(), summary.toTs()));
            }
            return summary;
        });
    }

    /** Upserts inside a transaction the caller owns (writer thread only). */
    WriteSummary writeIn(Connection c, List<SeriesBatch> batches) throws SQLException {
        if (batches.isEmpty()) {
            return WriteSummary.NONE;
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> unrolled = new HashSet<>();
        long points = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        CachedStatements st = writeStatements(c);
        PreparedStatement upsert = st.get("INSERT INTO point (series_id, ts, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value");
        for (SeriesBatch batch : batches) {
            if (batch.isEmpty()) {
                continue;
            }
            StoredSeries series = ensureSeries(st, batch.spec());
            long id = series.id();
            ids.add(id);
            long[] ts = new long[batch.size()];
            double[] vs = new double[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                ts[i] = batch.timestamp(i);
                vs[i] = batch.value(i);
                upsert.setLong(1, id);
                upsert.setLong(2, ts[i]);
                upsert.setDouble(3, vs[i]);
                upsert.addBatch();
            }
            upsert.executeBatch();
            if (series.rollupsReady()) {
                Rollups.afterWrite(st, id, series.intervalSeconds(), ts, vs, ts.length);
            } else {
                unrolled.add(id); // Built whole after this commit, on the writer thread.
            }
            points += batch.size();
            from = Math.min(from, batch.firstTimestamp());
            to = Math.max(to, batch.lastTimestamp());
        }
        return new WriteSummary(Set.copyOf(ids), points, from, to, Set.copyOf(unrolled));
    }

    private static long intervalOf(CachedStatements c, long seriesId) throws SQLException {
        PreparedStatement q = c.get("SELECT interval_s FROM series WHERE id = ?");
        q.setLong(1, seriesId);
        try (ResultSet rs = q.executeQuery()) {
            return rs.getLong(1);
        }
    }

    private CachedStatements writeStatements(Connection c) {
        if (writeStatements == null || writeStatements.connection() != c) {
            writeStatements = new CachedStatements(c);
        }
        return writeStatements;
    }

    /**
     * Builds the rollups of every series stored before they existed (a database from before schema v3), one
     * series per transaction on the writer, behind whatever is queued. Until a series is built, its reads
     * are raw. Completes with the number of series built.
     */
    public CompletableFuture<Integer> buildMissingRollups() {
        return writer.transaction(c -> Rollups.pending(writeStatements(c))).thenCompose(ids -> {
            CompletableFuture<Integer> done = CompletableFuture.completedFuture(0);
            for (long id : ids) {
                CompletableFuture<Void> one = queueRollupBuild(id);
                done = done.thenCombine(one, (n, ignored) -> n + 1);
            }
            return done;
        });
    }

    private CompletableFuture<Void> queueRollupBuild(long seriesId) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> queued = rollupBuilds.putIfAbsent(seriesId, mine);
        if (queued != null) {
            return queued;
        }
        writer.<Void>transaction(c -> {
            CachedStatements st = writeStatements(c);
            // Closing: builds still queued are left for the next start (reads stay raw), so quitting never waits for them.
            if (!closed && !Rollups.ready(st, seriesId)) {
                Rollups.build(st, seriesId, intervalOf(st, seriesId));
            }
            return null;
        }).whenComplete((ok, failure) -> {
            rollupBuilds.remove(seriesId, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(null);
            }
        });
        return mine;
    }

    /**
     * The id of {@code spec}'s series, created if new. A funding rate is a fraction <em>per its interval</em>,
     * so a new interval (a venue moving a symbol from 8 h to 4 h) gets a series of its own; any other metric
     * has one series whose interval is the finest spacing written, refined when a finer feed writes to it.
     * A spec whose asset or unit contradicts the stored series is refused.
     */
    static StoredSeries ensureSeries(CachedStatements c, SeriesSpec spec) throws SQLException {
        boolean periodMatters = spec.metric().name().startsWith("FUNDING");
        PreparedStatement q = c.get("SELECT s.id, s.asset, s.unit, s.interval_s, EXISTS (SELECT 1 FROM rollup_ready r WHERE r.series_id = s.id)"
                + " FROM series s WHERE s.source = ? AND s.instrument = ? AND s.metric = ? ORDER BY s.id");
        q.setString(1, spec.source());
        q.setString(2, spec.instrument());
        q.setString(3, spec.metric().id());
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String unit = rs.getString(3);
                long interval = rs.getLong(4);
                if (!unit.equals(spec.unit().id()) || !rs.getString(2).equals(spec.asset().name())) {
                    throw new SQLException("series " + spec.key() + " is stored as " + rs.getString(2) + ", " + unit
                            + " but the source now reports " + spec.asset() + ", " + spec.unit().id() + "; refusing to mix them");
                }
                if (periodMatters) {
                    if (interval == spec.intervalSeconds()) {
                        return new StoredSeries(id, interval, rs.getBoolean(5));
                    }
                    continue; // Another funding period: look further, else a new series below.
                }
                if (spec.intervalSeconds() < interval) {
                    PreparedStatement up = c.get("UPDATE series SET interval_s = ? WHERE id = ?");
                    up.setLong(1, spec.intervalSeconds());
                    up.setLong(2, id);
                    up.executeUpdate();
                    if (!RollupLevel.keptFor(spec.intervalSeconds()).equals(RollupLevel.keptFor(interval))) {
                        Rollups.forget(c, id); // Finer points keep more levels: built again from all points.
                        return new StoredSeries(id, spec.intervalSeconds(), false);
                    }
                    return new StoredSeries(id, spec.intervalSeconds(), rs.getBoolean(5));
                }
                return new StoredSeries(id, interval, rs.getBoolean(5));
            }
        }
        PreparedStatement ins = c.get("INSERT INTO series (source, instrument, asset, metric, unit, interval_s) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        ins.setString(1, spec.source());
        ins.setString(2, spec.instrument());
        ins.setString(3, spec.asset().name());
        ins.setString(4, spec.metric().id());
        ins.setString(5, spec.unit().id());
        ins.setLong(6, spec.intervalSeconds());
        long id;
        try (ResultSet rs = ins.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        Rollups.markReady(c, id); // Empty: its rollups grow with its points.
        return new StoredSeries(id, spec.intervalSeconds(), true);
    }

    /** A series as the writer found or made it: its id, its interval, whether its rollups are complete. */
    record StoredSeries(long id, long intervalSeconds, boolean rollupsReady) {
    }

    /** Every stored series with its point count and extent, ordered by source, instrument, metric. */
    public synchronized List<SeriesInfo> listSeries() {
        String sql = "SELECT s.id, s.source, s.instrument, s.asset, s.metric, s.unit, s.interval_s, "
                + "(SELECT count(*) FROM point p WHERE p.series_id = s.id), "
                + "(SELECT min(ts) FROM point p WHERE p.series_id = s.id), "
                + "(SELECT max(ts) FROM point p WHERE p.series_id = s.id) "
                + "FROM series s ORDER BY s.source, s.instrument, s.metric";
        try (PreparedStatement q = reader().prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            List<SeriesInfo> out = new ArrayList<>();
            while (rs.next()) {
                SeriesSpec spec = new SeriesSpec(rs.getString(2), rs.getString(3), Asset.parse(rs.getString(4)),
                        Metric.fromId(rs.getString(5)), Unit.fromId(rs.getString(6)), rs.getLong(7));
                out.add(new SeriesInfo(rs.getLong(1), spec, rs.getLong(8), rs.getLong(9), rs.getLong(10)));
            }
            return out;
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Every series that has points, with spec and extent but not counted (points = -1): cheap at any
     * size, since min and max come from the primary key.
     */
    public synchronized List<SeriesInfo> listExtents() {
        String sql = "SELECT s.id, s.source, s.instrument, s.asset, s.metric, s.unit, s.interval_s, "
                + "(SELECT min(ts) FROM point p WHERE p.series_id = s.id), "
                + "(SELECT max(ts) FROM point p WHERE p.series_id = s.id) "
                + "FROM series s ORDER BY s.source, s.instrument, s.metric, s.id";
        try (PreparedStatement q = reader().prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            List<SeriesInfo> out = new ArrayList<>();
            while (rs.next()) {
                long first = rs.getLong(8);
                if (rs.wasNull()) {
                    continue;
                }
                SeriesSpec spec = new SeriesSpec(rs.getString(2), rs.getString(3), Asset.parse(rs.getString(4)),
                        Metric.fromId(rs.getString(5)), Unit.fromId(rs.getString(6)), rs.getLong(7));
                out.add(new SeriesInfo(rs.getLong(1), spec, -1, first, rs.getLong(9)));
            }
            return out;
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The id of the (first) series under (source, instrument, metric), if any. */
    public synchronized Optional<Long> findId(String source, String instrument, Metric metric) {
        try (PreparedStatement q = reader().prepareStatement(
                "SELECT id FROM series WHERE source = ? AND instrument = ? AND metric = ? ORDER BY id LIMIT 1")) {
            q.setString(1, source);
            q.setString(2, instrument);
            q.setString(3, metric.id());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Every series stored under (source, instrument, metric) that has points, oldest first, with spec and
     * extent (points = -1: not counted, to stay cheap). More than one only for funding whose interval changed.
     */
    public synchronized List<SeriesInfo> describeAll(String source, String instrument, Metric metric) {
        try (PreparedStatement q = reader().prepareStatement("SELECT s.id, s.asset, s.unit, s.interval_s, "
                + "(SELECT min(ts) FROM point p WHERE p.series_id = s.id), (SELECT max(ts) FROM point p WHERE p.series_id = s.id) "
                + "FROM series s WHERE s.source = ? AND s.instrument = ? AND s.metric = ? ORDER BY s.id")) {
            q.setString(1, source);
            q.setString(2, instrument);
            q.setString(3, metric.id());
            List<SeriesInfo> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long first = rs.getLong(5);
                    if (rs.wasNull()) {
                        continue;
                    }
                    SeriesSpec spec = new SeriesSpec(source, instrument, Asset.parse(rs.getString(2)), metric, Unit.fromId(rs.getString(3)),
                            rs.getLong(4));
                    out.add(new SeriesInfo(rs.getLong(1), spec, -1, first, rs.getLong(6)));
                }
            }
            out.sort(java.util.Comparator.comparingLong(SeriesInfo::firstTs));
            return out;
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The oldest series with points under (source, instrument, metric): the only one, except for funding. */
    public Optional<SeriesInfo> describe(String source, String instrument, Metric metric) {
        return describeAll(source, instrument, metric).stream().findFirst();
    }

    /** The newest timestamp of a series, or empty when it has no points. */
    public synchronized Optional<Long> lastTimestamp(long seriesId) {
        try (PreparedStatement q = reader().prepareStatement("SELECT max(ts) FROM point WHERE series_id = ?")) {
            q.setLong(1, seriesId);
            try (ResultSet rs = q.executeQuery()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** Points with {@code from <= ts <= to}, ascending. */
    public synchronized SeriesData read(long seriesId, long from, long to) {
        try {
            return PointQueries.read(readStatements(), seriesId, from, to);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Points with {@code from <= ts <= to} as a chart at {@code columnMs} per column draws them: from the
     * coarsest rollup whose buckets are no wider than a column (the first, lowest, highest and last point of
     * each bucket, at their own times), else every raw point. Never for sums (liquidations, funding paid):
     * only for levels such as open interest or prices.
     */
    public synchronized SeriesData readForChart(SeriesInfo series, long from, long to, long columnMs) {
        RollupLevel level = RollupLevel.forResolution(series.spec().intervalSeconds(), columnMs);
        if (level == null) {
            return read(series.id(), from, to);
        }
        try {
            CachedStatements st = readStatements();
            if (!Rollups.ready(st, series.id())) {
                return read(series.id(), from, to);
            }
            return Rollups.drawnPoints(st, series.id(), level, from, to);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private Connection reader() throws SQLException {
        if (readConnection == null || readConnection.isClosed()) {
            readConnection = database.connect();
            readStatements = new CachedStatements(readConnection);
        }
        return readConnection;
    }

    private CachedStatements readStatements() throws SQLException {
        reader();
        return readStatements;
    }

    private DatabaseException readFailure(SQLException e) {
        return new DatabaseException("Cannot read " + database.file() + ": " + e.getMessage(), e);
    }

    /** Closes the read connection; rollup builds not yet started are dropped (call before closing the writer). */
    @Override
    public synchronized void close() {
        closed = true;
        if (readStatements != null) {
            readStatements.close();
        }
        if (readConnection != null) {
            try {
                readConnection.close();
            } catch (SQLException ignored) {
                // Shutting down.
            }
        }
    }
}
