package org.umbra.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.umbra.market.Asset;
import org.umbra.store.Database;
import org.umbra.store.DatabaseException;
import org.umbra.store.DbWriter;

/** The {@code alert_rule} table: the rules the user set. Writes go through the writer and return after the commit. */
public final class AlertRuleStore {
    private final Database database;
    private final DbWriter writer;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public AlertRuleStore(Database database, DbWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** Told after every committed change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Every rule, oldest first. */
    public List<AlertRule> all() {
        try (Connection c = database.connect();
                PreparedStatement st = c.prepareStatement("SELECT id, kind, asset, venue, threshold, window_ms, source, enabled, cooldown_ms"
                        + " FROM alert_rule ORDER BY id");
                ResultSet rs = st.executeQuery()) {
            List<AlertRule> out = new ArrayList<>();
            while (rs.next()) {
                String asset = rs.getString(3);
                out.add(new AlertRule(rs.getLong(1), AlertKind.parse(rs.getString(2)), asset == null ? null : Asset.parse(asset), rs.getString(4),
                        rs.getDouble(5), rs.getLong(6), rs.getString(7), rs.getInt(8) == 1, rs.getLong(9)));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read alert rules from " + database.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a rule (id 0) or replaces the one with its id; returns it as stored.
     *
     * @throws IllegalArgumentException naming each field that is wrong, or an id that is not stored
     */
    public AlertRule save(AlertRule rule) {
        Map<String, String> problems = rule.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        AlertRule stored = writer.transactionAndWait(c -> {
            if (rule.id() == 0) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_rule (kind, asset, venue, threshold, window_ms, source, enabled,"
                        + " cooldown_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    bind(ins, rule);
                    ins.executeUpdate();
                    try (ResultSet keys = ins.getGeneratedKeys()) {
                        keys.next();
                        return rule.withId(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement upd = c.prepareStatement("UPDATE alert_rule SET kind = ?, asset = ?, venue = ?, threshold = ?, window_ms = ?,"
                    + " source = ?, enabled = ?, cooldown_ms = ? WHERE id = ?")) {
                bind(upd, rule);
                upd.setLong(9, rule.id());
                if (upd.executeUpdate() != 1) {
                    throw new IllegalArgumentException("there is no alert rule " + rule.id());
                }
                return rule;
            }
        });
        listeners.forEach(Runnable::run);
        return stored;
    }

    /** Deletes a rule; its history stays in {@code alert_event}. Returns whether it existed. */
    public boolean delete(long id) {
        boolean deleted = writer.transactionAndWait(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM alert_rule WHERE id = ?")) {
                del.setLong(1, id);
                return del.executeUpdate() == 1;
            }
        });
        if (deleted) {
            listeners.forEach(Runnable::run);
        }
        return deleted;
    }

    private static void bind(PreparedStatement st, AlertRule r) throws SQLException {
        AlertKind k = r.kind();
        st.setString(1, k.id());
        nullable(st, 2, k.usesAsset() ? r.asset().name() : null);
        nullable(st, 3, k.usesVenue() ? r.venue() : null);
        st.setDouble(4, k.usesThreshold() ? r.threshold() : 0);
        st.setLong(5, k.usesWindow() ? r.windowMs() : 0);
        nullable(st, 6, k.usesSource() ? r.source() : null);
        st.setInt(7, r.enabled() ? 1 : 0);
        st.setLong(8, r.cooldownMs());
    }

    private static void nullable(PreparedStatement st, int i, String v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.VARCHAR);
        } else {
            st.setString(i, v);
        }
    }
}
