package org.umbra.ledger;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.umbra.ledger.bip329.Bip329Reader;
import org.umbra.ledger.bip329.LabelRecord;
import org.umbra.ledger.bip329.LabelType;
import org.umbra.ledger.bip329.ReadResult;
import org.umbra.ledger.chain.WatchEntries;

/**
 * The ledger's wallet labels as BIP-329 records: every stored label as it was imported or last changed, then
 * the addresses, keys and outpoints of holdings that no stored label covers, labelled with the holding's name,
 * so a wallet learns what the user calls them.
 */
public final class LabelExport {
    private LabelExport() {
    }

    public static List<LabelRecord> records(LedgerState state) {
        List<LabelRecord> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Bip329Reader reader = new Bip329Reader();
        for (JsonObject stored : state.labels().values()) {
            LabelRecord r = parse(reader, stored);
            out.add(r);
            covered.add(r.type().wireName() + "|" + r.ref());
        }
        for (Holding h : state.holdings()) {
            for (String entry : h.watch()) {
                LabelType type = WatchEntries.isExtendedKey(entry) ? LabelType.XPUB : LabelType.ADDR;
                if (covered.add(type.wireName() + "|" + entry)) {
                    out.add(new LabelRecord(type, entry, h.label()));
                }
            }
            for (String outpoint : h.outpoints()) {
                if (covered.add(LabelType.OUTPUT.wireName() + "|" + outpoint)) {
                    out.add(new LabelRecord(LabelType.OUTPUT, outpoint, h.label()));
                }
            }
        }
        return out;
    }

    private static LabelRecord parse(Bip329Reader reader, JsonObject stored) {
        try {
            ReadResult r = reader.read(new StringReader(stored.toString()));
            if (r.accepted().size() != 1) {
                throw new IllegalStateException("a stored label no longer reads as BIP-329: " + stored + " " + r.rejected());
            }
            return r.accepted().get(0).record();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
