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
        return List.of(new PaneSpec(SHARE, "Share of open interest", "%", null, null, bands, null, null, false));
    }

    @Override
    public String emptyText(String pane) {
        return "No open interest stored for " + loader.asset() + " yet: shares appear once venues have been polled.";
    }

    @Override
    public String format(String pane, double v) {
        return String.format(Locale.ENGLISH, "%.1f %%", v);
    }
}
