package org.umbra.ui.compare;

import java.util.List;
import org.umbra.analytics.FundingMath;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.market.Metric;
import org.umbra.market.binance.BinanceFuturesSource;
import org.umbra.market.bundled.BundledHistory;

/**
 * What the Compare view draws, BTC against ETH on one time axis: price; open interest over all venues
 * as a change since the range starts; funding annualised with the 10.95 % baseline; premium; and the
 * ETH/BTC ratio. Price and funding lines each come from stored series (below): where a figure exists
 * from several sources the first listed in its group wins where it has data and the others fill the rest (live Binance, then bundled 8 h history, then bundled
 * daily means), each drawn and labelled as itself: bundled history is dashed.
 */
public final class CompareLayout implements org.umbra.ui.chartview.ScreenLayout {
    static final String BTC = "#f7931a";
    static final String ETH = "#8f9cff";

    /** How a stored value becomes a drawn one. */
    enum Transform {
        IDENTITY, BILLIONS, ANNUALISED_PERCENT
    }

    /** One drawn dataset: its chart line and the stored series behind it. */
    public record Source(LineSpec line, String group, String source, String instrument, Metric metric, Transform transform, String origin) {
    }

    static final String PRICE = "price";
    static final String OI = "oi";
    static final String FUNDING = "funding";
    static final String PREMIUM = "premium";
    static final String RATIO = "ratio";

    /** Lines computed across venues rather than read from one stored series. */
    static final String BTC_OI_CHANGE = "btc-oi-change";
    static final String ETH_OI_CHANGE = "eth-oi-change";
    static final String BTC_PREMIUM = "btc-premium";
    static final String ETH_PREMIUM = "eth-premium";
    static final String ETH_BTC = "eth-btc";
    static final String INDEX = "deriv-index";

    static final List<Source> SOURCES = List.of(
            live("btc-mark", "BTC mark price", BTC, false, "btc-price", "BTCUSDT", Metric.MARK_PRICE, Transform.IDENTITY),
            bundled("btc-close", "BTC daily close", BTC, false, "btc-price", "BTC-USD", Metric.PRICE_CLOSE, Transform.IDENTITY),
            live("eth-mark", "ETH mark price", ETH, true, "eth-price", "ETHUSDT", Metric.MARK_PRICE, Transform.IDENTITY),
            live("btc-funding", "BTC funding", BTC, false, "btc-funding", "BTCUSDT", Metric.FUNDING_RATE, Transform.ANNUALISED_PERCENT),
            bundled("btc-funding-8h", "BTC funding", BTC, false, "btc-funding", "binance/BTCUSDT", Metric.FUNDING_RATE,
                    Transform.ANNUALISED_PERCENT),
            bundled("btc-funding-daily", "BTC funding, daily mean", BTC, false, "btc-funding", "binance/BTCUSDT",
                    Metric.FUNDING_RATE_DAILY_MEAN, Transform.ANNUALISED_PERCENT),
            live("eth-funding", "ETH funding", ETH, false, "eth-funding", "ETHUSDT", Metric.FUNDING_RATE, Transform.ANNUALISED_PERCENT),
            bundled("eth-funding-8h", "ETH funding", ETH, false, "eth-funding", "binance/ETHUSDT", Metric.FUNDING_RATE,
                    Transform.ANNUALISED_PERCENT));

    @Override
    public boolean logAllowed(String pane) {
        return pane.equals(PRICE);
    }

    @Override
    public String title() {
        return "Compare · BTC vs ETH";
    }

    @Override
    public String format(String pane, double v) {
        java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH);
        return switch (pane) {
            case OI -> new java.text.DecimalFormat("+#,##0.0;-#,##0.0", sym).format(v) + " %";
            case PREMIUM -> new java.text.DecimalFormat("+0.000;-0.000", sym).format(v) + " %";
            case RATIO -> v > 1 ? new java.text.DecimalFormat("0.0", sym).format(v) : new java.text.DecimalFormat("0.00000", sym).format(v) + " BTC";
            case FUNDING -> org.umbra.ui.chartview.Readouts.funding(v);
            default -> new java.text.DecimalFormat(v >= 1000 ? "#,##0" : "#,##0.00", sym).format(v) + " USD";
        };
    }

    @Override
    public List<PaneSpec> panes() {
        return List.of(
                new PaneSpec(PRICE, "BTC", "USD", "ETH", "USD", lines("price"), null, null, false),
                new PaneSpec(OI, "OI change in range", "%", null, null, List.of(
                        new LineSpec(BTC_OI_CHANGE, "BTC open interest", BTC, false, false),
                        new LineSpec(ETH_OI_CHANGE, "ETH open interest", ETH, false, false)), 0.0, "where the range starts", false),
                new PaneSpec(FUNDING, "Funding, annualised", "%", null, null, lines("funding"),
                        FundingMath.BASELINE_ANNUALISED_PERCENT, "baseline 0.01 % / 8 h = 10.95 %/yr", true),
                new PaneSpec(PREMIUM, "Premium", "%", null, null, List.of(
                        new LineSpec(BTC_PREMIUM, "BTC premium", BTC, false, false),
                        new LineSpec(ETH_PREMIUM, "ETH premium", ETH, false, false)), 0.0, "mark = index", false),
                new PaneSpec(RATIO, "ETH/BTC", "BTC", "Index", "= 100", List.of(
                        new LineSpec(ETH_BTC, "ETH/BTC", ETH, false, false),
                        new LineSpec(INDEX, "Derivatives price index (right axis)", "#9e9e9e", false, true)), null, null, false));
    }

    @Override
    public String emptyText(String pane) {
        return switch (pane) {
            case OI -> "No open interest stored yet. Venues serve from 30 days (Binance) to years (Bybit) of it; Umbra backfills"
                    + " what each serves on the first successful poll and keeps every point from then on.";
            case PREMIUM -> "No premium stored yet: it is recorded from each venue's mark and index price as Umbra polls.";
            case RATIO -> "No ETH/BTC price stored yet: Binance spot (ETHBTC) and Coinbase (ETH-BTC) are backfilled on the first poll.";
            case FUNDING -> "No funding rates stored yet. The first successful poll backfills Binance funding since 2019.";
            default -> "No prices stored yet. The first successful poll backfills Binance mark prices since 2019.";
        };
    }

    /** The pane a source is drawn on. */
    static String paneOf(Source s) {
        return s.group().substring(s.group().indexOf('-') + 1).replace("mark", "price");
    }

    private static List<LineSpec> lines(String pane) {
        return SOURCES.stream().filter(s -> paneOf(s).equals(pane)).map(Source::line).toList();
    }

    private static Source live(String key, String label, String color, boolean right, String group, String instrument, Metric metric,
            Transform t) {
        return new Source(new LineSpec(key, label, color, false, right), group, BinanceFuturesSource.ID, instrument, metric, t,
                "Binance");
    }

    private static Source bundled(String key, String label, String color, boolean right, String group, String instrument,
            Metric metric, Transform t) {
        return new Source(new LineSpec(key, label, color, true, right), group, BundledHistory.SOURCE_ID, instrument, metric, t,
                "bundled history");
    }
}
