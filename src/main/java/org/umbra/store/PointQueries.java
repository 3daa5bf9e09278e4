package org.umbra.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** The range queries on the {@code point} table, for the reader and for the writer's rollup upkeep alike. */
final class PointQueries {
    private PointQueries() {
    }

    /** How many points of the series lie in [from, to]. */
    static long count(CachedStatements c, long seriesId, long from, long to) throws SQLException {
        PreparedStatement q = c.get("SELECT count(*) FROM point WHERE series_id = ? AND ts BETWEEN ? AND ?");
        q.setLong(1, seriesId);
        q.setLong(2, from);
        q.setLong(3, to);
        try (ResultSet rs = q.executeQuery()) {
            return rs.getLong(1);
        }
    }

    /** The points of the series in [from, to], ascending. */
    static SeriesData read(CachedStatements c, long seriesId, long from, long to) throws SQLException {
        if (from > to) {
            return SeriesData.EMPTY;
        }
        PreparedStatement q = c.get("SELECT ts, value FROM point WHERE series_id = ? AND ts BETWEEN ? AND ? ORDER BY ts");
        q.setLong(1, seriesId);
        q.setLong(2, from);
        q.setLong(3, to);
        long[] ts = new long[64];
        double[] vs = new double[64];
        int n = 0;
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (n == ts.length) {
                    ts = Arrays.copyOf(ts, n * 2);
                    vs = Arrays.copyOf(vs, n * 2);
                }
                ts[n] = rs.getLong(1);
                vs[n] = rs.getDouble(2);
                n++;
            }
        }
        return new SeriesData(Arrays.copyOf(ts, n), Arrays.copyOf(vs, n));
    }
}
