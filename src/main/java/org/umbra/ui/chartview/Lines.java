package org.umbra.ui.chartview;

import java.util.Arrays;
import org.umbra.analytics.Downsampler;
import org.umbra.analytics.TimeSeries;
import org.umbra.charts.StackedTimeCharts.LineData;

/** Turns analytics' series into drawn lines: epoch seconds, thinned to the screen, gaps broken. */
public final class Lines {
    private Lines() {
    }

    /**
     * The points of {@code s} in [from, to], min/max-thinned to {@code buckets} columns, times
     * {@code scale}, with a break (a NaN point) wherever two points lie more than {@code maxGapMs}
     * apart: a gap in the data is drawn as a gap, never bridged.
     */
    public static LineData thin(TimeSeries s, long from, long to, int buckets, long maxGapMs, double scale) {
        TimeSeries in = s.slice(from, to);
        if (in.isEmpty()) {
            return LineData.EMPTY;
        }
        Downsampler.Points p = Downsampler.minMax(in.timestamps(), in.values(), from, to, buckets);
        return broken(p.timestamps(), p.values(), maxGapMs, scale);
    }

    /** Values on a regular grid (NaN where there is none), as drawn: NaN runs break the line. */
    public static LineData grid(TimeSeries s, double scale) {
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.timestamps()[i] / 1000.0;
            y[i] = s.values()[i] * scale;
        }
        return new LineData(x, y);
    }

    /**
     * Markers (events at {@code ts}, ascending, drawn at {@code ys}) at most one per column of [from, to]: where
     * several fall in one column the lowest is kept. Years of events cost a screen's worth of markers to
     * draw, and markers closer than a pixel could not be told apart anyway.
     */
    public static LineData markers(long[] ts, double[] ys, long from, long to, int columns) {
        double[] x = new double[ts.length];
        double[] y = new double[ts.length];
        int m = 0;
        long lastColumn = Long.MIN_VALUE;
        double width = Math.max(1.0, (to - from) / (double) columns);
        for (int i = 0; i < ts.length; i++) {
            long column = (long) Math.floor((ts[i] - from) / width);
            if (m > 0 && column == lastColumn) {
                if (ys[i] < y[m - 1]) {
                    y[m - 1] = ys[i];
                    x[m - 1] = ts[i] / 1000.0;
                }
                continue;
            }
            x[m] = ts[i] / 1000.0;
            y[m] = ys[i];
            m++;
            lastColumn = column;
        }
        return new LineData(Arrays.copyOf(x, m), Arrays.copyOf(y, m));
    }

    static LineData broken(long[] ts, double[] vs, long maxGapMs, double scale) {
        int n = ts.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && ts[i] - ts[i - 1] > maxGapMs) {
                x[m] = (ts[i - 1] + 1) / 1000.0;
                y[m] = Double.NaN;
                m++;
            }
            x[m] = ts[i] / 1000.0;
            y[m] = vs[i] * scale;
            m++;
        }
        return new LineData(Arrays.copyOf(x, m), Arrays.copyOf(y, m));
    }
}
