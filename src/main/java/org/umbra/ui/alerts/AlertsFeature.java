package org.umbra.ui.alerts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import org.umbra.alerts.AlertEngine;
import org.umbra.alerts.AlertInputsReader;
import org.umbra.alerts.AlertRuleStore;
import org.umbra.collect.SourceStatus;
import org.umbra.ledger.PolicyCheck;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.store.AlertLog;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.shell.StatusBar;

/**
 * The window's alerts: the engine fed by new data (pages stored within {@link #RECENT_MS} of now; a backfill of old
 * history is not news), policy checks and source reports; the badge in the status bar; the tray notification (or the
 * status bar where there is no tray); the Alerts view, built when first shown.
 */
public final class AlertsFeature implements AutoCloseable {
    /** Only stored data ending this close to now triggers the market rules. */
    static final long RECENT_MS = 2 * 24 * 3_600_000L;

    private final AlertRuleStore rules;
    private final AlertLog log;
    private final Set<String> sourceIds;
    private final Clock clock;
    private final AlertEngine engine;
    private final AlertBadge badge = new AlertBadge();
    private final DesktopNotifier notifier;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alerts-view");
        t.setDaemon(true);
        return t;
    });
    private AlertsView view;
    private ZoneId zone;

    /** FX thread. {@code openView} shows the Alerts view (the badge and the tray icon open it). */
    public AlertsFeature(AlertRuleStore rules, AlertLog log, SeriesRepository series, Set<String> sourceIds, Clock clock, ZoneId zone,
            StatusBar statusBar, Runnable openView) {
        this.rules = rules;
        this.log = log;
        this.sourceIds = sourceIds;
        this.clock = clock;
        this.zone = zone;
        AlertInputsReader reader = new AlertInputsReader(new MarketFigures(new MarketDataReader(series)));
        engine = new AlertEngine(rules, log, reader::read, clock, AlertEngine.DEFAULT_DEBOUNCE_MS);
        notifier = new DesktopNotifier(text -> Platform.runLater(() -> statusBar.showMessage(text)), () -> Platform.runLater(openView));
        series.addListener((ids, from, to) -> {
            if (to >= clock.millis() - RECENT_MS) {
                engine.marketDataChanged();
            }
        });
        engine.addListener(this::arrived);
        badge.setOnOpen(openView);
        statusBar.addBadge(badge.node());
    }

    /** Evaluates every rule once, then as triggers come. */
    public void start() {
        engine.start();
    }

    /** The Alerts view, built on first use; opening it marks the alerts seen. */
    public Node view() {
        if (view == null) {
            view = new AlertsView(rules, log, sourceIds, background, zone);
            view.node().parentProperty().addListener((o, before, parent) -> {
                if (parent != null) {
                    badge.seen();
                    view.reload();
                }
            });
            badge.seen();
        }
        return view.node();
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        if (view != null) {
            view.setZone(zone);
        }
    }

    /** Any thread: the policy monitor's newest checklist. */
    public void policyChecked(List<PolicyCheck> checks) {
        engine.policyChecked(checks);
    }

    /** Any thread: a collector's status report. */
    public void sourceChanged(SourceStatus status) {
        engine.sourceChanged(status);
    }

    /** On the engine's thread: notify (tray or status bar) and update the badge and the view. */
    private void arrived(List<AlertLog.Event> events) {
        List<AlertLog.Event> fired = events.stream().filter(AlertLog.Event::firing).toList();
        if (!fired.isEmpty()) {
            notifier.notify(fired.size() == 1 ? "Umbra alert" : "Umbra: " + fired.size() + " alerts",
                    AlertLog.Event.summary(fired));
        }
        Platform.runLater(() -> {
            boolean showing = view != null && view.node().getParent() != null;
            if (showing) {
                view.reload();
            } else {
                badge.arrived(events);
            }
        });
    }

    @Override
    public void close() {
        engine.close();
        notifier.close();
        background.shutdownNow();
    }
}
