package org.umbra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small key/value facts about the database itself, such as which bundled history it holds. */
public final class MetaRepository {
    private final Database database;

    public MetaRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        try (Connection c = database.connect(); PreparedStatement q = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read " + database.file() + ": " + e.getMessage(), e);
        }
    }

    /** Sets {@code key} inside a transaction the caller owns, so it commits with the data it describes. */
    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }
}
