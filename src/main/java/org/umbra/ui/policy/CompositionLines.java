package org.umbra.ui.policy;

import java.util.List;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Composition;

/**
 * The composition chart's lines from {@link Composition#over}: the three ledgers stacked (running sums in BTC, the
 * top of each band) and the shadow share in percent. A total holds until the next change, so each line has one
 * point per change plus one at {@code nowMs} repeating the last, drawn as steps. Times in epoch seconds.
 *
 * @param settlement the settlement band's top: settlement
 * @param working    the working band's top: settlement + working
 * @param yield      the yield band's top: all BTC
 * @param shadow     percent of the BTC that is not finality
 */
public record CompositionLines(LineData settlement, LineData working, LineData yield, LineData shadow) {

    public static CompositionLines of(List<Composition.Point> points, long nowMs) {
        if (points.isEmpty()) {
            return new CompositionLines(LineData.EMPTY, LineData.EMPTY, LineData.EMPTY, LineData.EMPTY);
        }
        Composition.Point last = points.get(points.size() - 1);
        boolean extend = nowMs > last.atMs();
        int n = points.size() + (extend ? 1 : 0);
        double[] x = new double[n];
        double[] s = new double[n];
        double[] w = new double[n];
        double[] y = new double[n];
        double[] shadow = new double[n];
        for (int i = 0; i < n; i++) {
            Composition.Point p = i < points.size() ? points.get(i) : last;
            x[i] = (i < points.size() ? p.atMs() : nowMs) / 1000.0;
            s[i] = Amounts.toBtc(p.settlement());
            w[i] = Amounts.toBtc(p.settlement() + p.working());
            y[i] = Amounts.toBtc(p.total());
            shadow[i] = p.shadowSharePercent();
        }
        return new CompositionLines(new LineData(x, s), new LineData(x, w), new LineData(x, y), new LineData(x, shadow));
    }
}
