package org.umbra.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.umbra.ledger.LabelExport;
import org.umbra.ledger.LabelImport;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.bip329.Bip329Reader;
import org.umbra.ledger.bip329.Bip329Writer;
import org.umbra.ledger.bip329.ReadResult;
import org.umbra.ledger.chain.ChainRefValidator;
import org.umbra.ledger.chain.WatchEntries;

/** BIP-329 import and export for {@code umbra ledger}. */
final class LabelsCli {
    private LabelsCli() {
    }

    /**
     * Applies the accepted records as one change and prints each rejected line as {@code line N: reason}, then a
     * summary; 1 when any line was rejected. {@code dryRun} writes nothing.
     */
    static int importLabels(LedgerBook book, String network, Path file, boolean dryRun, PrintWriter out) throws IOException {
        ReadResult read = new Bip329Reader(new ChainRefValidator(WatchEntries.network(network))).read(file);
        read.rejected().forEach(r -> out.println(r.reason()));
        read.warnings().forEach(out::println);
        String source = file.getFileName().toString();
        LabelImport.Plan plan = LabelImport.plan(read, book.state(), source);
        if (!dryRun && !plan.changes().isEmpty()) {
            book.change(now -> LabelImport.plan(read, now, source).changes(), "bip329 import (" + source + ")");
        }
        out.println((dryRun ? "dry run, nothing written: " : "imported " + file + ": ") + plan.summary());
        return read.rejected().isEmpty() ? 0 : 1;
    }

    static void exportLabels(LedgerBook book, Writer out) throws IOException {
        new Bip329Writer().write(LabelExport.records(book.state()), out);
    }
}
