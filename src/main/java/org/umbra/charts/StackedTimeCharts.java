package org.umbra.charts;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.utils.AxisSynchronizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.geometry.Pos;

/**
 * Panes stacked on one time axis: zoom (drag a box, or the mouse wheel) and pan (middle drag) act
 * on every pane at once, only the bottom pane shows time labels, and a vertical crosshair runs
 * through all panes. Built once; {@link #setLine} swaps data. FX thread only.
 */
public final class StackedTimeCharts {
    /** What is drawn for one line: x in epoch seconds, y in the pane's unit. */
    public record LineData(double[] x, double[] y) {
        public static final LineData EMPTY = new LineData(new double[0], new double[0]);
    }

    private final VBox root = new VBox();
    private final List<TimeChart> charts = new ArrayList<>();
    private final List<PaneSpec> specs;
    private final List<StackPane> paneNodes = new ArrayList<>();
    private final List<Zoomer> zoomers = new ArrayList<>();
    private final List<Line> crosshairs = new ArrayList<>();
    private final Map<String, SafeDataSet> datasets = new LinkedHashMap<>();
    private final Map<String, LineData> data = new LinkedHashMap<>();
    private final java.util.Set<String> steppedKeys = new java.util.HashSet<>();
    private final AxisSynchronizer synchronizer = new AxisSynchronizer();
    private ZoneId zone;
    private BiConsumer<Double, Double> rangeListener = (a, b) -> { };
    private DoubleConsumer cursorListener = t -> { };
    private boolean settingRange;

    public StackedTimeCharts(List<PaneSpec> panes, ZoneId zone) {
        this.zone = zone;
        this.specs = List.copyOf(panes);
        root.getStyleClass().add("stacked-time-charts");
        for (int i = 0; i < panes.size(); i++) {
            PaneSpec spec = panes.get(i);
            TimeChart chart = new TimeChart(spec.leftName(), spec.leftUnit());
            chart.setId("chart-" + spec.id());
            if (spec.hasRightAxis()) {
                chart.addRightAxis(spec.rightName(), spec.rightUnit());
            }

            for (LineSpec line : spec.lines()) {
                SafeDataSet ds = new SafeDataSet(line.label());
                // An area is filled with the line colour: made translucent so the grid and bands below show.
                ds.setStyle("-fx-line-color: " + line.color() + (line.area() ? "b0" : "") + "; -fx-line-width: 1.6;"
                        + (line.markers() ? " -fx-marker-color: " + line.color() + "; -fx-marker-size: 6;" : "")
                        + (line.dashed() ? " -fx-line-dash-array: 5 3;" : ""));
                // Datasets join their renderer before the chart joins the scene (a ChartFX 11.3.1 trap otherwise).
                (line.area() ? chart.areaRenderer() : line.markers() ? chart.markerRenderer()
                        : line.rightAxis() ? chart.rightRenderer() : chart.leftRenderer()).getDatasets().add(ds);
                datasets.put(line.key(), ds);
                if (spec.stepped() || line.stepped()) {
                    steppedKeys.add(line.key());
                }
                data.put(line.key(), LineData.EMPTY);
            }
            List<Double> references = new ArrayList<>();
            if (spec.referenceValue() != null) {
                references.add(spec.referenceValue());
            }
            references.addAll(spec.moreReferences());
            for (double v : references) {
                SafeDataSet ref = new SafeDataSet(spec.referenceLabel());
                ref.addStyleClasses("reference-line");
                // Spans 1970..2100 once: the time axis never auto-ranges, so this never needs updating
                // (updating it from an axis listener deadlocks, as ChartFX read-locks datasets during layout).
                ref.set(new double[] {0, 4.1e9}, new double[] {v, v});
                chart.leftRenderer().getDatasets().add(ref);
            }
            DefaultNumericAxis x = chart.timeAxisNode();
            chart.setZone(zone);
            boolean bottom = i == panes.size() - 1;
            if (bottom) {
                x.setName(axisName(zone));
            } else {
                x.getTickLabelStyle().setVisible(false);
                x.setName(null);
            }
            Zoomer zoomer = new Zoomer(AxisMode.X, false);
            zoomer.setSliderVisible(false);
            zoomer.setAddButtonsToToolBar(false);
            zoomer.setPannerEnabled(true);
            chart.getPlugins().add(zoomer);
            zoomers.add(zoomer);
            synchronizer.add(x);

            Line crosshair = new Line();
            crosshair.getStyleClass().add("umbra-crosshair");
            crosshair.setManaged(false);
            crosshair.setMouseTransparent(true);
            crosshair.setVisible(false);
            chart.getCanvasForeground().getChildren().add(crosshair);
            crosshairs.add(crosshair);
            StackPane pane = new StackPane(chart);
            // On the pane, not the plot area: moves over a legend or note laid on top still move the crosshair.
            pane.addEventHandler(MouseEvent.MOUSE_MOVED, e -> onMouse(chart, e));
            pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> onMouse(chart, e));
            pane.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideCursor());

