package org.umbra.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code alert_event} table: each time a rule starts or stops firing, newest last. */
public final class AlertLog {
    /** One alert event. */
    public record Event(long id, long atMs, String rule, boolean firing, String message) {
        /** One line for several events, as the status bar and a notification show them: the newest, and how many more. */
        public static String summary(List<Event> events) {
            String newest = events.get(events.size() - 1).message();
            return events.size() > 1 ? newest + " (+" + (events.size() - 1) + " more)" : newest;
        }
    }

    private final Database database;
    private final DbWriter writer;

    public AlertLog(Database database, DbWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** Appends events in one transaction and waits for the commit. */
    public void append(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        writer.transactionAndWait(c -> {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_event (at_ms, rule, state, message) VALUES (?, ?, ?, ?)")) {
                for (Event e : events) {
                    ins.setLong(1, e.atMs());
                    ins.setString(2, e.rule());
                    ins.setString(3, e.firing() ? "firing" : "cleared");
                    ins.setString(4, e.message());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }

    /** Whether each rule that ever fired is firing now (its latest event). */
    public Map<String, Boolean> firingByRule() {
        Map<String, Boolean> out = new HashMap<>();
        for (Event e : read("SELECT id, at_ms, rule, state, message FROM alert_event ORDER BY id")) {
            out.put(e.rule(), e.firing());
        }
        return out;
    }

    /** When each rule last fired. */
    public Map<String, Long> lastFiredAt() {
        Map<String, Long> out = new HashMap<>();
        for (Event e : read("SELECT id, at_ms, rule, state, message FROM alert_event WHERE state = 'firing' ORDER BY id")) {
            out.put(e.rule(), e.atMs());
        }
        return out;
    }

    /** Events at or after {@code fromMs}, newest first. */
    public List<Event> since(long fromMs) {
        return read("SELECT id, at_ms, rule, state, message FROM alert_event WHERE at_ms >= " + fromMs + " ORDER BY id DESC");
    }

    /** The newest {@code limit} events, newest first. */
    public List<Event> recent(int limit) {
        return read("SELECT id, at_ms, rule, state, message FROM alert_event ORDER BY id DESC LIMIT " + Math.max(0, limit));
    }

    private List<Event> read(String sql) {
        try (Connection c = database.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Event> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), "firing".equals(rs.getString(4)), rs.getString(5)));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read alerts from " + database.file() + ": " + e.getMessage(), e);
        }
    }
}
