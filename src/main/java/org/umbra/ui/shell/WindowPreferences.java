package org.umbra.ui.shell;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.app.Preferences;
import org.umbra.app.PreferencesStore;
import org.umbra.ui.chartview.ChartScreen;

/**
 * Restores the window as the user left it (size, position, maximised, the view shown, each chart view's range) and
 * records changes as they happen. Saved off the FX thread, one write at a time; {@link #flush} waits for the last
 * one when the window closes. FX thread otherwise.
 */
public final class WindowPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPreferences.class);
    /** How much of the title bar must be on a screen for the user to grab it: else the saved position is ignored. */
    static final double GRAB_WIDTH = 64;
    static final double GRAB_HEIGHT = 16;
    private static final double TITLE_BAR = 32;

    private final PreferencesStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preferences-save");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<ChartScreen> tracked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private Preferences current;
    /** The bounds when last not maximised: a maximised window's own bounds are the screen's. */
    private Rectangle2D normal;

    public WindowPreferences(PreferencesStore store, Preferences loaded) {
        this.store = store;
        this.current = loaded;
    }

    public Preferences current() {
        return current;
    }

    /** True when the title bar of a window at {@code window} is on some screen enough to grab it. */
    static boolean reachable(Rectangle2D window, List<Rectangle2D> screens) {
        for (Rectangle2D s : screens) {
            double w = Math.min(window.getMaxX(), s.getMaxX()) - Math.max(window.getMinX(), s.getMinX());
            double h = Math.min(window.getMinY() + TITLE_BAR, s.getMaxY()) - Math.max(window.getMinY(), s.getMinY());
            if (w >= GRAB_WIDTH && h >= GRAB_HEIGHT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before the stage shows: the saved size, and the saved position unless it is off every screen now; the last view
     * (if it still exists), and from then on each chart view opened gets its saved range. The view is switched before
     * the window's first layout: ChartFX locks a chart's data during a layout pass and releases it after, and a chart
     * taken out of the scene in between stays locked.
     */
    public void restore(Stage stage, MainWindow window) {
        window.addViewListener(id -> {
            window.shownChart().ifPresent(chart -> trackRange(id, chart));
            update(current.withLastView(id));
        });
        window.shownChart().ifPresent(chart -> trackRange(window.shownScreen(), chart));
        if (window.hasScreen(current.lastView()) && !current.lastView().equals(window.shownScreen())) {
            window.show(current.lastView());
        }
        if (!current.hasBounds()) {
            return;
        }
        stage.setWidth(current.width());
        stage.setHeight(current.height());
        Rectangle2D saved = new Rectangle2D(current.x(), current.y(), current.width(), current.height());
        if (reachable(saved, Screen.getScreens().stream().map(Screen::getVisualBounds).toList())) {
            stage.setX(current.x());
            stage.setY(current.y());
        }
        stage.setMaximized(current.maximized());
    }

    /** After the window shows: records its bounds as they change, and saves everything when it closes. */
    public void track(Stage stage) {
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        javafx.beans.InvalidationListener bounds = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        for (javafx.beans.Observable o : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            o.addListener(bounds);
        }
        stage.setOnHiding(e -> {
            recordBounds(stage);
            flush();
        });
    }

    private void trackRange(String view, ChartScreen chart) {
        if (!tracked.add(chart)) {
            return;
        }
        String saved = current.ranges().get(view);
        if (saved != null && chart.rangeProperty().getValue() != null && !saved.equalsIgnoreCase(chart.rangeProperty().getValue().toString())) {
            chart.choosePreset(saved);
        }
        chart.rangeProperty().addListener((obs, o, n) -> {
            if (n != null) {
                update(current.withRange(view, n.toString()));
            }
        });
    }

    private void recordBounds(Stage stage) {
        Rectangle2D b = stage.isMaximized() || normal == null ? normal : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (b != null && b.getWidth() >= Preferences.MIN_WIDTH && b.getHeight() >= Preferences.MIN_HEIGHT) {
            current = current.withBounds(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized());
        }
        save(current);
    }

    private void update(Preferences next) {
        if (!next.equals(current)) {
            current = next;
            save(next);
        }
    }

    private void save(Preferences p) {
        writer.execute(() -> {
            try {
                store.save(p);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save preferences to {}: {}", store.file(), e.getMessage());
            }
        });
    }

    /** Waits (up to 5 s) for the saves asked for so far: the window is closing. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("Preferences may not be saved: {}", e.toString());
        }
    }
}
