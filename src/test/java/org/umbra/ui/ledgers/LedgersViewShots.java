package org.umbra.ui.ledgers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.charts.ChartImages;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.Rights;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.ui.shell.Theme;

/**
 * Pictures of the Ledgers view and its dialog with realistic holdings, dark theme, 1280x760, for a person to look
 * at: {@code -Dumbra.shots=DIR} writes them to DIR (nothing runs without it).
 */
@EnabledIfSystemProperty(named = "umbra.shots", matches = ".+")
class LedgersViewShots {
    @TempDir
    Path dir;

    @Test
    void snapshots() throws Exception {
        Path out = Path.of(System.getProperty("umbra.shots"));
        Database db = Database.open(dir.resolve("umbra.db"));
        try (DbWriter writer = new DbWriter(db)) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
            LedgerBook book = new LedgerBook(db, writer, clock);
            book.add(LedgerSamples.cold(152_340_000), "shot");
            book.add(LedgerSamples.unverified(), "shot");
            book.add(LedgerSamples.holding("Hardware wallet (spending)", 8_500_000L, Ledger.SETTLEMENT, Rights.FINALITY,
                    InstrumentKind.ONCHAIN, "", List.of(), List.of()), "shot");
            book.add(LedgerSamples.spot("Kraken", 41_250_000, "trading"), "shot");
            book.add(LedgerSamples.etf(30_000_000), "shot");
            book.add(LedgerSamples.holding("Kraken futures margin", 12_000_000L, Ledger.WORKING, Rights.EXPOSURE, InstrumentKind.DERIVATIVE,
                    "Kraken", List.of("hedge"), List.of()), "shot");
            book.add(LedgerSamples.earn("Nexo", 15_000_000), "shot");
            book.add(LedgerSamples.holding("cbBTC in Aave", 5_000_000L, Ledger.YIELD, Rights.CLAIM, InstrumentKind.WRAPPED_TOKEN, "Nexo",
                    List.of("defi"), List.of()), "shot");

            FxToolkit.registerPrimaryStage();
            LedgersView[] view = new LedgersView[1];
            FxToolkit.setupStage(stage -> {
                view[0] = new LedgersView(book, LedgerSamples.BC1Q_ONLY, () -> OptionalDouble.of(91_234.5), clock, ZoneOffset.UTC);
                Scene scene = new Scene((Parent) view[0].node(), 1280, 760);
                Theme.apply("dark", scene);
                stage.setScene(scene);
                stage.show();
            });
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#ledgers-list-yield").<ListView<?>>query().getItems().size() == 2);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(ChartImages.snapshot(view[0].node()), out.resolve("ledgers-dark.png")));

            robot.clickOn("#ledgers-add");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#holding-dialog").tryQuery().isPresent());
            robot.clickOn("#holding-label").write("Binance Earn");
            robot.clickOn("#holding-amount").write("0,5");
            robot.interact(() -> {
                robot.lookup("#holding-ledger").<ChoiceBox<Ledger>>query().setValue(Ledger.YIELD);
                robot.lookup("#holding-kind").<ChoiceBox<InstrumentKind>>query().setValue(InstrumentKind.LENDING);
            });
            robot.clickOn("#holding-watch").write("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
            robot.clickOn("#holding-save");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(ChartImages.snapshot(robot.lookup("#holding-dialog").<Node>query()), out.resolve("holding-dialog-errors.png")));
            robot.interact(() -> {
                robot.lookup("#holding-amount").<javafx.scene.control.TextField>query().setText("0.5");
                robot.lookup("#holding-watch").<javafx.scene.control.TextArea>query().setText("");
                robot.lookup("#holding-venue").<javafx.scene.control.ComboBox<String>>query().getEditor().setText("Binance");
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> save(ChartImages.snapshot(robot.lookup("#holding-dialog").<Node>query()), out.resolve("holding-dialog-warnings.png")));
            FxToolkit.cleanupStages();
            view[0].close();
        }
    }

    private static void save(javafx.scene.image.WritableImage image, Path file) {
        try {
            ChartImages.savePng(image, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
