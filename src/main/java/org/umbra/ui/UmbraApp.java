package org.umbra.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.app.AppContext;
import org.umbra.app.Settings;
import org.umbra.app.Startup;
import org.umbra.collect.Collector;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;
import org.umbra.ledger.ChainChecks;
import org.umbra.export.LedgerAutoBackup;
import org.umbra.ledger.PolicyMonitor;
import org.umbra.marketdata.MarketFigures;
import org.umbra.store.AlertLog;
import org.umbra.ui.exits.ExitPathsView;
import org.umbra.ui.exits.StoredVenueStress;
import org.umbra.ui.policy.CompositionView;
import org.umbra.ui.policy.PolicyBadge;
import org.umbra.ui.policy.PolicyPanel;
import org.umbra.ledger.Holding;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.ui.compare.CompareScreen;
import org.umbra.ledger.chain.ChainRefValidator;
import org.umbra.ledger.chain.WatchEntries;
import org.umbra.ui.ledgers.LedgerFiles;
import org.umbra.ui.ledgers.LedgersView;
import org.umbra.ui.markets.MarketsScreen;
import org.umbra.ui.risk.RiskScreen;
import org.umbra.ui.venues.VenuesScreen;
import org.umbra.ui.settings.SettingsView;
import org.umbra.ui.sources.SourcesView;
import org.umbra.ui.sources.SourcesViewModel;
import org.umbra.ui.settings.SettingsViewModel;
import org.umbra.ui.shell.MainWindow;
import org.umbra.ui.shell.StatusBar;
import org.umbra.ui.shell.Theme;

/**
 * The JavaFX application. The database is opened (and on first run the bundled history imported)
 * in {@link #init()}, off the FX thread; a failure there is shown as one clear message, never a
 * stack trace.
 */
