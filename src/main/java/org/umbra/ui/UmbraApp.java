package org.umbra.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
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
import org.umbra.ui.markets.MarketsView;
import org.umbra.ui.markets.MarketsViewModel;
import org.umbra.ui.settings.SettingsView;
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

    private Startup startup;
    private RuntimeException startupFailure;
    private MarketsViewModel markets;

    @Override
    public void init() {
        try {
            startup = Startup.open(getParameters().getRaw());
        } catch (RuntimeException e) {
            LOG.error("Umbra could not start", e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupFailure.getMessage());
            alert.setTitle("Umbra cannot start");
            alert.setHeaderText("Umbra cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        AppContext ctx = startup.context();
        Settings settings = ctx.settings();
        ZoneId zone = settings.zone();

        StatusBar statusBar = new StatusBar(zone);
        markets = new MarketsViewModel(ctx.series());
        MarketsView marketsView = new MarketsView(markets, zone);
        MainWindow window = new MainWindow(statusBar, () -> ctx.collector().refreshNow(),
                () -> about(ctx), 1280, 800);
        SettingsViewModel settingsModel = new SettingsViewModel(settings, startup.settingsStore(), applied -> {
            Collector c = ctx.applySettings(applied);
            if (c != null) {
                c.addStatusListener(statusBar::update);
                c.statuses().forEach(statusBar::update);
            }
            Theme.apply(applied.theme(), window.scene());
            marketsView.setZone(applied.zone());
            window.setZone(applied.zone());
        });
        SettingsView settingsView = new SettingsView(settingsModel, ctx.databaseFile(), startup.settingsStore().file());
        window.addScreen("markets", "Markets", marketsView.node(), KeyCode.DIGIT1);
        window.addScreen("settings", "Settings", settingsView.node(), KeyCode.DIGIT2);
        window.show("markets");
        Theme.apply(settings.theme(), window.scene());
        window.attach(stage);
        stage.setTitle("Umbra");
        icon(stage);
        stage.show();
        startup.notice().ifPresent(statusBar::showMessage);

        markets.activate();
        Collector collector = ctx.collector();
        collector.addStatusListener(statusBar::update);
        collector.statuses().forEach(statusBar::update);
        collector.start();
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

    private static String about(AppContext ctx) {
        long size;
        try {
            size = Files.size(ctx.databaseFile());
        } catch (IOException e) {
            size = -1;
        }
        return "Umbra " + AppContext.VERSION + "\nJava " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version") + "\n\nDatabase: " + ctx.databaseFile()
                + (size >= 0 ? String.format(" (%.1f MB)", size / 1e6) : "")
                + "\n\nBundled history: MIT licence, (c) 2024 supervik (funding 2020–2023) and (c) 2026 Lucas Mol"
                + " (BTC daily price and funding means). See NOTICE.";
    }

    @Override
    public void stop() {
        if (markets != null) {
            markets.close();
        }
        if (startup != null) {
            startup.context().close();
        }
    }
}
