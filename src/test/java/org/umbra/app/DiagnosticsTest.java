package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.collect.SourceStatus;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Change;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.Rights;

/** What "Copy diagnostics" gives: enough to help, and nothing of the user's holdings. */
class DiagnosticsTest {
    static final String ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    static final String LEGACY = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";
    static final String XPUB = "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8";
    static final String OUTPOINT = "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16:1";
    static final long COLD_SATS = 123_456_789L;
    static final long EXCHANGE_SATS = 4_200_000L;

    @TempDir
    Path dir;

    private static LedgerState ledger() {
        List<Change> changes = List.of(
                Change.holding(new Holding(1, "Grandma's cold wallet", COLD_SATS, "BTC", Ledger.SETTLEMENT, Rights.FINALITY,
                        InstrumentKind.ONCHAIN, "", LocalDate.of(2021, 3, 1), List.of("inheritance-plan"), "seed in the blue safe",
                        List.of(ADDRESS, XPUB), List.of(OUTPOINT))),
                Change.holding(new Holding(2, "Kraken stack", EXCHANGE_SATS, "BTC", Ledger.WORKING, Rights.CLAIM,
                        InstrumentKind.EXCHANGE_BALANCE, "Kraken", null, List.of(), "", List.of(), List.of())));
        List<LedgerEvent> history = new ArrayList<>();
        long seq = 1;
        for (Change c : changes) {
            history.add(new LedgerEvent(seq, seq, 1_790_000_000_000L + seq, c.entity(), c.key(), LedgerEvent.Action.CREATE, c.state(),
                    null, null, "test"));
            seq++;
        }
        return LedgerState.replay(history);
    }

    @Test
    void theReportHasVersionsSettingsSourcesAndCountsButNoAddressKeyOutpointLabelOrAmount() throws Exception {
        Path db = Files.writeString(dir.resolve("umbra.db"), "x".repeat(2_500_000));
        Settings settings = Settings.defaults().withEndpoint("binance-futures", "http://192.168.1.20:8080/");
        List<SourceStatus> sources = List.of(
                new SourceStatus("okx", "OKX", SourceStatus.State.OK, "", 1_790_000_000_000L, 0, 10, -1, -1),
                new SourceStatus("esplora", "Esplora", SourceStatus.State.FAILING, "address " + ADDRESS + " not found", 0, 0, 0, -1, -1));
        List<String> problems = List.of(
                "2026-11-22T09:00:00Z WARN HoldingVerifier: " + ADDRESS + " holds 1.23456789 BTC, entered " + Amounts.btc(COLD_SATS),
                "2026-11-22T09:00:01Z WARN ChainVerifier: derived from " + XPUB + ": " + OUTPOINT,
                "2026-11-22T09:00:02Z ERROR LedgerBook: holding 'Grandma's cold wallet' (seed in the blue safe) tagged inheritance-plan",
                "2026-11-22T09:00:03Z WARN Esplora: an address the ledger never saw: " + LEGACY + " and tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
                "2026-11-22T09:00:04Z WARN LabelImport: line 7: 0.5 BTC, 50,000 sats, 4200000 sat on Kraken",
                "2026-11-22T09:00:05Z WARN OkxSource: okx: HTTP 503 Service Unavailable, retrying in 60 s");

        String text = Diagnostics.report(db, 4, settings, sources, ledger(), problems, Instant.parse("2026-11-22T09:30:00Z"));

        for (String secret : List.of(ADDRESS, LEGACY, XPUB, OUTPOINT, OUTPOINT.substring(0, 64), "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
                "Grandma", "blue safe", "inheritance-plan", "Kraken stack", Long.toString(COLD_SATS), Long.toString(EXCHANGE_SATS),
                "1.23456789", Amounts.btc(COLD_SATS), "0.5 BTC", "50,000 sats", "4200000")) {
            assertFalse(text.contains(secret), "leaked " + secret + ":\n" + text);
        }
        assertTrue(text.startsWith("Umbra " + AppContext.VERSION + " diagnostics, 2026-11-22T09:30:00Z\nJava "), text);
        assertTrue(text.contains(", 2.5 MB, schema v4\n"), text);
        assertTrue(text.contains("endpoint binance-futures = http://192.168.1.20:8080/\n"), text);
        assertTrue(text.contains("okx: OK, last success 2026-09-21T"), text);
        assertTrue(text.contains("esplora: FAILING (address [redacted] not found)"), text);
        assertTrue(text.contains("settlement: 1 holdings\nworking: 1 holdings\nyield: 0 holdings\n"), text);
        assertTrue(text.contains("okx: HTTP 503 Service Unavailable, retrying in 60 s"), "what helps stays: " + text);
    }

    @Test
    void withoutALedgerAddressLikeTextIsStillRedactedAndTheHomeFolderIsShownAsTilde() {
        Path db = Path.of(System.getProperty("user.home"), ".local/share/umbra/umbra.db");
        String text = Diagnostics.report(db, 4, Settings.defaults(), List.of(), null,
                List.of("WARN x: " + ADDRESS + " " + XPUB + " 0.01 BTC"), Instant.EPOCH);
        assertTrue(text.contains("database ~/.local/share/umbra/umbra.db, size unknown"), text);
        assertTrue(text.contains("\nlog file (none in this run)\n"), "a test run adds no log file: " + text);
        assertTrue(text.contains("not opened in this run"), text);
        assertTrue(text.contains("\n[sources]\nnone polled\n"), text);
        assertTrue(text.contains("WARN x: [redacted] [redacted] [redacted]"), text);
    }
}
