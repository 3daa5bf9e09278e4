package org.umbra.ui.risk;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.umbra.analytics.risk.Component;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.ui.chartview.ScreenLayout;

/** The Risk screen: the score with its bands, and the points each component adds to it, stacked. */
final class RiskLayout implements ScreenLayout {
    static final String SCORE_PANE = "score";
    static final String PARTS_PANE = "parts";
    static final String SCORE = "risk:score";

    /** Colour per component (Okabe–Ito and two greys), in Component order. */
    private static final String[] COLORS = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999",
            "#5e5e5e"};

    private final RiskLoader loader;

    RiskLayout(RiskLoader loader) {
        this.loader = loader;
    }

    static String key(Component c) {
        return "risk:" + c.id();
    }

    static String color(Component c) {
        return COLORS[c.ordinal() % COLORS.length];
    }

    @Override
    public double[] fixedRange(String pane) {
        return pane.equals(SCORE_PANE) ? new double[] {0, 100} : null;
    }

    @Override
    public String title() {
        return "Risk";
    }

    @Override
    public List<PaneSpec> panes() {
        List<LineSpec> parts = new ArrayList<>();
        Component[] all = Component.values();
        // Running sums, lowest band first: ChartFX paints a renderer's datasets last to first, so the first
        // (smallest) band lands on top of the taller ones and every band shows.
        for (Component c : all) {
            parts.add(LineSpec.area(key(c), c.label(), color(c)));
        }
        return List.of(
                new PaneSpec(SCORE_PANE, "Risk score", "0-100", null, null,
                        List.of(new LineSpec(SCORE, "Score", "#f7931a", false, false)), 25.0,
                        "bands: calm < 25 · neutral < 50 · elevated < 75 · overheated", false).withMoreReferences(50.0, 75.0),
                new PaneSpec(PARTS_PANE, "Contribution", "points", null, null, parts, null, null, false));
    }

    @Override
    public String emptyText(String pane) {
        return "No risk score for " + loader.asset() + " yet: it needs at least half of its inputs' weight (open interest with a"
                + " year of history, funding, price, long/short...). Collect for a while, or import the Binance archive (File menu).";
    }

    @Override
    public String format(String pane, double v) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v) + (pane.equals(SCORE_PANE) ? "" : " pts");
    }
}
