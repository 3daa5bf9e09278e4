package org.umbra.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.umbra.charts.StackedTimeCharts.LineData;

class StepsTest {
    @Test
    void eachValueHoldsUntilTheNextPointButNeverAcrossAGap() {
        LineData line = new LineData(new double[] {0, 10, 20, 21, 40}, new double[] {1, 2, 3, Double.NaN, 5});
        LineData steps = StackedTimeCharts.steps(line);
        assertArrayEquals(new double[] {0, 10, 10, 20, 20, 21, 40}, steps.x());
        assertArrayEquals(new double[] {1, 1, 2, 2, 3, Double.NaN, 5}, steps.y());
    }

    @Test
    void emptyAndSinglePointLinesStayAsTheyAre() {
        assertArrayEquals(new double[0], StackedTimeCharts.steps(LineData.EMPTY).x());
        assertArrayEquals(new double[] {7}, StackedTimeCharts.steps(new LineData(new double[] {7}, new double[] {1})).x());
    }
}
