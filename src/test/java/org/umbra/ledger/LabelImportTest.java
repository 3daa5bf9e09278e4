package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.bip329.Bip329Reader;
import org.umbra.ledger.bip329.LabelRecord;
import org.umbra.ledger.bip329.ReadResult;
import org.umbra.ledger.chain.BitcoinNetwork;
import org.umbra.ledger.chain.ChainRefValidator;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class LabelImportTest {
    @TempDir
    Path dir;
    private DbWriter writer;
    private LedgerBook book;
    private final Bip329Reader reader = new Bip329Reader(new ChainRefValidator(BitcoinNetwork.MAINNET));

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("u.db"));
        writer = new DbWriter(db);
        book = new LedgerBook(db, writer, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        writer.close();
    }

    private ReadResult vectors() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("bip329/bip329_test_vectors.jsonl")) {
            return reader.read(in);
        }
    }

    private ReadResult lines(String... lines) throws Exception {
        return reader.read(new StringReader(String.join("\n", lines)));
    }

    private void apply(ReadResult read) {
        book.change(now -> LabelImport.plan(read, now, "test.jsonl").changes(), "bip329 import (test.jsonl)");
    }

    @Test
    void theOfficialVectorsRoundTripAndTheirAddressKeyAndOutputBecomeWatchOnlyHoldings() throws Exception {
        ReadResult read = vectors();
        LabelImport.Plan plan = LabelImport.plan(read, book.state(), "test.jsonl");
        assertEquals("7 accepted, 0 rejected, 0 skipped (unknown type): 7 new label(s), 0 changed, 0 attached to holdings,"
                + " 3 watch-only holding(s) created", plan.summary());
        apply(read);
        LedgerState s = book.state();
        assertEquals(List.of("Address", "Output", "Extended Public Key"), s.holdings().stream().map(Holding::label).toList());
        Holding addr = s.holdings().get(0);
        assertEquals(Ledger.SETTLEMENT, addr.ledger());
        assertEquals(Rights.FINALITY, addr.rights());
        assertNull(addr.amountSats());
        assertEquals(List.of("bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c"), addr.watch());
        assertEquals(List.of("f91d0a8a78462bc59398f2c5d7a84fcff491c26ba54c4833478b202796c8aafd:1"), s.holdings().get(1).outpoints());
        // Export gives back the same seven records, in the same order, and nothing else.
        assertEquals(read.records(), LabelExport.records(s));
        // Importing the same file again changes nothing and writes nothing.
        int rows = book.history().size();
        LabelImport.Plan again = LabelImport.plan(vectors(), s, "again");
        assertTrue(again.changes().isEmpty(), again.summary());
        assertEquals(3, again.attached());
        apply(vectors());
        assertEquals(rows, book.history().size());
    }

    @Test
    void aLabelForAWatchedAddressAttachesToItsHoldingAndOneOriginIsOneWallet() throws Exception {
        Holding cold = book.add(LedgerFixtures.cold(1_000), "form"); // watches bc1qar0s…
        ReadResult read = lines(
                "{\"type\":\"addr\",\"ref\":\"BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ\",\"label\":\"cold receive\"}",
                "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\",\"label\":\"spend 1\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\"}",
                "{\"type\":\"xpub\",\"ref\":\"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8\",\"label\":\"Spending wallet\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\"}",
                "{\"type\":\"tx\",\"ref\":\"f91d0a8a78462bc59398f2c5d7a84fcff491c26ba54c4833478b202796c8aafd\",\"label\":\"rent\"}");
        LabelImport.Plan plan = LabelImport.plan(read, book.state(), "test.jsonl");
        assertEquals(1, plan.attached());
        assertEquals(1, plan.holdingsCreated());
        apply(read);
        LedgerState s = book.state();
        assertEquals("Cold wallet", s.holding(cold.id()).orElseThrow().label()); // attached, not renamed
        Holding wallet = s.holdings().get(1);
        assertEquals("Spending wallet", wallet.label());
        assertEquals(2, wallet.watch().size());
        assertTrue(wallet.note().contains("wallet wpkh([d34db33f/84'/0'/0'])"), wallet.note());
        assertEquals(4, s.labels().size());
        // One import is one change: undo takes it all back.
        assertEquals("5 changes (bip329 import (test.jsonl))", book.undo().orElseThrow());
        assertEquals(List.of(cold.id()), book.state().holdings().stream().map(Holding::id).toList());
        assertTrue(book.state().labels().isEmpty());
    }

    @Test
    void aRecordWithoutALabelKeepsTheStoredOne() throws Exception {
        apply(lines("{\"type\":\"tx\",\"ref\":\"" + "a".repeat(64) + "\",\"label\":\"salary\"}"));
        apply(lines("{\"type\":\"tx\",\"ref\":\"" + "a".repeat(64) + "\",\"height\":870000}"));
        LabelRecord back = LabelExport.records(book.state()).get(0);
        assertEquals("salary", back.label());
        assertEquals(870000, back.extras().get("height").getAsInt());
    }

    @Test
    void holdingsEnteredByHandAreExportedWithTheirNames() {
        book.add(LedgerFixtures.cold(1_000), "form");
        List<LabelRecord> out = LabelExport.records(book.state());
        assertEquals(List.of(new LabelRecord(org.umbra.ledger.bip329.LabelType.ADDR, LedgerFixtures.ADDRESS, "Cold wallet")), out);
    }
}
