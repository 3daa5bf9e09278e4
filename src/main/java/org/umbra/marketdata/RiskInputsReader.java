package org.umbra.marketdata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.FundingMath;
import org.umbra.analytics.Grid;
import org.umbra.analytics.TimeSeries;
import org.umbra.analytics.VenueFunding;
import org.umbra.analytics.risk.RiskInputs;
import org.umbra.market.Asset;
import org.umbra.market.Metric;

/**
 * Builds the risk score's inputs from the store on an hourly grid, as docs/risk-score.md describes:
 * spot price (a perpetual's mark where no spot is stored), open interest over every venue in USD,
 * OI-weighted funding (the main venue's rate where no OI is stored), the main venue's long/short ratio
 * and premium, liquidations where recorded. The same reader serves
 * {@code umbra risk} and the Risk view, so both print the same number for the same time.
 */
public final class RiskInputsReader {
    public static final long STEP_MS = 3_600_000L;
    /** The model looks back a year (plus slack for its 90 % coverage rule and the 48 h validity). */
    public static final long LOOKBACK_MS = 400L * 24 * 3_600_000L;

    private final MarketFigures figures;

    public RiskInputsReader(MarketFigures figures) {
        this.figures = figures;
    }

    /**
     * What "now" means for a score, never the wall clock: the newest stored open interest, settled
     * funding or mark price of the asset's contracts (a spot or daily history that runs on past them
     * would score a time with nothing else to score).
     */
    public Optional<Long> latest(MarketCatalog catalog, Asset asset) {
        Long newest = null;
        for (Metric m : List.of(Metric.OPEN_INTEREST_USD, Metric.FUNDING_RATE, Metric.MARK_PRICE)) {
            long[] e = catalog.extent(catalog.lines(asset, m), m);
            if (e != null && (newest == null || e[1] > newest)) {
                newest = e[1];
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Inputs able to score any time in [from, to]. */
    public RiskInputs read(MarketCatalog catalog, Asset asset, long from, long to) {
        MarketDataReader reader = figures.reader();
        long start = Math.floorDiv(from - LOOKBACK_MS, STEP_MS) * STEP_MS;
        Grid grid = new Grid(start, to, STEP_MS);
        long readFrom = start - MarketFigures.carryFor(grid);

        // Hourly rollups: the last point at or before each whole hour is the raw one, so the grid's OI is exact.
        Map<PerpLine, TimeSeries> oiUsd = reader.readAll(catalog, asset, Metric.OPEN_INTEREST_USD, readFrom, to, STEP_MS);
        TimeSeries totalOi = MarketFigures.total(MarketFigures.oiByVenue(oiUsd, grid), grid).total();
        Map<PerpLine, VenueFunding> rates = figures.funding(catalog, asset, readFrom - 24 * 3_600_000L, to);
        TimeSeries funding = withMainVenueFallback(MarketFigures.oiWeighted(rates, oiUsd, grid).annualisedPercent(), rates, grid);
        TimeSeries price = spotThenMark(reader.spot(catalog, asset, false, readFrom, to, MarketDataReader.RAW), main(catalog, asset, Metric.MARK_PRICE, readFrom, to));
        return RiskInputs.empty(asset)
                .withPriceUsd(price)
                .withOiUsd(withoutGaps(totalOi))
                .withFundingAnnualPct(withoutGaps(funding))
                .withLongShortRatio(main(catalog, asset, Metric.LONG_SHORT_ACCOUNTS, readFrom, to))
                .withPremium(main(catalog, asset, Metric.PREMIUM, readFrom, to))
                .withLiquidations(figures.liquidations(catalog, asset, Metric.LIQUIDATIONS_LONG_USD, grid),
                        figures.liquidations(catalog, asset, Metric.LIQUIDATIONS_SHORT_USD, grid));
    }

    /**
     * The OI-weighted rate where some venue has OI; elsewhere the main venue's settled rate in force,
     * annualised with its own interval (older funding history has no OI to weigh it by).
     */
    static TimeSeries withMainVenueFallback(TimeSeries weighted, Map<PerpLine, VenueFunding> rates, Grid grid) {
        if (rates.isEmpty()) {
            return weighted;
        }
        VenueFunding main = rates.get(MarketFigures.preferred(List.copyOf(rates.keySet())));
        double[] v = weighted.values().clone();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                int k = main.indexInForce(grid.at(i));
                if (k >= 0) {
                    v[i] = FundingMath.annualisedPercent(main.rates()[k], main.intervalSeconds()[k]);
                }
            }
        }
        return new TimeSeries(weighted.timestamps(), v);
    }

    /** Spot where stored; the perpetual's mark before and after the spot history. */
    static TimeSeries spotThenMark(TimeSeries spot, TimeSeries mark) {
        if (spot.isEmpty() || mark.isEmpty()) {
            return spot.isEmpty() ? mark : spot;
        }
        TimeSeries before = mark.slice(Long.MIN_VALUE, spot.firstTs() - 1);
        TimeSeries after = mark.slice(spot.lastTs() + 1, Long.MAX_VALUE);
        return MarketDataReader.concat(List.of(before, spot, after).stream().filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The main venue's series of a metric, its gaps (before its history starts, say) filled from the next
     * venues in the fixed order: Binance keeps 30 days of long/short ratios, Bybit years.
     */
    private TimeSeries main(MarketCatalog catalog, Asset asset, Metric metric, long from, long to) {
        List<PerpLine> lines = new java.util.ArrayList<>(catalog.lines(asset, metric));
        lines.sort(java.util.Comparator.comparing((PerpLine l) -> l.equals(MarketFigures.preferred(lines)) ? 0 : 1)
                .thenComparing(PerpLine::venue).thenComparing(PerpLine::instrument));
        List<TimeSeries> read = new java.util.ArrayList<>();
        List<org.umbra.analytics.Coverage.Span> extents = new java.util.ArrayList<>();
        for (PerpLine line : lines) {
            TimeSeries s = figures.reader().read(catalog, line, metric, from, to);
            read.add(s);
            extents.add(s.isEmpty() ? null : new org.umbra.analytics.Coverage.Span(s.firstTs(), s.lastTs()));
        }
        List<List<org.umbra.analytics.Coverage.Span>> spans = org.umbra.analytics.Coverage.assign(extents);
        List<TimeSeries> kept = new java.util.ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            var p = org.umbra.analytics.Coverage.keep(read.get(i).timestamps(), read.get(i).values(), spans.get(i));
            if (p.size() > 0) {
                kept.add(new TimeSeries(p.timestamps(), p.values()));
            }
        }
        return MarketDataReader.concat(kept);
    }

    /** Grid times with no value are left out: the model treats a missing point as absent, not as a NaN value. */
    public static TimeSeries withoutGaps(TimeSeries s) {
        int n = 0;
        for (double v : s.values()) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        long[] t = new long[n];
        double[] v = new double[n];
        int m = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.values()[i])) {
                t[m] = s.timestamps()[i];
                v[m] = s.values()[i];
                m++;
            }
        }
        return new TimeSeries(t, v);
    }
}
