package org.umbra.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.umbra.store.Database;
import org.umbra.store.DatabaseException;
import org.umbra.store.DbWriter;

/** What the chain said about settlement holdings (the {@code chain_check} table): the newest check per holding. */
public final class ChainChecks {
    /**
     * One check of one holding's addresses.
     *
     * @param tipHeight   the chain tip when checked ("verified at block H")
     * @param tipTimeMs   that block's time
     * @param addresses   addresses queried, derived ones included
     */
    public record Check(long holdingId, long atMs, int tipHeight, long tipTimeMs, long confirmedSats, long unconfirmedSats, int addresses) {
        /** Whether the chain holds exactly what the user entered (confirmed coins only). */
        public boolean matches(Long enteredSats) {
            return enteredSats != null && enteredSats == confirmedSats;
        }
    }

    private final Database database;
    private final DbWriter writer;

    public ChainChecks(Database database, DbWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public void record(Check c) {
        writer.transactionAndWait(conn -> {
            try (PreparedStatement ins = conn.prepareStatement("INSERT INTO chain_check (holding_id, at_ms, tip_height, tip_time_ms,"
                    + " confirmed_sats, unconfirmed_sats, addresses) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ins.setLong(1, c.holdingId());
                ins.setLong(2, c.atMs());
                ins.setInt(3, c.tipHeight());
                ins.setLong(4, c.tipTimeMs());
                ins.setLong(5, c.confirmedSats());
                ins.setLong(6, c.unconfirmedSats());
                ins.setInt(7, c.addresses());
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** The newest check of each holding ever checked. */
    public Map<Long, Check> latest() {
        String sql = "SELECT holding_id, at_ms, tip_height, tip_time_ms, confirmed_sats, unconfirmed_sats, addresses FROM chain_check"
                + " ORDER BY id";
        Map<Long, Check> out = new HashMap<>();
        try (Connection c = database.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getLong(1), new Check(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getInt(7)));
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read chain checks from " + database.file() + ": " + e.getMessage(), e);
        }
    }
}
