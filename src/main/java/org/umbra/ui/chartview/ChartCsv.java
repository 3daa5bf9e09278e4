package org.umbra.ui.chartview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.export.SeriesCsv;
import org.umbra.ui.chartview.Frame.LineOrigin;

/**
 * The CSV columns of a chart screen's lines: one per line shown (not hidden in the legend) that has points in the
 * range, in pane and legend order, named by pane and legend label with the axis' unit and the line's origin
 * ({@code Funding, annualised: Binance [%] (BTCUSDT, every 8 h)}). A stacked band gives its own values, not the
 * running sum drawn; the breaks drawn in a line (NaN points) are no rows.
 */
public final class ChartCsv {
    private ChartCsv() {
    }

    /** @param hidden whether the user hid a line (by key) */
    public static List<SeriesCsv.Column> columns(List<PaneSpec> panes, Predicate<String> hidden, Frame frame, long from, long to) {
        List<SeriesCsv.Column> out = new ArrayList<>();
        for (PaneSpec pane : panes) {
            for (LineSpec line : pane.lines()) {
                if (hidden.test(line.key())) {
                    continue;
                }
                LineData data = frame.readouts().getOrDefault(line.key(), frame.lines().get(line.key()));
                SeriesCsv.Column column = data == null ? null : column(header(pane, line, frame.info().get(line.key())), data, from, to);
                if (column != null) {
                    out.add(column);
                }
            }
        }
        return out;
    }

    static String header(PaneSpec pane, LineSpec line, LineOrigin origin) {
        String unit = line.rightAxis() && pane.hasRightAxis() ? pane.rightUnit() : pane.leftUnit();
        return SeriesCsv.header(pane.leftName() + ": " + line.label(), unit, origin == null ? "computed" : origin.origin());
    }

    /** The line's points in [from, to] (epoch ms; the chart holds epoch seconds), or null when it has none there. */
    private static SeriesCsv.Column column(String header, LineData data, long from, long to) {
        long[] ts = new long[data.x().length];
        double[] vs = new double[ts.length];
        int n = 0;
        for (int i = 0; i < ts.length; i++) {
            long t = Math.round(data.x()[i] * 1000);
            if (t >= from && t <= to && !Double.isNaN(data.y()[i])) {
                ts[n] = t;
                vs[n] = data.y()[i];
                n++;
            }
        }
        return n == 0 ? null : new SeriesCsv.Column(header, Arrays.copyOf(ts, n), Arrays.copyOf(vs, n));
    }
}
