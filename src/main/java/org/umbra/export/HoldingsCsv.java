package org.umbra.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Holding;
import org.umbra.ledger.LedgerState;

/** The holdings as they stand, one row each, for a spreadsheet: amounts both in BTC and in sats, text cells made safe. */
public final class HoldingsCsv {
    static final String[] HEADER = {"id", "label", "ledger", "rights", "instrument", "asset", "amount_btc", "amount_sats", "venue",
        "opened", "tags", "watch_only", "outpoints", "note"};

    private HoldingsCsv() {
    }

    public static void write(LedgerState state, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\r\n").build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Holding h : state.holdings()) {
                csv.printRecord(h.id(), SpreadsheetSafe.cell(h.label()), h.ledger().id(), h.rights().id(), h.kind().id(),
                        SpreadsheetSafe.cell(h.asset()), h.amountSats() == null ? "" : Amounts.btcPlain(h.amountSats()),
                        h.amountSats() == null ? "" : h.amountSats(), SpreadsheetSafe.cell(h.venue()),
                        h.opened() == null ? "" : h.opened().toString(), SpreadsheetSafe.cell(String.join(", ", h.tags())),
                        SpreadsheetSafe.cell(String.join(" ", h.watch())), SpreadsheetSafe.cell(String.join(" ", h.outpoints())),
                        SpreadsheetSafe.cell(h.note()));
            }
        }
    }
}
