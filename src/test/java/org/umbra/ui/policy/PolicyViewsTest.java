package org.umbra.ui.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.ExitDrill;
import org.umbra.ledger.PolicyChecks;
import org.umbra.ledger.PolicyThresholds;
import org.umbra.ledger.WithdrawalMode;
import org.umbra.testing.LedgerUiFixture;

/** The policy badge and panel, and the composition chart, on a real ledger. */
class PolicyViewsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    private LedgerUiFixture fx;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() {
        fx = new LedgerUiFixture(dir, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    /**
     * 1 BTC: cold 0.4 (settlement 40 % < 50 %: fails), Kraken 0.4 working, Nexo 0.2 yield (20 % > 10 %: fails); both venues
     * have steps and a drill 10 days ago, so the exit and drill checks pass: 2 failing.
     */
    private void twoFailing() {
        fx.book.add(LedgerUiFixture.cold(40_000_000), "test");
        fx.book.add(LedgerUiFixture.exchange("Kraken", 40_000_000), "test");
        fx.book.add(LedgerUiFixture.earn("Nexo", 20_000_000), "test");
        for (String venue : List.of("Kraken", "Nexo")) {
            fx.book.saveCustodian(new Custodian(venue, WithdrawalMode.INSTANT, List.of(), "", List.of("withdraw to the Coldcard"),
                    List.of(new ExitDrill(TODAY.minusDays(10), "", 20, ExitDrill.Outcome.COMPLETED, "")), ""), "test");
        }
    }

    @Test
    void theBadgeSaysAllPassOrHowManyFail() {
        assertEquals("Policy: all pass", PolicyBadge.text(PolicyChecks.evaluate(fx.book.state(), TODAY)), "nothing entered fails nothing");
        twoFailing();
        assertEquals("Policy: 2 failing", PolicyBadge.text(PolicyChecks.evaluate(fx.book.state(), TODAY)));
    }

    @Test
    void badgeAndPanelFollowTheLedgerAndTheThresholdsEditor() throws Exception {
        twoFailing();
        AtomicInteger opened = new AtomicInteger();
        Object[] views = fx.show(() -> {
            PolicyBadge badge = new PolicyBadge(fx.book, fx.background, CLOCK, ZoneOffset.UTC);
            badge.setOnOpen(opened::incrementAndGet);
            PolicyPanel panel = new PolicyPanel(fx.book, fx.background, CLOCK, ZoneOffset.UTC);
            return new Object[] {badge, panel};
        }, v -> new VBox(((PolicyBadge) v[0]).node(), ((PolicyPanel) v[1]).node()), 1000, 760);
        assertEquals(2, views.length);
        LedgerUiFixture.waitUntil(() -> label("#policy-badge").getText().equals("Policy: 2 failing"));
        Label badge = label("#policy-badge");
        assertTrue(badge.getStyleClass().contains("policy-badge-failing"));
        assertTrue(badge.getTooltip().getText().contains("✘ Yield ledger at most 10 % of BTC: yield holds 20 %"), badge.getTooltip().getText());
        assertTrue(badge.getTooltip().getText().contains("✘ Settlement ledger at least 50 % of BTC: settlement holds 40 %"));
        robot.clickOn("#policy-badge");
        assertEquals(1, opened.get());
        assertTrue(robot.lookup("#policy-check-yield-max").query().getStyleClass().contains("policy-check-fail"));
        assertTrue(robot.lookup("#policy-check-drills").query().getStyleClass().contains("policy-check-pass"));
        assertEquals("Shadow share (BTC that is not coins under your key): 60.0 %", label("#policy-shadow-share").getText());

        int before = fx.book.history().size();
        set("#policy-yield-max", "ten");
        robot.clickOn("#policy-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("'ten' is not a percentage: enter a number from 0 to 100, e.g. 10", label("#policy-yield-max-message").getText());
        assertEquals(before, fx.book.history().size(), "nothing saved");
        set("#policy-yield-max", "25");
        set("#policy-settlement-min", "80");
        robot.clickOn("#policy-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not saved: Yield maximum plus settlement minimum is over 100 %: both cannot pass", label("#policy-feedback").getText());
        assertFalse(label("#policy-yield-max-message").isVisible());

        set("#policy-settlement-min", "40");
        robot.clickOn("#policy-save");
        LedgerUiFixture.waitUntil(() -> label("#policy-badge").getText().equals("Policy: all pass"));
        assertEquals(new PolicyThresholds(25, 40, 90, 5), fx.book.state().thresholds());
        assertFalse(label("#policy-badge").getStyleClass().contains("policy-badge-failing"));
        assertTrue(robot.lookup("#policy-check-yield-max").query().getStyleClass().contains("policy-check-pass"));
    }

    @Test
    void theCompositionChartDrawsTheLedgersAndFollowsNewHoldings() throws Exception {
        fx.book.add(LedgerUiFixture.cold(100_000_000), "test");
        CompositionView view = fx.show(() -> new CompositionView(fx.book, fx.background, CLOCK, ZoneOffset.UTC), v -> (Parent) v.node(), 1280, 760);
        LedgerUiFixture.waitUntil(() -> view.charts().line(CompositionView.SETTLEMENT).x().length == 1);
        // Added at the clock's instant, which is also "now": one point, nothing to extend.
        assertArrayEquals(new double[] {1}, view.charts().line(CompositionView.SETTLEMENT).y(), 1e-12);
        fx.book.add(LedgerUiFixture.exchange("Kraken", 50_000_000), "test");
        LedgerUiFixture.waitUntil(() -> view.charts().line(CompositionView.WORKING).y()[0] == 1.5);
        assertArrayEquals(new double[] {100.0 / 3}, view.charts().line(CompositionView.SHADOW).y(), 1e-9);
        assertTrue(label("#composition-now").getText().endsWith("total 1.50000000 BTC · shadow share 33.3 %"), label("#composition-now").getText());
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void set(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }
}
