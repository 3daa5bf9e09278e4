package org.umbra.ui.venues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.marketdata.Venue;
import org.umbra.ui.VenueColors;
import org.umbra.ui.chartview.ScreenLayout;

/** The Venues screen's chart: each venue's share of open interest, stacked to 100 %. */
final class VenuesLayout implements ScreenLayout {
    static final String SHARE = "share";
    static final String SPEND = "spend";
    static final String SPEND_TOTAL = "spend:total";

    private final VenuesLoader loader;

    VenuesLayout(VenuesLoader loader) {
        this.loader = loader;
    }

    @Override
    public String title() {
        return "Venues";
    }

    @Override
    public List<PaneSpec> panes() {
        List<LineSpec> bands = new ArrayList<>();
        // Running sums, lowest band first: ChartFX paints a renderer's datasets last to first.
        for (Venue v : VenuesLoader.venues()) {
            bands.add(LineSpec.area(VenuesLoader.key(v), v.label(), VenueColors.of(v)));
        }
        return List.of(new PaneSpec(SHARE, "Share of open interest", "%", null, null, bands, null, null, false),
                new PaneSpec(SPEND, "Funding paid per day", "USD", null, null, List.of(
                        new LineSpec(SPEND_TOTAL, "All venues (above zero: longs paid shorts)", "#e69f00", false, false, false, true)), 0.0,
                        "no one pays", false));
    }

    @Override
    public String emptyText(String pane) {
        if (pane.equals(SPEND)) {
            return "Funding paid needs settled rates and the open interest they were paid on: it appears once venues have both.";
        }
        return "No open interest stored for " + loader.asset() + " yet: shares appear once venues have been polled.";
    }

    @Override
    public String format(String pane, double v) {
        if (pane.equals(SPEND)) {
            return org.umbra.ui.chartview.Readouts.compact(v) + " USD";
        }
        return String.format(Locale.ENGLISH, "%.1f %%", v);
    }
}
