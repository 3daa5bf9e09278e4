package org.umbra.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.alerts.AlertKind;
import org.umbra.alerts.AlertRule;
import org.umbra.alerts.AlertRuleStore;
import org.umbra.market.Asset;
import org.umbra.store.AlertLog;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.testing.LedgerUiFixture;
import org.umbra.ui.shell.Theme;

/** The Alerts view on a real database: a rule added through the form (a wrong field named first), a fired event shown. */
class AlertsViewTest {
    @TempDir
    Path dir;
    private DbWriter writer;
    private AlertRuleStore rules;
    private AlertLog log;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();
    private AlertsView view;

    @BeforeEach
    void open() throws Exception {
        Database db = Database.open(dir.resolve("u.db"));
        writer = new DbWriter(db);
        rules = new AlertRuleStore(db, writer);
        log = new AlertLog(db, writer);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new AlertsView(rules, log, Set.of("okx", "bybit"), background, ZoneId.of("Europe/Berlin"));
            Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 700);
            Theme.apply("dark", scene);
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        writer.close();
    }

    @Test
    void addsARuleThroughTheFormAndShowsAFiredEvent() throws Exception {
        robot.clickOn("#alerts-add");
        TextField threshold = robot.lookup("#alert-threshold").queryAs(TextField.class);
        robot.interact(() -> threshold.setText("five"));
        robot.clickOn("#alert-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("'five' is not a number", robot.lookup("#alert-threshold-error").queryAs(Label.class).getText());
        assertEquals(List.of(), rules.all(), "nothing stored while a field is wrong");

        robot.interact(() -> threshold.setText("5"));
        robot.clickOn("#alert-save");
        @SuppressWarnings("unchecked")
        TableView<AlertsView.RuleRow> table = robot.lookup("#alerts-rules").queryAs(TableView.class);
        LedgerUiFixture.waitUntil(() -> table.getItems().size() == 1);
        AlertRule stored = new AlertRule(1, AlertKind.FUNDING_ABOVE, Asset.BTC, AlertRule.AGGREGATE, 5, 0, null, true, AlertRule.DEFAULT_COOLDOWN_MS);
        assertEquals(List.of(stored), rules.all());
        assertEquals("BTC funding (OI-weighted) above 5 %/yr", table.getItems().get(0).rule().describe());
        assertTrue(robot.lookup("#alert-form").tryQuery().isEmpty(), "the form closes after a save");

        // 2026-11-22T09:30:00Z is 10:30 in Berlin.
        log.append(List.of(new AlertLog.Event(0, 1_795_339_800_000L, "rule:1", true, "BTC funding (OI-weighted) 9.8 %/yr above 5 %/yr")));
        robot.interact(view::reload);
        @SuppressWarnings("unchecked")
        TableView<AlertLog.Event> history = robot.lookup("#alerts-history").queryAs(TableView.class);
        LedgerUiFixture.waitUntil(() -> history.getItems().size() == 1);
        assertEquals("2026-11-22 10:30", history.getColumns().get(0).getCellData(0));
        assertEquals("firing", history.getColumns().get(1).getCellData(0));
        assertEquals("BTC funding (OI-weighted) above 5 %/yr", history.getColumns().get(2).getCellData(0));
        assertEquals("BTC funding (OI-weighted) 9.8 %/yr above 5 %/yr", history.getColumns().get(3).getCellData(0));
        LedgerUiFixture.waitUntil(() -> "firing".equals(table.getColumns().get(2).getCellData(0)));

        // Switched off from the toolbar.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#alerts-toggle");
        LedgerUiFixture.waitUntil(() -> !rules.all().get(0).enabled());
    }

    @Test
    void theBadgeCountsFiredAlertsUntilSeen() throws Exception {
        AlertBadge badge = WaitForAsyncUtils.asyncFx(AlertBadge::new).get();
        Label label = (Label) badge.node();
        robot.interact(() -> badge.arrived(List.of(new AlertLog.Event(0, 1, "rule:1", true, "a"), new AlertLog.Event(0, 2, "rule:2", false, "b"),
                new AlertLog.Event(0, 3, "rule:3", true, "c"))));
        assertEquals("Alerts: 2 new", label.getText(), "two fired, one cleared");
        assertTrue(label.getStyleClass().contains("alert-badge-new"));
        robot.interact(() -> badge.arrived(List.of(new AlertLog.Event(0, 4, "rule:1", false, "d"))));
        assertEquals(2, badge.unseen(), "a clearing is not news");
        robot.interact(badge::seen);
        assertEquals("Alerts", label.getText());
        assertTrue(!label.getStyleClass().contains("alert-badge-new"));
    }
}
