package org.umbra.ui.chartview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.umbra.charts.StackedTimeCharts.LineData;

class LinesTest {
    @Test
    void markersAreAtMostOnePerColumnKeepingTheLowest() {
        // [0, 100 s] in 10 columns of 10 s: events at 1, 4 and 8 s share column 0 (the lowest, -3 at 4 s, stays),
        // 15 s is alone in column 1, 95 and 100 s fall in columns 9 and 10 (the end is a column of its own).
        long[] ts = {1_000, 4_000, 8_000, 15_000, 95_000, 100_000};
        double[] ys = {-1, -3, -2, -5, 0, 0};
        LineData m = Lines.markers(ts, ys, 0, 100_000, 10);
        assertArrayEquals(new double[] {4, 15, 95, 100}, m.x());
        assertArrayEquals(new double[] {-3, -5, 0, 0}, m.y());
    }
}