public final class UmbraApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(UmbraApp.class);
    /** System property: report the first paint on stdout and quit (the start-up benchmark, a CDS training run). */
    public static final String EXIT_AFTER_FIRST_PAINT = "umbra.exitAfterFirstPaint";
    /** The stdout line's prefix, followed by the paint's epoch milliseconds. */
    public static final String FIRST_PAINT_MARKER = "umbra: first-paint ";

    /**
     * The launcher opens the database while the toolkit starts (they take about as long as each
     * other); JavaFX instantiates this class itself, so the work in flight is handed over here.
     */
    private static volatile CompletableFuture<Startup> preopened;

    private Startup startup;
    private RuntimeException startupFailure;
    private MarketsScreen markets;
    /** The window's size, position, views and ranges as last left, read in {@link #init()}. */
    private org.umbra.app.PreferencesStore.Loaded preferences;
    private org.umbra.app.PreferencesStore preferencesStore;
    /** Read off the FX thread while {@link #start} builds the Markets view; presented before the window shows. */
    private CompletableFuture<ChartScreenModel.Prepared> firstFrame;
    /** Screens opened after start-up (Markets is built with the window). */
    private final java.util.List<Screen> screens = new java.util.ArrayList<>();
    private final java.util.List<java.util.function.Consumer<ZoneId>> zoneListeners = new java.util.ArrayList<>();
    private final SourceStates sourceStates = new SourceStates();
    private final java.util.List<ChartScreen> chartScreens = new java.util.ArrayList<>();
    private SourcesViewModel sourcesModel;
    /** The user's alert rules: engine, badge, notifications, the Alerts view. */
    private org.umbra.ui.alerts.AlertsFeature alerts;
    private final java.util.List<AutoCloseable> closeables = new java.util.ArrayList<>();
    /** Ledger reads and writes for the exit paths, policy and badge: off the FX thread, one at a time. */
    private final java.util.concurrent.ExecutorService ledgerWork = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-work");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.ScheduledExecutorService ledgerTimer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledger-timer");
        t.setDaemon(true);
        return t;
    });

    /** Called by the launcher before {@code Application.launch}. */
    public static void preopen(CompletableFuture<Startup> opening) {
        preopened = opening;
    }

    @Override
    public void init() {
        try {
            CompletableFuture<Startup> opening = preopened;
            preopened = null;
            startup = opening != null ? join(opening) : Startup.open(getParameters().getRaw());
            preferencesStore = new org.umbra.app.PreferencesStore(startup.dirs().preferencesFile(), java.time.Clock.systemUTC());
            preferences = preferencesStore.load();
            markets = new MarketsScreen(startup.context().series());
            String savedRange = preferences.preferences().ranges().get("markets");
            if (savedRange != null) {
                markets.model().rangeProperty().set(org.umbra.analytics.RangeSpec.parse(savedRange)); // read with the first frame
            }
            Settings s = startup.context().settings();
            markets.setAnalysis(s.benchmarkRatePercent(), s.discountHours());
            // The first frame is read off the FX thread, so the window opens with data in it, and while start()
            // builds the Markets view: the read and the build (ChartFX, CSS) are each a large part of the start.
            var range = markets.model().rangeProperty().get();
            firstFrame = CompletableFuture.supplyAsync(() -> markets.model().prepare(range), task -> {
                Thread reader = new Thread(task, "first-frame");
                reader.setDaemon(true);
                reader.start();
            });
        } catch (RuntimeException e) {
            LOG.error("Umbra could not start", e);
            startupFailure = e;
        }
    }

    /** The result of work started off the FX thread, its own exception rethrown rather than a CompletionException. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            fail(startupFailure);
            return;
        }
        AppContext ctx = startup.context();
        Settings settings = ctx.settings();
        ZoneId zone = settings.zone();
        Theme.applyToControls(settings.theme());

        StatusBar statusBar = new StatusBar(zone, org.umbra.app.SourceCatalog.ids());
        ChartScreen marketsView = markets.view(zone);
        marketsView.setSourceContext(sourceStates::explain);
        chartScreens.add(marketsView);
        sourceStates.setDisabled(disabledSources(settings));
        ChartScreenModel.Prepared frame;
        try {
            frame = join(firstFrame); // Waits on the FX thread, but before anything is shown.
        } catch (RuntimeException e) {
            LOG.error("Umbra could not read its first frame", e);
            fail(e);
            return;
        }
        markets.model().present(frame); // Before the window shows: ChartFX wants datasets filled before display.
        zoneListeners.add(markets::setZone);
        MainWindow window = new MainWindow(statusBar, () -> ctx.collector().refreshNow(),
                () -> org.umbra.app.AboutText.of(startup.dirs(), ctx.databaseFile()), 1280, 800);
        SettingsModel settingsModel = new SettingsModel(settings, startup.settingsStore(), applied -> {
            Collector c = ctx.applySettings(applied);
            sourceStates.setDisabled(disabledSources(applied));
            if (c != null) {
                follow(c, statusBar);
            }
            Theme.apply(applied.theme(), window.scene());
            zoneListeners.forEach(l -> l.accept(applied.zone()));
            markets.setAnalysis(applied.benchmarkRatePercent(), applied.discountHours());
            window.setZone(applied.zone());
            alerts.setZone(applied.zone());
            sourcesModel.setZone(applied.zone());
        });
        sourcesModel = new SourcesViewModel(ctx.series(), ctx.feedStates(), settingsModel, zone);
        org.umbra.collect.ArchiveImport archiveImport = new org.umbra.collect.ArchiveImport(ctx.series());
        window.setDiagnostics(() -> org.umbra.app.Diagnostics.report(ctx.databaseFile(), ctx.schemaVersion(), ctx.settings(),
                ctx.collector().statuses(), ctx.ledger().state(), org.umbra.app.RecentProblems.lines(), java.time.Instant.now()));
        window.setArchiveImporter(files -> files.stream().map(f -> archiveImport.importFile(f).line()).toList());
        org.umbra.ui.export.ImageExport images = new org.umbra.ui.export.ImageExport(window::shownView, window::shownScreen,
                () -> window.scene().getWindow(), () -> settingsModel.current().zone(), () -> settingsModel.current().theme(), ctx.clock(),
                statusBar::showMessage, org.umbra.app.AppContext.VERSION);
        window.setImageExport(images::openDialog, images::copyLast);
        window.addScreen("markets", "Markets", marketsView.node(), KeyCode.DIGIT1);
        // Every other screen is built the first time it is opened: start-up pays for Markets only.
        window.addScreen("compare", "Compare", () -> open(new CompareScreen(ctx.series()), settingsModel.current().zone()).node(),
                KeyCode.DIGIT2);
        window.addScreen("venues", "Venues", () -> open(new VenuesScreen(ctx.series()), settingsModel.current().zone()).node(),
                KeyCode.DIGIT3);
        window.addScreen("risk", "Risk", () -> open(new RiskScreen(ctx.series()), settingsModel.current().zone()).node(), KeyCode.DIGIT4);
        window.addScreen("ledgers", "Ledgers", () -> ledgers(ctx, settingsModel.current().zone()).node(), KeyCode.DIGIT5);
        window.addScreen("exits", "Exit paths", () -> exitPaths(ctx, settingsModel.current().zone()), KeyCode.DIGIT6);
        window.addScreen("policy", "Policy", () -> policy(ctx, settingsModel.current().zone()), KeyCode.DIGIT7);
        window.addScreen("sources", "Sources", () -> new SourcesView(sourcesModel).node(), KeyCode.DIGIT8);
        alerts = new org.umbra.ui.alerts.AlertsFeature(ctx.alertRules(), ctx.alerts(), ctx.series(),
                java.util.Set.copyOf(org.umbra.app.SourceCatalog.ids()), ctx.clock(), zone, statusBar, () -> window.show("alerts"));
        window.addScreen("alerts", "Alerts", alerts::view, KeyCode.DIGIT0);
        window.addScreen("settings", "Settings", () -> new SettingsView(new SettingsViewModel(settingsModel), ctx.databaseFile(),
                startup.settingsStore().file(), startup.dirs().logFile(),
                new org.umbra.ui.policy.ThresholdsForm(ctx.ledger(), ledgerWork, "settings-policy").node(), () -> window.show("sources")).node(),
                KeyCode.DIGIT9);
        window.addShortcut(new javafx.scene.input.KeyCodeCombination(KeyCode.COMMA, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                "View › Settings", () -> window.show("settings"));
        window.show("markets");
        Theme.apply(settings.theme(), window.scene());
        window.attach(stage);
        stage.setTitle("Umbra");
        icon(stage);
        org.umbra.ui.shell.WindowPreferences windowPreferences = new org.umbra.ui.shell.WindowPreferences(preferencesStore,
                preferences.preferences());
        windowPreferences.restore(stage, window);
        stage.show();
        windowPreferences.track(stage);
        // Also in a dialog: a notice can be long (a damaged database moved aside, the backup to restore) and the status bar cuts it.
        startup.notice().ifPresent(notice -> {
            statusBar.showMessage(notice);
            window.showNotice("Umbra started with a notice", notice);
        });
        preferences.notice().ifPresent(statusBar::showMessage);
        markets.model().activate();
        FirstPaint.whenPainted(stage.getScene(), paintedAt -> {
            reportFirstPaint(paintedAt);
            if (Boolean.getBoolean(EXIT_AFTER_FIRST_PAINT)) {
                Platform.exit();
                return;
            }
            startLedgerWatch(ctx, statusBar, window, settingsModel.current().zone());
            alerts.start();
            // The pollers (ten sources' clients and classes) are built off the FX thread, once the first frame is
            // painted: building them on it delayed the first paint by about a second.
            Thread starter = new Thread(() -> {
                Collector collector = ctx.collector();
                follow(collector, statusBar);
                collector.start();
            }, "collector-start");
            starter.setDaemon(true);
            starter.start();
        });
    }

    /** Everything that shows a collector's reports follows {@code c}: the first one and each one settings start. Any thread. */
    private void follow(Collector c, StatusBar statusBar) {
        c.addStatusListener(alerts::sourceChanged);
        c.addStatusListener(this::sourceChanged);
        c.addStatusListener(statusBar::update);
        c.addStatusListener(sourcesModel::statusChanged);
        c.statuses().forEach(statusBar::update);
    }

    private static void fail(RuntimeException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setTitle("Umbra cannot start");
        alert.setHeaderText("Umbra cannot start");
        alert.showAndWait();
        Platform.exit();
    }

    private static java.util.List<String> disabledSources(Settings s) {
        return org.umbra.app.SourceCatalog.ids().stream().filter(id -> !s.enabledSources().contains(id)).toList();
    }

    /** Any thread: the collector reports from its pollers. */
    private void sourceChanged(org.umbra.collect.SourceStatus status) {
        Platform.runLater(() -> {
            sourceStates.update(status);
            chartScreens.forEach(ChartScreen::refreshNotes);
        });
    }

    /**
     * After the first paint, off the FX thread: reads the ledger (so its screens open without a database read on the
     * FX thread), puts the policy badge in the status bar, and turns policy changes into alert events, checked after
     * every ledger change and every hour (a drill ages without any change).
     */
    private void startLedgerWatch(AppContext ctx, StatusBar statusBar, MainWindow window, ZoneId zone) {
        ledgerWork.execute(() -> {
            org.umbra.ledger.LedgerBook book = ctx.ledger();
            PolicyMonitor monitor = new PolicyMonitor(book, ctx.alerts(), ctx.clock(), zone);
            LedgerAutoBackup backups = new LedgerAutoBackup(LedgerAutoBackup.folderFor(ctx.databaseFile()), ctx.clock(), 14);
            Runnable backup = () -> ledgerWork.execute(() -> {
                try {
                    backups.backupIfDue(book.history()).ifPresent(f -> LOG.info("Ledger backed up to {}", f));
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.warn("Daily ledger backup to {} failed", backups.folder(), e);
                    Platform.runLater(() -> statusBar.showMessage("Daily ledger backup failed: " + e.getMessage()));
                }
            });
            ledgerTimer.scheduleAtFixedRate(backup, 0, 1, java.util.concurrent.TimeUnit.HOURS);
            Runnable check = () -> ledgerWork.execute(() -> {
                try {
                    java.util.List<AlertLog.Event> events = monitor.check();
                    alerts.policyChecked(monitor.latest());
                    if (!events.isEmpty()) {
                        String text = AlertLog.Event.summary(events);
                        Platform.runLater(() -> statusBar.showMessage(text));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Policy check failed", e);
                }
            });
            book.addListener(check);
            ledgerTimer.scheduleAtFixedRate(check, 0, 1, java.util.concurrent.TimeUnit.HOURS);
            Platform.runLater(() -> {
                PolicyBadge badge = new PolicyBadge(book, ledgerWork, ctx.clock(), zone);
                badge.setOnOpen(() -> window.show("policy"));
                statusBar.addBadge(badge.node());
                window.addMenu(new LedgerFiles(book, new ChainRefValidator(WatchEntries.network(ctx.settings().bitcoinNetwork())), ledgerWork,
                        ctx.clock(), backups.folder(), statusBar::showMessage).menu(() -> window.scene().getWindow()));
            });
        });
    }

    private javafx.scene.Node exitPaths(AppContext ctx, ZoneId zone) {
        ExitPathsView view = new ExitPathsView(ctx.ledger(), new StoredVenueStress(new MarketFigures(new MarketDataReader(ctx.series())),
                ctx.clock()), ledgerWork, ctx.clock(), zone);
        zoneListeners.add(view::setZone);
        return view.node();
    }

    /** The checklist with its thresholds beside the ledgers' composition over time. */
    private javafx.scene.Node policy(AppContext ctx, ZoneId zone) {
        PolicyPanel panel = new PolicyPanel(ctx.ledger(), ledgerWork, ctx.clock(), zone);
        CompositionView composition = new CompositionView(ctx.ledger(), ledgerWork, ctx.clock(), zone);
        zoneListeners.add(composition::setZone);
        javafx.scene.Node left = panel.node();
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, left, composition.node());
        if (left instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setFitToWidth(true); // The checklist's details wrap rather than scroll sideways.
        }
        if (left instanceof javafx.scene.layout.Region r) {
            r.setPrefWidth(480);
            r.setMinWidth(480); // The chart takes what is left; the checklist keeps room for its numbers.
        }
        javafx.scene.layout.HBox.setHgrow(composition.node(), javafx.scene.layout.Priority.ALWAYS);
        box.setId("policy-screen");
        return box;
    }

    /** The Ledgers view: holdings priced from stored spot, checked on chain through the Esplora endpoint in force. */
    private LedgersView ledgers(AppContext ctx, ZoneId zone) {
        MarketDataReader reader = new MarketDataReader(ctx.series());
        LedgersView view = new LedgersView(ctx.ledger(), entry -> ctx.watchCheck().problem(entry),
                () -> reader.latestSpot(reader.catalog(), Asset.BTC), ctx.clock(), zone, new LedgersView.ChainAccess() {
                    @Override
                    public java.util.Map<Long, ChainChecks.Check> latest() {
                        return ctx.chainChecks().latest();
                    }

                    @Override
                    public ChainChecks.Check verify(Holding h) throws Exception {
                        return ctx.holdingVerifier().verify(h);
                    }

                    @Override
                    public String endpoint() {
                        return ctx.settings().esploraEndpoint();
                    }
                });
        zoneListeners.add(view::setZone);
        closeables.add(view);
        return view;
    }

    /** Builds a screen opened for the first time and keeps it up to date with the sources and the time zone. */
    private ChartScreen open(Screen screen, ZoneId zone) {
        ChartScreen view = screen.view(zone);
        view.setSourceContext(sourceStates::explain);
        chartScreens.add(view);
        zoneListeners.add(screen::setZone);
        screens.add(screen);
        screen.model().activate();
        return view;
    }

    /**
     * Logs how long the process took to paint the Markets view with its data (docs/benchmarks.md): the data is
     * presented before the window shows, so the first frame rendered holds it. With {@link #EXIT_AFTER_FIRST_PAINT}
     * set it also prints {@code umbra: first-paint <epoch ms>} on stdout for the start-up benchmark.
     */
    private static void reportFirstPaint(long paintedAt) {
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Markets view painted with data {} ms after process start", paintedAt - started);
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_PAINT)) {
            System.out.println(FIRST_PAINT_MARKER + paintedAt);
        }
    }

    private static void icon(Stage stage) {
        try (InputStream in = UmbraApp.class.getResourceAsStream("/org/umbra/icons/umbra-256.png")) {
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        } catch (IOException ignored) {
            // No icon is not worth failing the start for.
        }
    }

    @Override
    public void stop() {
        if (markets != null) {
            markets.close();
        }
        screens.forEach(Screen::close);
        if (alerts != null) {
            alerts.close();
        }
        ledgerTimer.shutdownNow();
        ledgerWork.shutdown();
        try {
            ledgerWork.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS); // a ledger change in flight commits first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", c, e);
            }
        }
        if (sourcesModel != null) {
            sourcesModel.close();
        }
        if (startup != null) {
            startup.context().close();
        }
    }
}
