package org.umbra.charts;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time axis (epoch seconds) with its major ticks on round local times of the user's zone ({@link ZoneTicks}). */
final class ZoneTimeAxis extends DefaultNumericAxis {
    private ZoneId zone = ZoneOffset.UTC;

    ZoneTimeAxis(String name) {
        super(name);
    }

    void setZone(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList tickValues) {
        double min = range.getLowerBound();
        double max = range.getUpperBound();
        ZoneTicks.between(min, max, range.getTickUnit(), zone, tickValues);
        ZoneTicks.dropAtEdges(tickValues, min, max);
    }
}
