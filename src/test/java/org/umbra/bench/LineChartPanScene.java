package org.umbra.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.umbra.app.HeadlessFx;

/**
 * Baseline (c): JavaFX's own LineChart with every point in one series (no symbols, no animation). A pan
 * step moves the time axis bounds; the snapshot lays the chart out (its line path rebuilt from every
 * point) and draws it.
 */
final class LineChartPanScene extends PanScene {
    private final NumberAxis time;
    private final StackPane root;

    /** @param x times in epoch seconds, ascending */
    LineChartPanScene(String name, double[] x, double[] y) throws Exception {
        super(name, x[0], x[x.length - 1]);
        this.time = HeadlessFx.call(() -> new NumberAxis(x[0], x[x.length - 1], (x[x.length - 1] - x[0]) / 10));
        this.root = HeadlessFx.call(() -> {
            time.setAnimated(false);
            time.setAutoRanging(false);
            NumberAxis value = new NumberAxis();
            value.setAnimated(false);
            value.setForceZeroInRange(false);
            LineChart<Number, Number> chart = new LineChart<>(time, value);
            chart.setCreateSymbols(false);
            chart.setAnimated(false);
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(x.length);
            for (int i = 0; i < x.length; i++) {
                points.add(new XYChart.Data<>(x[i], y[i]));
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            series.getData().setAll(points);
            chart.getData().add(series);
            StackPane r = new StackPane(chart);
            PanScene.scene(r);
            PanScene.snapshot(r);
            return r;
        });
    }

    @Override
    long pan(boolean back) throws Exception {
        double[] w = window(back);
        return drawnOnFx(root, () -> {
            time.setLowerBound(w[0]);
            time.setUpperBound(w[1]);
        });
    }
}
