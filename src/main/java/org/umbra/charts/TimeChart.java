package org.umbra.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;

/**
 * One pane of a stacked time chart: a time x axis (epoch seconds, as ChartFX wants), a left value
 * axis and optionally a right one, each with a fast line renderer (no markers, no error bars,
 * point reduction on). Built once per view; data is swapped in its datasets.
 */
public final class TimeChart extends XYChart {
    /** Every pane's value axes have these widths, so the plot areas of stacked panes line up in time. */
    static final double AXIS_WIDTH = 92;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis leftAxis;
    private final ErrorDataSetRenderer leftRenderer;
    private DefaultNumericAxis rightAxis;
    private ErrorDataSetRenderer rightRenderer;
    private ErrorDataSetRenderer areaRenderer;
    private ErrorDataSetRenderer markerRenderer;

    public TimeChart(String leftName, String leftUnit) {
        super(timeAxis(), valueAxis(leftName, leftUnit));
        this.xAxis = (DefaultNumericAxis) getXAxis();
        this.leftAxis = (DefaultNumericAxis) getYAxis();
        this.leftRenderer = fastRenderer();
        getRenderers().setAll(leftRenderer);
        setLegendVisible(false);
        setAnimated(false);
        // The tool bar would slide in whenever the mouse nears the top; the app has its own controls.
        getMenuPane().setTriggerDistance(0);
        getStyleClass().add("umbra-chart");
        // Room for a right axis on every pane, used or not, so all panes share one plot width.
        setPadding(new javafx.geometry.Insets(0, AXIS_WIDTH, 0, 0));
        // ChartFX read-locks the datasets when it lays the chart out and unlocks them in its scene's next post-layout
        // pulse. A chart taken out of its scene before that pulse (a view switched after a snapshot or the window's
        // first layout, a pane lent to an image's scene) never gets it: the lock stayed, and the next data update,
        // a write on the FX thread, hung the window for good. Leaving a scene finishes the pass instead.
        sceneProperty().addListener((obs, left, entered) -> {
            if (left != null) {
                runPostLayout();
            }
        });
    }

    private static DefaultNumericAxis timeAxis() {
        DefaultNumericAxis x = new ZoneTimeAxis("Time");
        x.setUnit(null);
        x.setTimeAxis(true);
        x.getAxisLabelFormatter().setTickUnitSupplier(ZoneTimeFormatter.TICK_UNITS);
        x.setAnimated(false);
        x.setAutoRanging(false);
        return x;
    }

    private static DefaultNumericAxis valueAxis(String name, String unit) {
        DefaultNumericAxis y = new ValueAxis(name);
        y.setUnit(unit);
        y.setAnimated(false);
        y.setAutoRangePadding(0.05);
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new CompactNumberFormatter());
        y.setMinorTickCount(0);
        return y;
    }

    static ErrorDataSetRenderer fastRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(false);
        r.setPointReduction(true);
        r.setDashSize(0);
        r.setAllowNaNs(true); // A NaN point is a gap in the data: the line breaks there.
        return r;
    }

    /** Adds a value axis on the right with its own renderer; call before the chart is shown. */
    public DefaultNumericAxis addRightAxis(String name, String unit) {
        setPadding(javafx.geometry.Insets.EMPTY);
        rightAxis = valueAxis(name, unit);
        rightAxis.setSide(Side.RIGHT);
        rightRenderer = fastRenderer();
        rightRenderer.getAxes().add(rightAxis);
        getRenderers().add(rightRenderer);
        return rightAxis;
    }

    /**
     * A renderer on the left axis that fills each dataset down to zero, drawn beneath the lines;
     * created on first use, before the chart is shown. The axis then always includes zero.
     */
    public ErrorDataSetRenderer areaRenderer() {
        if (areaRenderer == null) {
            areaRenderer = fastRenderer();
            areaRenderer.setPolyLineStyle(LineStyle.AREA);
            areaRenderer.setAllowNaNs(false); // A polygon cannot break: the view model sends zeros, never NaN.
            getRenderers().add(0, areaRenderer);
            leftAxis.setForceZeroInRange(true);
        }
        return areaRenderer;
    }

    /** A renderer on the left axis that draws each point as a marker, never joined; created on first use. */
    public ErrorDataSetRenderer markerRenderer() {
        if (markerRenderer == null) {
            markerRenderer = fastRenderer();
            markerRenderer.setPolyLineStyle(LineStyle.NONE);
            markerRenderer.setDrawMarker(true);
            markerRenderer.setPointReduction(false); // Every event is shown, however close to the next.
            getRenderers().add(markerRenderer);
        }
        return markerRenderer;
    }

    /** Ticks on round local times of {@code zone}, labelled in it. */
    void setZone(java.time.ZoneId zone) {
        ((ZoneTimeAxis) xAxis).setZone(zone);
        xAxis.setTickLabelFormatter(new ZoneTimeFormatter(zone, xAxis::getTickUnit));
    }

    public DefaultNumericAxis timeAxisNode() {
        return xAxis;
    }

    /** The right value axis, if the chart has one. */
    public java.util.List<DefaultNumericAxis> rightAxes() {
        return rightAxis == null ? java.util.List.of() : java.util.List.of(rightAxis);
    }

    public DefaultNumericAxis leftAxis() {
        return leftAxis;
    }

    public ErrorDataSetRenderer leftRenderer() {
        return leftRenderer;
    }

    public ErrorDataSetRenderer rightRenderer() {
        if (rightRenderer == null) {
            throw new IllegalStateException("no right axis on this chart");
        }
        return rightRenderer;
    }

    /** ChartFX's hook a pulse runs before CSS and layout: for drawing without a window ({@link ChartImages#drawNow}). */
    void preLayout() {
        runPreLayout();
    }

    /** ChartFX's hook a pulse runs after layout, where it draws. */
    void postLayout() {
        runPostLayout();
    }
}