            pane.getStyleClass().add("chart-pane");
            pane.setId("pane-" + spec.id());
            StackPane.setAlignment(chart, Pos.TOP_LEFT);
            VBox.setVgrow(pane, Priority.ALWAYS);
            charts.add(chart);
            paneNodes.add(pane);
            root.getChildren().add(pane);
            x.minProperty().addListener((obs, o, n) -> rangeChanged(x));
            x.maxProperty().addListener((obs, o, n) -> rangeChanged(x));
        }
    }

    public Node node() {
        return root;
    }

    public List<TimeChart> charts() {
        return charts;
    }

    public List<PaneSpec> panes() {
        return specs;
    }

    /**
     * What pane {@code index}'s value axes measure, as shown on them now (the unit may have been switched):
     * "Open interest (USD), CME (USD)".
     */
    public String axisUnits(int index) {
        TimeChart chart = charts.get(index);
        PaneSpec spec = specs.get(index);
        String left = spec.leftName() + " (" + chart.leftAxis().getUnit() + ")";
        return chart.rightAxes().isEmpty() ? left : left + ", " + spec.rightName() + " (" + chart.rightAxes().get(0).getUnit() + ")";
    }

    /**
     * Shows or hides pane {@code index}'s time labels and zone name: a pane exported on its own needs them, though in the
     * stack only the bottom pane shows them.
     */
    public void setTimeLabelsShown(int index, boolean shown) {
        DefaultNumericAxis x = charts.get(index).timeAxisNode();
        x.getTickLabelStyle().setVisible(shown);
        x.setName(shown ? axisName(zone) : null);
    }

    /**
     * Lets every pane shrink below its legend's height (the legend is cut, the plot stays), or not: a small image of
     * many panes then still fits its size, footer included.
     */
    public void setPanesShrinkable(boolean shrinkable) {
        paneNodes.forEach(p -> p.setMinHeight(shrinkable ? 0 : javafx.scene.layout.Region.USE_COMPUTED_SIZE));
    }

    /** The node of pane {@code index}, for overlays such as the legend. */
    public StackPane pane(int index) {
        return paneNodes.get(index);
    }

    /** Pins pane {@code index}'s left axis to [min, max] (a 0-100 score reads best against its whole scale). */
    public void setFixedRange(int index, double min, double max) {
        var axis = charts.get(index).leftAxis();
        axis.setAutoRanging(false);
        axis.set(min, max);
    }

    /**
     * Draws every point of pane {@code index}'s lines: for a pane of a few steps (the ledger's changes), where point
     * reduction would merge the corners of small steps into slopes.
     */
    public void drawEveryPoint(int index) {
        charts.get(index).getRenderers().forEach(r -> {
            if (r instanceof io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer e) {
                e.setPointReduction(false);
            }
        });
    }

    /** Switches pane {@code index}'s value axes between linear and log scale. */
    public void setLogScale(int index, boolean log) {
        TimeChart chart = charts.get(index);
        chart.leftAxis().setLogAxis(log);
        chart.rightAxes().forEach(axis -> axis.setLogAxis(log));
    }

    public boolean isLogScale(int index) {
        return charts.get(index).leftAxis().isLogAxis();
    }

    /** Changes the unit both value axes of pane {@code index} show (open interest in USD or in coin, say). */
    public void setPaneUnit(int index, String unit) {
        TimeChart chart = charts.get(index);
        chart.leftAxis().setUnit(unit);
        chart.rightAxes().forEach(axis -> axis.setUnit(unit));
    }

    /** Told (from, to) in epoch seconds whenever the visible time range changes, by code or by the user. */
    public void setRangeListener(BiConsumer<Double, Double> listener) {
        this.rangeListener = listener;
    }

    /** Told the time (epoch seconds) under the mouse, or NaN when it leaves the panes. */
    public void setCursorListener(DoubleConsumer listener) {
        this.cursorListener = listener;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        for (TimeChart chart : charts) {
            chart.setZone(zone);
            chart.timeAxisNode().forceRedraw();
        }
        charts.get(charts.size() - 1).timeAxisNode().setName(axisName(zone));
    }

    /** The time axis says which zone its labels are in. */
    private static String axisName(ZoneId zone) {
        return "Time (" + zone.getId() + ")";
    }

    public ZoneId zone() {
        return zone;
    }

    /** Shows [from, to] (epoch seconds) on every pane and forgets the zoom history. */
    public void setTimeRange(double from, double to) {
        settingRange = true;
        try {
            for (TimeChart chart : charts) {
                chart.timeAxisNode().setAutoRanging(false);
                chart.timeAxisNode().set(from, to);
            }
            zoomers.forEach(Zoomer::clear);
        } finally {
            settingRange = false;
        }
        rangeListener.accept(from, to);
    }

    public double visibleFrom() {
        return charts.get(0).timeAxisNode().getMin();
    }

    public double visibleTo() {
        return charts.get(0).timeAxisNode().getMax();
    }

    /** Replaces a line's points (possibly none: {@link SafeDataSet} copes with empty). */
    public void setLine(String key, LineData line) {
        SafeDataSet ds = datasets.get(key);
        if (ds == null) {
            throw new IllegalArgumentException("no line " + key);
        }
        data.put(key, line);
        LineData drawn = steppedKeys.contains(key) ? steps(line) : line;
        ds.set(drawn.x(), drawn.y());
    }

    /**
     * Each value held flat until the next point, as explicit corner points. (ChartFX 11.3.1's
     * ZERO_ORDER_HOLDER style would do this but draws straight across NaN gaps.)
     */
    static LineData steps(LineData line) {
        int n = line.x().length;
        double[] x = new double[Math.max(0, 2 * n - 1)];
        double[] y = new double[x.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            x[m] = line.x()[i];
            y[m] = line.y()[i];
            m++;
            if (i + 1 < n && !Double.isNaN(line.y()[i]) && !Double.isNaN(line.y()[i + 1])) {
                x[m] = line.x()[i + 1];
                y[m] = line.y()[i];
                m++;
            }
        }
        return new LineData(java.util.Arrays.copyOf(x, m), java.util.Arrays.copyOf(y, m));
    }

    public LineData line(String key) {
        return data.getOrDefault(key, LineData.EMPTY);
    }

    /**
     * The value of {@code key} at or before {@code t} (epoch seconds), or NaN when none is drawn
     * there: before the first point, after a break (a NaN point) or past the last point by more
     * than the line's largest step.
     */
    public double valueAt(String key, double t) {
        LineData d = line(key);
        int lo = 0;
        int hi = d.x().length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (d.x()[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || (found == d.x().length - 1 && t - d.x()[found] > largestStep(d))) {
            return Double.NaN;
        }
        return d.y()[found];
    }

    private static double largestStep(LineData d) {
        double max = 0;
        for (int i = 1; i < d.x().length; i++) {
            if (!Double.isNaN(d.y()[i]) && !Double.isNaN(d.y()[i - 1])) {
                max = Math.max(max, d.x()[i] - d.x()[i - 1]);
            }
        }
        return Math.max(max, 60);
    }

    /**
     * Renders every pane now, for snapshots of a scene without a window: each pass lays the scene out
     * once for all panes, as a pulse does.
     */
    public void renderNow() {
        renderNowIn(root);
    }

    /**
     * Renders the panes that share {@code shown}'s scene now: those of the stack, or one pane lent to an image's
     * scene while the others stay in the window.
     */
    public void renderNowIn(Node shown) {
        javafx.scene.Scene scene = shown.getScene();
        List<TimeChart> inScene = charts.stream().filter(c -> c.getScene() == scene).toList();
        ChartImages.drawNow(scene.getRoot(), () -> inScene.forEach(TimeChart::preLayout),
                () -> inScene.forEach(TimeChart::postLayout));
    }

    private void rangeChanged(DefaultNumericAxis x) {
        if (settingRange) {
            return;
        }
        rangeListener.accept(x.getMin(), x.getMax());
    }

    private void onMouse(TimeChart source, MouseEvent e) {
        Point2D p = source.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null || p.getX() < 0 || p.getX() > source.getCanvas().getWidth()) {
            hideCursor();
            return;
        }
        double t = source.timeAxisNode().getValueForDisplay(p.getX());
        showCursorAt(t);
        cursorListener.accept(t);
    }

    /** Draws the crosshair at {@code t} (epoch seconds) on every pane. */
    public void showCursorAt(double t) {
        for (int i = 0; i < charts.size(); i++) {
            TimeChart chart = charts.get(i);
            double px = chart.timeAxisNode().getDisplayPosition(t);
            Line line = crosshairs.get(i);
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(0);
            line.setEndY(chart.getCanvas().getHeight());
            line.setVisible(true);
        }
    }

    private void hideCursor() {
        crosshairs.forEach(l -> l.setVisible(false));
        cursorListener.accept(Double.NaN);
    }
}
