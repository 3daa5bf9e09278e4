package org.umbra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, prepared once and reused: the writer runs the same dozen
 * statements for every page it stores, and preparing them each time cost more than running some of them.
 * Used by one thread at a time (the connection's owner); statements are never closed by their users.
 */
final class CachedStatements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    CachedStatements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null || p.isClosed()) {
            p = connection.prepareStatement(sql);
            prepared.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    @Override
    public void close() {
        for (PreparedStatement p : prepared.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // Closing with the connection anyway.
            }
        }
        prepared.clear();
    }
}
