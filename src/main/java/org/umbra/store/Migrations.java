package org.umbra.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations, {@code migrations/V<n>__name.sql}, applied in order inside one
 * transaction each; {@code PRAGMA user_version} records the version reached.
 */
final class Migrations {
    /** In order; append, never edit a released one. */
    static final List<String> FILES = List.of("V1__init.sql", "V2__series_per_interval.sql", "V3__rollups.sql", "V4__ledger.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    static void apply(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= FILES.size(); v++) {
            String sql = load(FILES.get(v - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String statement : split(sql)) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + v);
                try (java.sql.ResultSet broken = st.executeQuery("PRAGMA foreign_key_check")) {
                    if (broken.next()) {
                        throw new SQLException("foreign key broken in table " + broken.getString(1) + " after " + FILES.get(v - 1));
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + FILES.get(v - 1) + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String load(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + file, e);
        }
    }

    /** Splits on semicolons at line ends, after dropping comment lines; our migrations hold no triggers. */
    static List<String> split(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            cleaned.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : cleaned.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.strip().replaceAll(";$", ""));
            }
        }
        return out;
    }
}
