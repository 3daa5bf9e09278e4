package org.umbra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.FeedCursor;

/** SQL for {@code feed_state}: where each feed's backfill stands and how its last attempts went. */
public final class FeedStateRepository {
    private static final String SELECT = "SELECT source, feed, cursor, last_success_ms, last_attempt_ms, last_error, "
            + "last_error_ms, consecutive_failures FROM feed_state";
    private final Database database;
    private final DbWriter writer;

    public FeedStateRepository(Database database, DbWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<FeedState> all() {
        try (Connection c = database.connect();
                PreparedStatement q = c.prepareStatement(SELECT + " ORDER BY source, feed");
                ResultSet rs = q.executeQuery()) {
            List<FeedState> out = new ArrayList<>();
            while (rs.next()) {
                out.add(map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read feed state from " + database.file() + ": " + e.getMessage(), e);
        }
    }

    public FeedState load(String source, String feed) {
        try (Connection c = database.connect();
                PreparedStatement q = c.prepareStatement(SELECT + " WHERE source = ? AND feed = ?")) {
            q.setString(1, source);
            q.setString(2, feed);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? map(rs) : FeedState.initial(source, feed);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read feed state from " + database.file() + ": " + e.getMessage(), e);
        }
    }

    /** Records success with the new cursor; meant to run in the same transaction as the page's points. */
    public static void recordSuccess(Connection c, String source, String feed, FeedCursor cursor, long now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO feed_state (source, feed, cursor, last_success_ms, last_attempt_ms, consecutive_failures) "
                        + "VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (source, feed) DO UPDATE SET cursor = excluded.cursor, "
                        + "last_success_ms = excluded.last_success_ms, last_attempt_ms = excluded.last_attempt_ms, "
                        + "consecutive_failures = 0")) {
            st.setString(1, source);
            st.setString(2, feed);
            st.setLong(3, cursor.position());
            st.setLong(4, now);
            st.setLong(5, now);
            st.executeUpdate();
        }
    }

    /** Records a failed attempt; the cursor and any stored points stay as they were. */
    public FeedState recordFailure(String source, String feed, String error, long now) {
        return writer.transactionAndWait(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO feed_state (source, feed, last_attempt_ms, last_error, last_error_ms, consecutive_failures) "
                            + "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (source, feed) DO UPDATE SET "
                            + "last_attempt_ms = excluded.last_attempt_ms, last_error = excluded.last_error, "
                            + "last_error_ms = excluded.last_error_ms, consecutive_failures = consecutive_failures + 1")) {
                st.setString(1, source);
                st.setString(2, feed);
                st.setLong(3, now);
                st.setString(4, error);
                st.setLong(5, now);
                st.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE source = ? AND feed = ?")) {
                q.setString(1, source);
                q.setString(2, feed);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return map(rs);
                }
            }
        });
    }

    private static FeedState map(ResultSet rs) throws SQLException {
        return new FeedState(rs.getString(1), rs.getString(2), new FeedCursor(rs.getLong(3)), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getLong(7), rs.getInt(8));
    }
}
