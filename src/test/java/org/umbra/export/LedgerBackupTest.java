package org.umbra.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.ExitDrill;
import org.umbra.ledger.Holding;
import org.umbra.ledger.HoldingForm;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.PolicyThresholds;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class LedgerBackupTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private static Holding holding(String label, String amount, Ledger ledger, Rights rights, InstrumentKind kind, String venue) {
        return new HoldingForm(label, amount, Amounts.Unit.BTC, "BTC", ledger, rights, kind, venue, "", "a, b", "note \"quoted\"", "")
                .check(null, LocalDate.of(2026, 11, 20), e -> null).holding();
    }

    /** A history with every kind of row: holdings, an edit, a delete, an undo, a profile with a drill, thresholds. */
    private static void fill(LedgerBook book) {
        Holding cold = book.add(holding("Cold", "1", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, ""), "form");
        Holding kraken = book.add(holding("Kraken", "0.25", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, "Kraken"), "form");
        book.save(cold.withLabel("Cold (Coldcard)"), "form");
        book.delete(kraken.id(), "form");
        book.undo();
        book.saveCustodian(new Custodian("Kraken", org.umbra.ledger.WithdrawalMode.INSTANT, List.of(), "", List.of("withdraw"), List.of(), ""),
                "form");
        book.recordDrill("Kraken", new ExitDrill(LocalDate.of(2026, 11, 1), "0.001 out", 30, ExitDrill.Outcome.COMPLETED, ""), "form");
        book.saveThresholds(new PolicyThresholds(5, 60, 60, 10), "form");
    }

    @Test
    void exportRestoreExportGivesTheSameDocumentButForExportedAt() {
        String first;
        try (Fixture a = new Fixture(dir.resolve("a.db"))) {
            fill(a.book);
            first = LedgerBackup.write(a.book.history(), Instant.parse("2026-11-21T00:00:00Z"));
        }
        String second;
        try (Fixture b = new Fixture(dir.resolve("b.db"))) {
            b.book.restore(LedgerBackup.read(first));
            assertEquals("Cold (Coldcard)", b.book.state().holding(1).orElseThrow().label());
            assertEquals(2, b.book.state().holdings().size());
            second = LedgerBackup.write(b.book.history(), Instant.parse("2026-11-22T00:00:00Z"));
        }
        assertEquals(first.replace("2026-11-21T00:00:00Z", "X"), second.replace("2026-11-22T00:00:00Z", "X"));
        assertTrue(first.contains("\"exportedAt\": \"2026-11-21T00:00:00Z\""));
    }

    @Test
    void aRestoreGoesOnlyIntoAnEmptyLedgerAndChangesNothingOtherwise() {
        String backup;
        try (Fixture a = new Fixture(dir.resolve("a.db"))) {
            fill(a.book);
            backup = LedgerBackup.write(a.book.history(), Instant.EPOCH);
        }
        try (Fixture b = new Fixture(dir.resolve("b.db"))) {
            b.book.add(holding("Mine", "2", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, ""), "form");
            List<LedgerEvent> rows = LedgerBackup.read(backup);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.book.restore(rows));
            assertTrue(e.getMessage().startsWith("the ledger in this database is not empty"), e.getMessage());
            assertEquals(1, new LedgerBook(b.db, b.writer, clock).history().size());
        }
    }

    @Test
    void aBadBackupIsRefusedNamingTheRowAndField() {
        String good;
        try (Fixture a = new Fixture(dir.resolve("a.db"))) {
            fill(a.book);
            good = LedgerBackup.write(a.book.history(), Instant.EPOCH);
        }
        assertEquals("not an Umbra ledger backup (field 'format' is not 'umbra-ledger-backup')",
                assertThrows(IllegalArgumentException.class, () -> LedgerBackup.read("{\"format\":\"x\"}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LedgerBackup.read(good.substring(0, 200))).getMessage()
                .startsWith("not JSON"));
        assertEquals("history[1]: unknown entity 'wallet' (holding, custodian, label or policy)", refusal(good, 1, "entity", "wallet"));
        assertEquals("history[1]: seq 1 is not after 1", refusal(good, 1, "seq", 1));
        assertEquals("history[2]: field 'atMs' is missing or not a number", refusal(good, 2, "atMs", "yesterday"));
        assertEquals("history[3]: undoes row 99, which is not earlier in the history", refusal(good, 3, "undoes", 99));
        assertEquals("history[0]: field 'id' is missing", refusal(good, 0, "state", new JsonObject()));
    }

    /** The message refusing {@code backup} with one field of one row replaced. */
    private static String refusal(String backup, int row, String field, Object value) {
        JsonObject doc = JsonParser.parseString(backup).getAsJsonObject();
        JsonObject o = doc.getAsJsonArray("history").get(row).getAsJsonObject();
        if (value instanceof JsonObject j) {
            o.add(field, j);
        } else if (value instanceof Number n) {
            o.addProperty(field, n);
        } else {
            o.addProperty(field, value.toString());
        }
        return assertThrows(IllegalArgumentException.class, () -> LedgerBackup.read(doc.toString())).getMessage();
    }

    @Test
    void csvNeutralisesFormulasAndKeepsNumbersAsNumbers() throws Exception {
        try (Fixture a = new Fixture(dir.resolve("a.db"))) {
            a.book.add(holding("=HYPERLINK(\"http://x\")", "0.5", Ledger.WORKING, Rights.CLAIM, InstrumentKind.EXCHANGE_BALANCE, "@venue"),
                    "form");
            a.book.add(holding("-1 test", "1", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, ""), "form");
            java.io.StringWriter out = new java.io.StringWriter();
            HoldingsCsv.write(a.book.state(), out);
            assertEquals(String.join("\r\n",
                    "id,label,ledger,rights,instrument,asset,amount_btc,amount_sats,venue,opened,tags,watch_only,outpoints,note",
                    "1,\"'=HYPERLINK(\"\"http://x\"\")\",working,claim,exchange_balance,BTC,0.5,50000000,'@venue,,\"a, b\",,,"
                            + "\"note \"\"quoted\"\"\"",
                    "2,'-1 test,settlement,finality,onchain,BTC,1,100000000,,,\"a, b\",,,\"note \"\"quoted\"\"\"", ""), out.toString());
        }
    }

    /** A database, its writer and a book; closed by the test. */
    private final class Fixture implements AutoCloseable {
        final Database db;
        final DbWriter writer;
        final LedgerBook book;

        Fixture(Path file) {
            db = Database.open(file);
            writer = new DbWriter(db);
            book = new LedgerBook(db, writer, clock);
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
