package org.umbra.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of the {@code rollup} table: kept up to date inside the transaction that writes points (so a
 * rollup never disagrees with committed points), built whole for series that have none yet, and read back
 * as the points a chart draws. Writer-thread methods take the writer's connection.
 */
final class Rollups {
    private static final String UPSERT = "INSERT INTO rollup (series_id, step_s, bucket, n, first_dt, first_v, min_dt, min_v, max_dt, max_v,"
            + " last_dt, last_v) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (series_id, step_s, bucket) DO UPDATE SET"
            + " n = excluded.n, first_dt = excluded.first_dt, first_v = excluded.first_v, min_dt = excluded.min_dt, min_v = excluded.min_v,"
            + " max_dt = excluded.max_dt, max_v = excluded.max_v, last_dt = excluded.last_dt, last_v = excluded.last_v";
    private static final String SELECT = "SELECT bucket, n, first_dt, first_v, min_dt, min_v, max_dt, max_v, last_dt, last_v FROM rollup"
            + " WHERE series_id = ? AND step_s = ? AND bucket BETWEEN ? AND ? ORDER BY bucket";

    private Rollups() {
    }

    /** Whether the series' rollups are complete (else it is read raw). */
    static boolean ready(CachedStatements c, long seriesId) throws SQLException {
        PreparedStatement q = c.get("SELECT 1 FROM rollup_ready WHERE series_id = ?");
        q.setLong(1, seriesId);
        try (ResultSet rs = q.executeQuery()) {
            return rs.next();
        }
    }

    /** Marks a new, empty series complete: its rollups grow with its points. */
    static void markReady(CachedStatements c, long seriesId) throws SQLException {
        PreparedStatement st = c.get("INSERT OR IGNORE INTO rollup_ready (series_id) VALUES (?)");
        st.setLong(1, seriesId);
        st.executeUpdate();
    }

    /** Series with points whose rollups are not built yet (stored before rollups existed). */
    static List<Long> pending(CachedStatements c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = c.get("SELECT id FROM series WHERE id NOT IN (SELECT series_id FROM rollup_ready) ORDER BY id").executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /**
     * Brings the rollups of a ready series up to date after {@code ts}/{@code vs} (strictly ascending) were
     * upserted into it. The finest level is recomputed for every bucket the batch touched, from the batch
     * and the raw points around it; each coarser level from the level below.
     */
    static void afterWrite(CachedStatements c, long seriesId, long intervalSeconds, long[] ts, double[] vs, int n) throws SQLException {
        List<RollupLevel> levels = RollupLevel.keptFor(intervalSeconds);
        if (levels.isEmpty() || n == 0) {
            return;
        }
        RollupLevel finest = levels.get(0);
        long first = ts[0];
        long last = ts[n - 1];
        long from = finest.bucketOf(first);
        long to = finest.bucketOf(last) + finest.stepMs() - 1;
        List<RollupBucket> buckets;
        if (PointQueries.count(c, seriesId, first, last) == n) {
            // The batch is everything between its ends: only the edges of its buckets need reading.
            List<RollupBucket> acc = new ArrayList<>();
            Accumulator a = new Accumulator(finest, acc);
            SeriesData before = PointQueries.read(c, seriesId, from, first - 1);
            for (int i = 0; i < before.size(); i++) {
                a.add(before.timestamps()[i], before.values()[i]);
            }
            for (int i = 0; i < n; i++) {
                a.add(ts[i], vs[i]);
            }
            SeriesData after = PointQueries.read(c, seriesId, last + 1, to);
            for (int i = 0; i < after.size(); i++) {
                a.add(after.timestamps()[i], after.values()[i]);
            }
            buckets = acc;
        } else {
            buckets = aggregate(finest, PointQueries.read(c, seriesId, from, to));
        }
        upsert(c, seriesId, finest, buckets);
        for (int k = 1; k < levels.size(); k++) {
            RollupLevel level = levels.get(k);
            long lFrom = level.bucketOf(from);
            long lTo = level.bucketOf(to) + level.stepMs() - 1;
            List<RollupBucket> coarser = new ArrayList<>();
            RollupBucket open = null;
            for (RollupBucket finer : read(c, seriesId, levels.get(k - 1), lFrom, lTo)) {
                long start = level.bucketOf(finer.start);
                if (open == null || open.start != start) {
                    open = new RollupBucket(start);
                    coarser.add(open);
                }
                open.add(finer);
            }
            upsert(c, seriesId, level, coarser);
            from = lFrom;
            to = lTo;
        }
    }

    /** Builds every level of one series from all its points, replacing what was there, and marks it ready. */
    static void build(CachedStatements c, long seriesId, long intervalSeconds) throws SQLException {
        PreparedStatement del = c.get("DELETE FROM rollup WHERE series_id = ?");
        del.setLong(1, seriesId);
        del.executeUpdate();
        List<RollupLevel> levels = RollupLevel.keptFor(intervalSeconds);
        if (!levels.isEmpty()) {
            List<List<RollupBucket>> out = new ArrayList<>();
            List<Accumulator> acc = new ArrayList<>();
            for (RollupLevel l : levels) {
                List<RollupBucket> list = new ArrayList<>();
                out.add(list);
                acc.add(new Accumulator(l, list));
            }
            PreparedStatement q = c.get("SELECT ts, value FROM point WHERE series_id = ? ORDER BY ts");
            q.setLong(1, seriesId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long t = rs.getLong(1);
                    double v = rs.getDouble(2);
                    for (Accumulator a : acc) {
                        a.add(t, v);
                    }
                }
            }
            for (int i = 0; i < levels.size(); i++) {
                upsert(c, seriesId, levels.get(i), out.get(i));
            }
        }
        markReady(c, seriesId);
    }

