package org.umbra.ledger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.umbra.store.Database;
import org.umbra.store.DatabaseException;

/** The {@code ledger_event} table: reads the history and appends to it inside the writer's transaction. */
final class LedgerStore {
    private static final String COLUMNS = "seq, change_id, at_ms, entity, entity_key, action, state, amount_sats, undoes, cause";

    private final Database database;

    LedgerStore(Database database) {
        this.database = database;
    }

    List<LedgerEvent> readAll() {
        try (Connection c = database.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM ledger_event ORDER BY seq")) {
            return rows(rs);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the ledger in " + database.file() + ": " + e.getMessage(), e);
        }
    }

    private static List<LedgerEvent> rows(ResultSet rs) throws SQLException {
            List<LedgerEvent> out = new ArrayList<>();
            while (rs.next()) {
                String state = rs.getString(7);
                long amount = rs.getLong(8);
                Long amountSats = rs.wasNull() ? null : amount;
                long undoes = rs.getLong(9);
                Long undone = rs.wasNull() ? null : undoes;
                out.add(new LedgerEvent(rs.getLong(1), rs.getLong(2), rs.getLong(3), LedgerEvent.Entity.fromId(rs.getString(4)),
                        rs.getString(5), LedgerEvent.Action.fromId(rs.getString(6)),
                        state == null ? null : JsonParser.parseString(state).getAsJsonObject(), amountSats, undone, rs.getString(10)));
            }
            return out;
    }

    /** Rows after {@code seq}, read on the writer's connection: another Umbra process may have added them. */
    static List<LedgerEvent> readAfter(Connection c, long seq) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_event WHERE seq > ? ORDER BY seq")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                return rows(rs);
            }
        }
    }

    /** The next free sequence number, read on the writer's connection so nothing can come between. */
    static long nextSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM ledger_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean isEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM ledger_event LIMIT 1")) {
            return !rs.next();
        }
    }

    static void insert(Connection c, List<LedgerEvent> events) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO ledger_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerEvent e : events) {
                ins.setLong(1, e.seq());
                ins.setLong(2, e.changeId());
                ins.setLong(3, e.atMs());
                ins.setString(4, e.entity().id());
                ins.setString(5, e.key());
                ins.setString(6, e.action().id());
                JsonObject state = e.state();
                if (state == null) {
                    ins.setNull(7, Types.VARCHAR);
                } else {
                    ins.setString(7, state.toString());
                }
                if (e.amountSats() == null) {
                    ins.setNull(8, Types.INTEGER);
                } else {
                    ins.setLong(8, e.amountSats());
                }
                if (e.undoes() == null) {
                    ins.setNull(9, Types.INTEGER);
                } else {
                    ins.setLong(9, e.undoes());
                }
                ins.setString(10, e.cause());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
