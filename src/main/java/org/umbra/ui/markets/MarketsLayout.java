package org.umbra.ui.markets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.umbra.analytics.FundingMath;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.marketdata.Venue;
import org.umbra.ui.VenueColors;
import org.umbra.ui.chartview.Readouts;
import org.umbra.ui.chartview.ScreenLayout;

/**
 * The Markets screen for one asset: price; open interest by venue as a stacked area with the
 * aggregate and CME's weekly figure on its own axis; funding per venue and OI-weighted, annualised,
 * with the 10.95 % baseline; premium; long/short account ratios; liquidations where recorded.
 */
final class MarketsLayout implements ScreenLayout {
    static final String PRICE = "price";
    static final String OI = "oi";
    static final String FUNDING = "funding";
    static final String PREMIUM = "premium";
    static final String LONG_SHORT = "ls";
    static final String LIQUIDATIONS = "liq";

    static final String SPOT = "price:spot";
    static final String MARK = "price:mark";
    static final String OI_TOTAL = "oi:total";
    static final String OI_CME = "oi:cme";
    static final String FUNDING_OI_WEIGHTED = "funding:oiw";
    static final String FLIPS = "funding:flips";
    static final String CARRY = "funding:carry";
    static final String DISCOUNTS = "premium:discounts";
    static final String BASIS = "premium:basis";
    static final String LIQ_LONG = "liq:long";
    static final String LIQ_SHORT = "liq:short";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private final MarketsLoader loader;

    MarketsLayout(MarketsLoader loader) {
        this.loader = loader;
    }

    static String oiKey(Venue v) {
        return "oi:" + v.id();
    }

    static String fundingKey(Venue v) {
        return "funding:" + v.id();
    }

    static String premiumKey(Venue v) {
        return "premium:" + v.id();
    }

    static String longShortKey(Venue v) {
        return "ls:" + v.id();
    }

    static List<Venue> perpVenues() {
        return java.util.Arrays.stream(Venue.values()).filter(Venue::perpetual).toList();
    }

    @Override
    public boolean logAllowed(String pane) {
        return pane.equals(PRICE);
    }

    @Override
    public String title() {
        return "Markets";
    }

    @Override
    public List<PaneSpec> panes() {
        List<LineSpec> oi = new ArrayList<>();
        // Bands are running sums, lowest first: ChartFX paints a renderer's datasets last to first, so each
        // lower band lands on top of the taller ones and every band shows.
        for (Venue v : perpVenues()) {
            oi.add(LineSpec.area(oiKey(v), v.label(), VenueColors.of(v)));
        }
        oi.add(new LineSpec(OI_TOTAL, "All venues", VenueColors.AGGREGATE, false, false));
        oi.add(new LineSpec(OI_CME, "CME (weekly, right axis)", VenueColors.of(Venue.CME), false, true, false, true));

        List<LineSpec> funding = new ArrayList<>();
        List<LineSpec> premium = new ArrayList<>();
        List<LineSpec> longShort = new ArrayList<>();
        for (Venue v : perpVenues()) {
            funding.add(new LineSpec(fundingKey(v), v.label(), VenueColors.of(v), false, false));
            premium.add(new LineSpec(premiumKey(v), v.label(), VenueColors.of(v), false, false));
            longShort.add(new LineSpec(longShortKey(v), v.label(), VenueColors.of(v), false, false));
        }
        funding.add(new LineSpec(FUNDING_OI_WEIGHTED, "OI-weighted", VenueColors.AGGREGATE, false, false));
        funding.add(new LineSpec(CARRY, "Carry over the benchmark rate", VenueColors.AGGREGATE, true, false));
        funding.add(LineSpec.markers(FLIPS, "Sign flips (main venue)", "#ff4d4d"));
        premium.add(new LineSpec(BASIS, "Spot-perp basis", VenueColors.AGGREGATE, true, false));
        premium.add(LineSpec.markers(DISCOUNTS, "Discount episodes (deepest point)", "#ff4d4d"));
        String unit = loader.oiUnitLabel();
        return List.of(
                new PaneSpec(PRICE, "Price", "USD", null, null, List.of(
                        new LineSpec(SPOT, "Spot", VenueColors.AGGREGATE, false, false),
                        new LineSpec(MARK, "Perp mark", VenueColors.of(Venue.BINANCE), false, false)), null, null, false),
                new PaneSpec(OI, "Open interest", unit, "CME", unit, oi, null, null, false),
                new PaneSpec(FUNDING, "Funding, annualised", "%", null, null, funding,
                        FundingMath.BASELINE_ANNUALISED_PERCENT, "baseline 0.01 % / 8 h = 10.95 %/yr", true),
                new PaneSpec(PREMIUM, "Premium", "%", null, null, premium, 0.0, "mark = index", false),
                new PaneSpec(LONG_SHORT, "Long/short", "accounts", null, null, longShort, 1.0, "as many long as short", false),
                new PaneSpec(LIQUIDATIONS, "Liquidations", "USD", null, null, List.of(
                        LineSpec.area(LIQ_LONG, "Longs liquidated", "#d55e00"),
                        LineSpec.area(LIQ_SHORT, "Shorts liquidated (below zero)", "#0072b2")), null, null, false));
    }

    @Override
    public String emptyText(String pane) {
        return switch (pane) {
            case OI -> "No open interest stored for " + loader.asset() + " yet. Venues serve from 30 days (Binance) to years (Bybit) of it;"
                    + " the first successful poll of each venue backfills what it serves, and Umbra keeps every point from then on.";
            case FUNDING -> "No funding rates stored yet. The first successful poll backfills each venue's funding history.";
            case PREMIUM -> "No premium stored yet: it is recorded from each venue's mark and index price as Umbra polls.";
            case LONG_SHORT -> "No long/short ratios stored yet (Binance, Bybit and OKX publish them; Binance keeps only 30 days).";
            case LIQUIDATIONS -> "No liquidations recorded yet. OKX publishes the last day of them; Umbra records them as they come.";
            default -> "No prices stored yet. Spot and perpetual prices are backfilled on the first successful poll.";
        };
    }

    @Override
    public String format(String pane, double v) {
        return switch (pane) {
            case OI -> Readouts.compact(v) + " " + loader.oiUnitLabel();
            case FUNDING -> Readouts.funding(v);
            case PREMIUM -> new DecimalFormat("+0.000;-0.000", SYMBOLS).format(v) + " %";
            case LONG_SHORT -> new DecimalFormat("0.00", SYMBOLS).format(v);
            case LIQUIDATIONS -> Readouts.compact(Math.abs(v)) + " USD";
            default -> new DecimalFormat(v >= 1000 ? "#,##0" : "#,##0.00", SYMBOLS).format(v) + " USD";
        };
    }
}
