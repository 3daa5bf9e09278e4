package org.umbra.ui.compare;

import java.util.List;
import org.umbra.analytics.FundingMath;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.market.Metric;
import org.umbra.market.binance.BinanceFuturesSource;
import org.umbra.market.bundled.BundledHistory;

/**
 * What the Compare view draws: three panes on one time axis (price; open interest in USD; funding
 * annualised with the 10.95 % baseline), BTC against ETH, and for each line the stored series it
 * comes from. Where a figure exists from several sources the first listed in its group wins where it
 * has data and the others fill the rest (live Binance, then bundled 8 h history, then bundled
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

    static final List<Source> SOURCES = List.of(
            live("btc-mark", "BTC mark price", BTC, false, "btc-price", "BTCUSDT", Metric.MARK_PRICE, Transform.IDENTITY),
            bundled("btc-close", "BTC daily close", BTC, false, "btc-price", "BTC-USD", Metric.PRICE_CLOSE, Transform.IDENTITY),
            live("eth-mark", "ETH mark price", ETH, true, "eth-price", "ETHUSDT", Metric.MARK_PRICE, Transform.IDENTITY),
            live("btc-oi", "BTC open interest", BTC, false, "btc-oi", "BTCUSDT", Metric.OPEN_INTEREST_USD, Transform.BILLIONS),
            live("eth-oi", "ETH open interest", ETH, false, "eth-oi", "ETHUSDT", Metric.OPEN_INTEREST_USD, Transform.BILLIONS),
            live("btc-funding", "BTC funding", BTC, false, "btc-funding", "BTCUSDT", Metric.FUNDING_RATE, Transform.ANNUALISED_PERCENT),
            bundled("btc-funding-8h", "BTC funding", BTC, false, "btc-funding", "binance/BTCUSDT", Metric.FUNDING_RATE,
                    Transform.ANNUALISED_PERCENT),
            bundled("btc-funding-daily", "BTC funding, daily mean", BTC, false, "btc-funding", "binance/BTCUSDT",
                    Metric.FUNDING_RATE_DAILY_MEAN, Transform.ANNUALISED_PERCENT),
            live("eth-funding", "ETH funding", ETH, false, "eth-funding", "ETHUSDT", Metric.FUNDING_RATE, Transform.ANNUALISED_PERCENT),
            bundled("eth-funding-8h", "ETH funding", ETH, false, "eth-funding", "binance/ETHUSDT", Metric.FUNDING_RATE,
                    Transform.ANNUALISED_PERCENT));

    @Override
    public String title() {
        return "Compare · BTC vs ETH";
    }

    @Override
    public String format(String pane, double v) {
        java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH);
        return switch (pane) {
            case OI -> new java.text.DecimalFormat("#,##0.00", sym).format(v) + " bn USD";
            case FUNDING -> new java.text.DecimalFormat("+#,##0.00;-#,##0.00", sym).format(v) + " %/yr";
            default -> new java.text.DecimalFormat(v >= 1000 ? "#,##0" : "#,##0.00", sym).format(v) + " USD";
        };
    }

    @Override
    public List<PaneSpec> panes() {
        return List.of(
                new PaneSpec(PRICE, "BTC", "USD", "ETH", "USD", lines("price"), null, null, false),
                new PaneSpec(OI, "Open interest", "bn USD", null, null, lines("oi"), null, null, false),
                new PaneSpec(FUNDING, "Funding, annualised", "%", null, null, lines("funding"),
                        FundingMath.BASELINE_ANNUALISED_PERCENT, "baseline 0.01 % / 8 h = 10.95 %/yr", true));
    }

    @Override
    public String emptyText(String pane) {
        return switch (pane) {
            case OI -> "No open interest stored yet. Binance serves only the last 30 days of it; Umbra backfills those"
                    + " on the first successful poll and keeps every point from then on.";
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
