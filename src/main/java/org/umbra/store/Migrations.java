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
 * transaction each; {@code PRAGMA user_version} records the version reached. A list of its own, so a test can
 * append a migration this release does not have ({@link #plus}).
 */
public final class Migrations {
    /** In order; append, never edit a released one. */
    static final List<String> FILES = List.of("V1__init.sql", "V2__series_per_interval.sql", "V3__rollups.sql", "V4__ledger.sql",
            "V5__alert_rules.sql");

    /** The schema version whose migration created the ledger tables (V4__ledger.sql). */
    public static final int LEDGER_SINCE = 4;

    private static final Migrations STANDARD = new Migrations(FILES.stream().map(f -> new Step(f, load(f))).toList());

    /** One migration: its file name and its SQL (statements ended by a semicolon at a line end). */
    record Step(String name, String sql) {
    }

    private final List<Step> steps;

    private Migrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The migrations of this release. */
    public static Migrations standard() {
        return STANDARD;
    }

    /** These migrations and then {@code sql} as the next version. */
    public Migrations plus(String name, String sql) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(name, sql));
        return new Migrations(more);
    }

    /** The first {@code version} of these migrations: a database as an older release left it (tests of a migration). */
    public Migrations upTo(int version) {
        if (version < 1 || version > steps.size()) {
            throw new IllegalArgumentException("no schema version " + version + " (1.." + steps.size() + ")");
        }
        return new Migrations(steps.subList(0, version));
    }

    public int latestVersion() {
        return steps.size();
    }

    /**
     * Each migration after {@code fromVersion} in its own transaction, begun IMMEDIATE: it waits (busy timeout) for
     * another program's write, where a deferred one that had read first would fail at once when it came to write.
     */
    void apply(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= steps.size(); v++) {
            Step step = steps.get(v - 1);
            boolean begun = false;
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                begun = true;
                for (String statement : split(step.sql())) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + v);
                try (java.sql.ResultSet broken = st.executeQuery("PRAGMA foreign_key_check")) {
                    if (broken.next()) {
                        throw new SQLException("foreign key broken in table " + broken.getString(1) + " after " + step.name());
                    }
                }
                st.execute("COMMIT");
            } catch (SQLException e) {
                if (begun) {
                    try (Statement st = c.createStatement()) {
                        st.execute("ROLLBACK");
                    } catch (SQLException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                throw new SQLException("migration " + step.name() + " failed: " + e.getMessage(), e); // SqlFaults reads the cause's code
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
