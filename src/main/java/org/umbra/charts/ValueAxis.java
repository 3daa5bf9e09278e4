package org.umbra.charts;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * A value axis at least {@link TimeChart#AXIS_WIDTH} wide, whatever its labels, so stacked panes
 * keep identical plot areas and one x position means one time in every pane. (ChartFX lays axes out
 * at their computed preferred width and ignores min/pref width set from outside.)
 */
final class ValueAxis extends DefaultNumericAxis {
    ValueAxis(String name) {
        super(name);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(TimeChart.AXIS_WIDTH, super.computePrefWidth(height));
    }
}
