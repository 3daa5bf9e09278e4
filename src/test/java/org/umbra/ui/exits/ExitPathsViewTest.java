package org.umbra.ui.exits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.ExitDrill;
import org.umbra.ledger.WithdrawalMode;
import org.umbra.marketdata.Venue;
import org.umbra.testing.LedgerUiFixture;

/** The exit paths screen on a real ledger: editing a path and recording drills through the dialogs, and the markers. */
class ExitPathsViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private LedgerUiFixture fx;
    private ExitPathsView view;
    private final FxRobot robot = new FxRobot();

    /** Binance has figures, Bybit none; anything else is asked about wrongly. */
    private final VenueStress stress = name -> switch (name) {
        case "Binance" -> Optional.of(new VenueStress.Stress(Venue.BINANCE, 3.25, CLOCK.millis(), 12.5, CLOCK.millis()));
        case "Bybit" -> Optional.empty();
        default -> throw new AssertionError("stress asked for " + name + ", which holds no working claim at a market venue");
    };

    @BeforeEach
    void open() throws Exception {
        fx = new LedgerUiFixture(dir, CLOCK);
        // 1 BTC in all: cold 0.6 (60 %), Kraken 0.2 (20 %), Binance 0.15 (15 %), Bybit Earn 0.05 (5 %, a yield claim).
        fx.book.add(LedgerUiFixture.cold(60_000_000), "test");
        fx.book.add(LedgerUiFixture.exchange("Kraken", 20_000_000), "test");
        fx.book.add(LedgerUiFixture.exchange("Binance", 15_000_000), "test");
        fx.book.add(LedgerUiFixture.earn("Bybit", 5_000_000), "test");
        view = fx.show(() -> new ExitPathsView(fx.book, stress, fx.background, CLOCK, ZoneOffset.UTC), v -> (javafx.scene.Parent) v.node(), 1280, 760);
        LedgerUiFixture.waitUntil(() -> robot.lookup("#exit-card-kraken").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void type(String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void eachVenueShowsItsHoldingShareAndMarkers() {
        assertEquals(List.of("Binance", "Bybit", "Kraken"), view.rows().stream().map(ExitRow::name).toList());
        assertEquals("0.20000000 BTC · 20.0 % of your BTC", text("#exit-held-kraken"));
        // Kraken 20 % and Binance 15 % hold more than the 5 % threshold and were never drilled; Bybit's 5 % is not more than 5 %.
        assertTrue(shown("#exit-overdue-kraken"));
        assertTrue(shown("#exit-overdue-binance"));
        assertFalse(shown("#exit-overdue-bybit"));
        assertTrue(shown("#exit-noexit-kraken"), "a claim without steps");
        assertTrue(shown("#exit-noexit-bybit"), "a yield claim without steps too");
        // Stress only where a working claim sits at a market venue: Binance has figures, Bybit's claim is in yield, Kraken is no market venue.
        assertEquals("OI 24 h +3.3 % · funding +12.5 %/yr", text("#exit-stress-binance"));
        assertFalse(shown("#exit-stress-bybit"));
        assertFalse(shown("#exit-stress-kraken"));
        assertEquals("Last drill: never", text("#exit-last-drill-kraken"));
    }

    @Test
    void aMarketVenueWithoutStoredFiguresSaysSo() throws Exception {
        fx.book.add(LedgerUiFixture.exchange("bybit", 1_000_000), "test"); // Matched whatever its case.
        LedgerUiFixture.waitUntil(() -> shown("#exit-stress-bybit"));
        assertEquals("no market data", text("#exit-stress-bybit"));
    }

    @Test
    void anExitPathEditedInTheDialogIsSavedAndShown() throws Exception {
        robot.clickOn("#exit-edit-kraken");
        LedgerUiFixture.waitUntil(() -> shown("#exit-path-dialog"));
        @SuppressWarnings("unchecked")
        ChoiceBox<WithdrawalMode> mode = robot.lookup("#exit-mode").queryAs(ChoiceBox.class);
        robot.interact(() -> mode.setValue(WithdrawalMode.MANUAL_REVIEW));
        type("#exit-alternative", "API key withdrawal");
        type("#exit-steps", "Log in with the hardware key\n\nWithdraw to the Coldcard address\nWait for 3 confirmations\n");
        type("#exit-halt-date", "2022-11-08");
        type("#exit-halt-note", "paused for 6 hours");
        robot.clickOn("#exit-path-dialog-ok");
        LedgerUiFixture.waitUntil(() -> !shown("#exit-noexit-kraken"));

        Custodian kraken = fx.book.state().custodian("Kraken").orElseThrow();
        assertEquals(WithdrawalMode.MANUAL_REVIEW, kraken.withdrawalMode());
        assertEquals(List.of("Log in with the hardware key", "Withdraw to the Coldcard address", "Wait for 3 confirmations"), kraken.exitSteps(),
                "one step a line, blank lines dropped");
        assertEquals(List.of(new Custodian.Halt(LocalDate.of(2022, 11, 8), "paused for 6 hours")), kraken.halts());
        assertEquals("Exit: 3 steps to a UTXO under your key", text("#exit-path-kraken"));
        assertTrue(text("#exit-profile-kraken").contains("Halts: 1 halt, last 8 Nov 2022 (paused for 6 hours)"), text("#exit-profile-kraken"));
        assertFalse(robot.lookup("#exit-steps-kraken").query().isVisible(), "steps show on demand");
        robot.clickOn("#exit-steps-toggle-kraken");
        assertTrue(robot.lookup("#exit-steps-kraken").query().isVisible());
        assertEquals("Saved the exit path of Kraken.", text("#exits-feedback"));
    }

    @Test
    void aHaltDateThatIsNoDateKeepsTheDialogOpenAndSavesNothing() throws Exception {
        int before = fx.book.history().size();
        robot.clickOn("#exit-edit-kraken");
        LedgerUiFixture.waitUntil(() -> shown("#exit-path-dialog"));
        type("#exit-halt-date", "8.11.2022");
        robot.clickOn("#exit-path-dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#exit-path-dialog"));
        assertEquals("Halt date: '8.11.2022' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20", text("#exit-halt-date-message"));
        robot.clickOn("#exit-path-dialog-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx.book.history().size());
    }

    @Test
    void badMinutesShowTheirMessageAndSaveNothingThenAGoodDrillIsRecorded() throws Exception {
        int before = fx.book.history().size();
        robot.clickOn("#exit-drill-kraken");
        LedgerUiFixture.waitUntil(() -> shown("#drill-dialog"));
        type("#drill-minutes", "-5");
        robot.clickOn("#drill-dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Node message = robot.lookup("#drill-minutes-message").query();
        assertTrue(message.isVisible());
        assertEquals("Minutes: '-5' is not a whole number of minutes, 0 or more (e.g. 45)", text("#drill-minutes-message"));
        assertTrue(shown("#drill-dialog"), "the dialog stays open");
        assertEquals(before, fx.book.history().size(), "nothing saved");

        type("#drill-date", "2026-11-01");
        type("#drill-steps", "0.001 BTC to the Coldcard");
        type("#drill-minutes", "42");
        robot.clickOn("#drill-dialog-ok");
        LedgerUiFixture.waitUntil(() -> !shown("#exit-overdue-kraken"));
        ExitDrill drill = fx.book.state().custodian("Kraken").orElseThrow().lastDrill().orElseThrow();
        assertEquals(new ExitDrill(LocalDate.of(2026, 11, 1), "0.001 BTC to the Coldcard", 42, ExitDrill.Outcome.COMPLETED, ""), drill);
        assertEquals("Last drill: 1 Nov 2026, 42 min, completed", text("#exit-last-drill-kraken"));
    }

    @Test
    void theOverdueMarkerFollowsTheDrillRule() throws Exception {
        // Drilled 111 days before 20 Nov 2026: older than the 90 days allowed, still overdue.
        fx.book.recordDrill("Kraken", new ExitDrill(LocalDate.of(2026, 8, 1), "", 30, ExitDrill.Outcome.COMPLETED, ""), "test");
        LedgerUiFixture.waitUntil(() -> text("#exit-last-drill-kraken").contains("1 Aug 2026"));
        assertTrue(shown("#exit-overdue-kraken"));
        // Exactly 90 days before (22 Aug 2026) is in time.
        fx.book.recordDrill("Kraken", new ExitDrill(LocalDate.of(2026, 8, 22), "", 30, ExitDrill.Outcome.COMPLETED, ""), "test");
        LedgerUiFixture.waitUntil(() -> !shown("#exit-overdue-kraken"));
        // The threshold raised to 25 %: Binance's 15 % no longer needs a drill.
        assertTrue(shown("#exit-overdue-binance"));
        fx.book.saveThresholds(new org.umbra.ledger.PolicyThresholds(10, 50, 90, 25), "test");
        LedgerUiFixture.waitUntil(() -> !shown("#exit-overdue-binance"));
    }
}