    /** A ready series whose interval became finer keeps more levels: built again from its points. */
    static void forget(CachedStatements c, long seriesId) throws SQLException {
        PreparedStatement st = c.get("DELETE FROM rollup_ready WHERE series_id = ?");
        st.setLong(1, seriesId);
        st.executeUpdate();
    }

    /** The buckets of one level in [from, to] (bucket starts), ascending. */
    static List<RollupBucket> read(CachedStatements c, long seriesId, RollupLevel level, long from, long to) throws SQLException {
        List<RollupBucket> out = new ArrayList<>();
        PreparedStatement q = c.get(SELECT);
        q.setLong(1, seriesId);
        q.setLong(2, level.stepSeconds());
        q.setLong(3, from);
        q.setLong(4, to);
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                RollupBucket b = new RollupBucket(rs.getLong(1));
                b.n = rs.getLong(2);
                b.firstTs = b.start + rs.getLong(3);
                b.firstV = rs.getDouble(4);
                b.minTs = b.start + rs.getLong(5);
                b.minV = rs.getDouble(6);
                b.maxTs = b.start + rs.getLong(7);
                b.maxV = rs.getDouble(8);
                b.lastTs = b.start + rs.getLong(9);
                b.lastV = rs.getDouble(10);
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The points a chart draws for [from, to] at one level: up to four per bucket, each at the time it
     * happened, only those inside the range.
     */
    static SeriesData drawnPoints(CachedStatements c, long seriesId, RollupLevel level, long from, long to) throws SQLException {
        List<RollupBucket> buckets = read(c, seriesId, level, level.bucketOf(from), to);
        long[] ts = new long[4 * buckets.size()];
        double[] vs = new double[ts.length];
        int m = 0;
        for (RollupBucket b : buckets) {
            int end = b.drawnPoints(ts, vs, m);
            for (int i = m; i < end; i++) {
                if (ts[i] >= from && ts[i] <= to) {
                    ts[m] = ts[i];
                    vs[m] = vs[i];
                    m++;
                }
            }
        }
        return new SeriesData(Arrays.copyOf(ts, m), Arrays.copyOf(vs, m));
    }

    private static List<RollupBucket> aggregate(RollupLevel level, SeriesData points) {
        List<RollupBucket> out = new ArrayList<>();
        Accumulator a = new Accumulator(level, out);
        for (int i = 0; i < points.size(); i++) {
            a.add(points.timestamps()[i], points.values()[i]);
        }
        return out;
    }

    private static void upsert(CachedStatements c, long seriesId, RollupLevel level, List<RollupBucket> buckets) throws SQLException {
        if (buckets.isEmpty()) {
            return;
        }
        PreparedStatement st = c.get(UPSERT);
        for (RollupBucket b : buckets) {
            st.setLong(1, seriesId);
            st.setLong(2, level.stepSeconds());
            st.setLong(3, b.start);
            st.setLong(4, b.n);
            st.setLong(5, b.firstTs - b.start);
            st.setDouble(6, b.firstV);
            st.setLong(7, b.minTs - b.start);
            st.setDouble(8, b.minV);
            st.setLong(9, b.maxTs - b.start);
            st.setDouble(10, b.maxV);
            st.setLong(11, b.lastTs - b.start);
            st.setDouble(12, b.lastV);
            st.addBatch();
        }
        st.executeBatch();
    }

    /** Raw points in time order into the buckets of one level. */
    private static final class Accumulator {
        private final RollupLevel level;
        private final List<RollupBucket> out;
        private RollupBucket open;

        Accumulator(RollupLevel level, List<RollupBucket> out) {
            this.level = level;
            this.out = out;
        }

        void add(long ts, double v) {
            long start = level.bucketOf(ts);
            if (open == null || open.start != start) {
                open = new RollupBucket(start);
                out.add(open);
            }
            open.add(ts, v);
        }
    }
}
