package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.Rights;

/** {@code umbra snapshot}'s image options: --scale, --pane, --title and the Ledgers view. */
class SnapshotImageTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness(() -> dir.resolve("home"));

    private String db() {
        return dir.resolve("snap.db").toString();
    }

    private static int[] pngSize(Path png) throws Exception {
        byte[] head = Files.readAllBytes(png);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        return new int[] {ByteBuffer.wrap(head, 16, 4).getInt(), ByteBuffer.wrap(head, 20, 4).getInt()};
    }

    @Test
    void scaleTwoDoublesBothSidesEvenBeyondTheHeadlessScreen() throws Exception {
        Path png = dir.resolve("funding@2x.png");
        // 1000×640 at 2× is 2000×1280: larger than the tests' 1920×1200 headless screen.
        int code = cli.run("snapshot", "--view", "markets", "--pane", "funding", "--title", "Funding, BTC", "--range", "1y", "--db", db(),
                "--out", png.toString(), "--width", "1000", "--height", "640", "--scale", "2");
        assertEquals(0, code, cli.err());
        int[] size = pngSize(png);
        assertEquals(2000, size[0]);
        assertEquals(1280, size[1]);
        assertTrue(cli.out().startsWith("wrote " + png + " (2000x1280, markets BTC pane funding, 1Y)"), cli.out());
    }

    @Test
    void aScaleOtherThanOneOrTwoIsRefused() {
        assertEquals(2, cli.run("snapshot", "--scale", "3", "--db", db(), "--out", dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--scale: 3 is not 1 or 2"), cli.err());
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void anUnknownPaneIsNamedWithThePanesOfTheView() {
        assertEquals(2, cli.run("snapshot", "--view", "compare", "--pane", "volume", "--db", db(), "--out", dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--pane: 'volume' is not a pane of this view (panes: "), cli.err());
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void theLedgersViewIsRenderedFromTheDatabasesLedger() throws Exception {
        try (AppContext ctx = new AppContext(Path.of(db()), Settings.defaults().withEnabledSources(List.of()), Clock.systemUTC())) {
            ctx.ledger().add(new Holding(0, "Cold wallet", 50_000_000L, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN,
                    "", LocalDate.of(2024, 1, 15), List.of("long-term"), "", List.of(), List.of()), "test");
        }
        Path png = dir.resolve("ledgers.png");
        assertEquals(0, cli.run("snapshot", "--view", "ledgers", "--db", db(), "--out", png.toString(), "--width", "800", "--height", "450"),
                cli.err());
        int[] size = pngSize(png);
        assertEquals(800, size[0]);
        assertEquals(450, size[1]);
        assertEquals(2, cli.run("snapshot", "--view", "ledgers", "--pane", "price", "--db", db(), "--out", png.toString()));
        assertTrue(cli.err().contains("--pane: the ledgers view has no panes"), cli.err());
    }
}
