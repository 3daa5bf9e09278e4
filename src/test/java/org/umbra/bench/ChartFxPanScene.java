package org.umbra.bench;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.layout.StackPane;
import org.umbra.app.HeadlessFx;
import org.umbra.charts.ChartImages;

/**
 * Baseline (b): ChartFX fed every point directly. A plain XYChart (time axis in epoch seconds, value axis
 * auto-ranging) with its default ErrorDataSetRenderer, markers off so it draws a line as the Markets
 * panes do; one DoubleDataSet of all the points. Either every point is drawn (the renderer's point
 * reduction off) or ChartFX thins the visible points to the pixels as it comes. A pan step moves the
 * time axis and draws the chart, then snapshots.
 */
final class ChartFxPanScene extends PanScene {
    private final PlainChart chart;
    private final StackPane root;

    /** XYChart as it comes; a subclass only to reach the draw hooks a windowless scene needs. */
    private static final class PlainChart extends XYChart {
        PlainChart(DefaultNumericAxis x, DefaultNumericAxis y) {
            super(x, y);
        }

        void drawNow() {
            ChartImages.drawNow(getScene().getRoot(), this::runPreLayout, this::runPostLayout);
        }
    }

    /**
     * @param x times in epoch seconds, ascending
     * @param pointReduction whether ChartFX thins the visible points (its default) or draws every one
     */
    ChartFxPanScene(String name, double[] x, double[] y, boolean pointReduction) throws Exception {
        super(name, x[0], x[x.length - 1]);
        this.chart = HeadlessFx.call(() -> {
            DefaultNumericAxis time = new DefaultNumericAxis("time");
            time.setTimeAxis(true);
            time.setAnimated(false);
            time.setAutoRanging(false);
            time.set(x[0], x[x.length - 1]);
            DefaultNumericAxis value = new DefaultNumericAxis("price");
            value.setAnimated(false);
            PlainChart c = new PlainChart(time, value);
            c.setAnimated(false);
            ErrorDataSetRenderer renderer = (ErrorDataSetRenderer) c.getRenderers().get(0);
            renderer.setDrawMarker(false);
            renderer.setErrorStyle(ErrorStyle.NONE);
            renderer.setPointReduction(pointReduction);
            DoubleDataSet data = new DoubleDataSet(name, x.length);
            data.set(x, y);
            // Filled before the chart joins a scene (ChartFX 11.3.1 redraws late-added datasets only on a window).
            c.getDatasets().add(data);
            return c;
        });
        this.root = HeadlessFx.call(() -> {
            StackPane r = new StackPane(chart);
            PanScene.scene(r);
            chart.drawNow();
            return r;
        });
    }

    @Override
    long pan(boolean back) throws Exception {
        double[] w = window(back);
        return drawnOnFx(root, () -> {
            chart.getXAxis().set(w[0], w[1]);
            chart.drawNow();
        });
    }
}
