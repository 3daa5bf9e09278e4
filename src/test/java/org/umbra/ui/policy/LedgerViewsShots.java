package org.umbra.ui.policy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.charts.ChartImages;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.ExitDrill;
import org.umbra.ledger.Holding;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.Rights;
import org.umbra.ledger.WithdrawalMode;
import org.umbra.marketdata.Venue;
import org.umbra.testing.LedgerUiFixture;
import org.umbra.testing.MovableClock;
import org.umbra.ui.exits.ExitPathsView;
import org.umbra.ui.exits.VenueStress;

/**
 * Not a check: renders the exit paths, composition and policy views with a realistic ledger to PNGs for a person to
 * look at. Runs only with {@code -Dumbra.shots=DIR}.
 */
@EnabledIfSystemProperty(named = "umbra.shots", matches = ".+")
class LedgerViewsShots {
    @TempDir
    Path dir;

    @Test
    void render() throws Exception {
        Path out = Path.of(System.getProperty("umbra.shots"));
        MovableClock clock = new MovableClock(Instant.parse("2025-01-10T09:00:00Z"));
        ZoneId zone = ZoneId.of("Europe/Berlin");
        try (LedgerUiFixture fx = new LedgerUiFixture(dir, clock)) {
            var b = fx.book;
            b.add(LedgerUiFixture.cold(150_000_000), "shots");
            clock.set(Instant.parse("2025-03-02T10:00:00Z"));
            b.add(LedgerUiFixture.exchange("Binance", 40_000_000), "shots");
            clock.set(Instant.parse("2025-05-20T10:00:00Z"));
            b.add(LedgerUiFixture.exchange("Kraken", 25_000_000), "shots");
            clock.set(Instant.parse("2025-07-14T10:00:00Z"));
            b.add(LedgerUiFixture.earn("Nexo", 30_000_000), "shots");
            clock.set(Instant.parse("2025-09-01T10:00:00Z"));
            b.add(new Holding(0, "Multisig vault", 80_000_000L, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", null,
                    List.of(), "", List.of(), List.of()), "shots");
            clock.set(Instant.parse("2025-10-05T10:00:00Z"));
            b.add(new Holding(0, "IBIT", 20_000_000L, "IBIT", Ledger.WORKING, Rights.EXPOSURE, InstrumentKind.ETF_SHARES, "Broker", null,
                    List.of(), "", List.of(), List.of()), "shots");
            clock.set(Instant.parse("2025-12-01T10:00:00Z"));
            b.add(new Holding(0, "Binance perp hedge", 15_000_000L, "BTC", Ledger.WORKING, Rights.EXPOSURE, InstrumentKind.DERIVATIVE, "Binance",
                    null, List.of(), "", List.of(), List.of()), "shots");
            clock.set(Instant.parse("2026-02-10T10:00:00Z"));
            b.add(new Holding(0, "cbBTC on Base", 10_000_000L, "cbBTC", Ledger.YIELD, Rights.CLAIM, InstrumentKind.WRAPPED_TOKEN, "Coinbase",
                    null, List.of(), "", List.of(), List.of()), "shots");
            b.saveCustodian(new Custodian("Kraken", WithdrawalMode.INSTANT, List.of(new Custodian.Halt(LocalDate.of(2024, 3, 12), "maintenance, 4 h")),
                    "API key with withdraw rights, whitelisted address", List.of("Log in with the hardware key", "Withdraw to the whitelisted Coldcard address",
                            "Wait for 3 confirmations", "Check the UTXO in Sparrow"),
                    List.of(new ExitDrill(LocalDate.of(2026, 1, 20), "0.001 BTC to the Coldcard", 35, ExitDrill.Outcome.COMPLETED, "")), ""), "shots");
            b.saveCustodian(new Custodian("Binance", WithdrawalMode.MANUAL_REVIEW, List.of(new Custodian.Halt(LocalDate.of(2022, 11, 8), "FTX week, 6 h"),
                    new Custodian.Halt(LocalDate.of(2023, 6, 5), "SEC suit, slow")), "", List.of("Withdraw to the Coldcard", "Wait for review"),
                    List.of(new ExitDrill(LocalDate.of(2025, 6, 2), "", 95, ExitDrill.Outcome.DELAYED, "held for review")), ""), "shots");
            clock.set(Instant.parse("2026-03-01T09:30:00Z"));

            VenueStress stress = name -> name.equalsIgnoreCase("Binance")
                    ? Optional.of(new VenueStress.Stress(Venue.BINANCE, -6.4, clock.millis() - 600_000, 14.2, clock.millis() - 5_400_000))
                    : Optional.empty();
            ExitPathsView exits = fx.show(() -> new ExitPathsView(b, stress, fx.background, clock, zone), v -> (Parent) v.node(), 1280, 760);
            LedgerUiFixture.waitUntil(() -> exits.rows().size() == 5);
            WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ToggleButton) exits.node().lookup("#exit-steps-toggle-kraken")).setSelected(true)).get();
            shot(exits.node(), out.resolve("exits.png"));
            org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
            robot.clickOn("#exit-drill-kraken");
            LedgerUiFixture.waitUntil(() -> robot.lookup("#drill-dialog").tryQuery().isPresent());
            javafx.scene.control.TextField minutes = robot.lookup("#drill-minutes").queryAs(javafx.scene.control.TextField.class);
            robot.interact(() -> minutes.setText("ten"));
            robot.clickOn("#drill-dialog-ok");
            shot(robot.lookup("#drill-dialog").query(), out.resolve("drill-dialog.png"));
            robot.clickOn("#drill-dialog-cancel");
            robot.clickOn("#exit-edit-binance");
            LedgerUiFixture.waitUntil(() -> robot.lookup("#exit-path-dialog").tryQuery().isPresent());
            shot(robot.lookup("#exit-path-dialog").query(), out.resolve("exit-path-dialog.png"));
            robot.clickOn("#exit-path-dialog-cancel");
            WaitForAsyncUtils.asyncFx(fx.stage()::close).get();

            CompositionView composition = fx.show(() -> new CompositionView(b, fx.background, clock, zone), v -> (Parent) v.node(), 1280, 760);
            LedgerUiFixture.waitUntil(() -> composition.charts().line(CompositionView.YIELD).x().length > 3);
            WaitForAsyncUtils.asyncFx(composition.charts()::renderNow).get();
            shot(composition.node(), out.resolve("composition.png"));
            WaitForAsyncUtils.asyncFx(fx.stage()::close).get();

            Object[] policy = fx.show(() -> new Object[] {new PolicyBadge(b, fx.background, clock, zone), new PolicyPanel(b, fx.background, clock, zone)},
                    v -> new javafx.scene.layout.VBox(8, ((PolicyBadge) v[0]).node(), ((PolicyPanel) v[1]).node()), 1280, 760);
            LedgerUiFixture.waitUntil(() -> ((javafx.scene.control.Label) ((PolicyBadge) policy[0]).node()).getText().contains("failing"));
            shot(((PolicyBadge) policy[0]).node().getParent(), out.resolve("policy.png"));
        }
    }

    private static void shot(javafx.scene.Node node, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            ChartImages.savePng(ChartImages.snapshot(node.getScene().getRoot()), file);
            return null;
        }).get();
    }
}
