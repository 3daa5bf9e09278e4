package org.umbra.bench;

import java.time.ZoneOffset;
import javafx.scene.layout.StackPane;
import org.umbra.analytics.RangeSpec;
import org.umbra.app.HeadlessFx;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.ChartScreenModel.Prepared;
import org.umbra.ui.chartview.ChartScreenModel.TimeWindow;
import org.umbra.ui.markets.MarketsScreen;
import org.umbra.ui.shell.Theme;

/**
 * The Markets screen as the app builds it (its own loader and model, dark theme), showing All. A pan
 * step is what a drag does once the model's 150 ms debounce has passed, without that deliberate wait:
 * the model's load of the new window on this thread ({@link ChartScreenModel#prepare(TimeWindow)}, the
 * load {@code userMovedTo} schedules), then on the FX thread the charts moved to the window and given
 * the frame ({@link ChartScreenModel#present}), drawn and snapshot. A step's time is the load plus the
 * FX work; both parts are kept for the report.
 */
final class MarketsPanScene extends PanScene {
    private final MarketsScreen screen;
    private final ChartScreen view;
    private final StackPane root;
    private final Timings loads = new Timings("load (off the FX thread)");
    private final Timings draws = new Timings("draw and snapshot (FX thread)");
    private long lastLoadNanos;
    private long lastDrawNanos;

    private MarketsPanScene(String name, MarketsScreen screen, Prepared first) throws Exception {
        super(name, first.window().from(), first.window().to());
        this.screen = screen;
        this.view = HeadlessFx.call(() -> screen.view(ZoneOffset.UTC));
        this.root = HeadlessFx.call(() -> {
            // The first frame goes in before the charts join a scene, as the app and `umbra snapshot` do.
            screen.model().present(first);
            StackPane r = new StackPane(view.node());
            Theme.apply("dark", PanScene.scene(r));
            view.charts().renderNow();
            return r;
        });
    }

    /** The Markets screen over {@code repository}, its All window loaded and drawn. */
    static MarketsPanScene showingAll(String name, SeriesRepository repository) throws Exception {
        MarketsScreen screen = new MarketsScreen(repository);
        screen.model().setPixelWidth(WIDTH);
        return new MarketsPanScene(name, screen, screen.model().prepare(RangeSpec.ALL));
    }

    @Override
    long pan(boolean back) throws Exception {
        double[] w = window(back);
        long t0 = System.nanoTime();
        Prepared moved = screen.model().prepare(new TimeWindow(Math.round(w[0]), Math.round(w[1])));
        lastLoadNanos = System.nanoTime() - t0;
        lastDrawNanos = drawnOnFx(root, () -> {
            screen.model().present(moved);
            view.charts().renderNow();
        });
        return lastLoadNanos + lastDrawNanos;
    }

    /** " (load 780 + draw 32)": the two parts of the last step, in milliseconds. */
    String lastParts() {
        return " (load " + Timings.ms(lastLoadNanos / 1e6) + " + draw " + Timings.ms(lastDrawNanos / 1e6) + ")";
    }

    /** Counts the parts of the last step in {@link #loads} and {@link #draws} (a step after the warm-up). */
    void countLastParts() {
        loads.add(lastLoadNanos);
        draws.add(lastDrawNanos);
    }

    /** The loads counted (reading and thinning, off the FX thread). */
    Timings loads() {
        return loads;
    }

    /** The FX parts counted (new window, new data, drawn, snapshot). */
    Timings draws() {
        return draws;
    }

    /** Points of all lines the charts hold now. */
    long pointsDrawn() throws Exception {
        return HeadlessFx.call(() -> view.frame().lines().keySet().stream().mapToLong(k -> view.charts().line(k).x().length).sum());
    }

    @Override
    public void close() {
        screen.close();
    }
}
