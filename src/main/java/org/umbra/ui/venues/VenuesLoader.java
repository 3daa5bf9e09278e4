package org.umbra.ui.venues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.FundingMath;
import org.umbra.analytics.FundingSpend;
import org.umbra.analytics.Grid;
import org.umbra.analytics.OiAggregate;
import org.umbra.analytics.TimeSeries;
import org.umbra.analytics.VenueFunding;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.PerpLine;
import org.umbra.marketdata.Venue;
import org.umbra.store.SeriesInfo;
import org.umbra.ui.chartview.Frame;
import org.umbra.ui.chartview.Frame.LineOrigin;
import org.umbra.ui.chartview.FrameLoader;
import org.umbra.ui.chartview.Lines;
import org.umbra.ui.chartview.StackedBands;

/**
 * Each venue's share of the asset's open interest over time (one-sided OI in USD, 100 % stacked) and
 * the table of venues as they stand at the end of the range.
 */
final class VenuesLoader implements FrameLoader {
    private static final long MINUTE = 60_000L;

    private final MarketFigures figures;
    private volatile Asset asset = Asset.BTC;
    private volatile List<VenueRow> rows = List.of();

    VenuesLoader(MarketFigures figures) {
        this.figures = figures;
    }

    Asset asset() {
        return asset;
    }

    void setAsset(Asset asset) {
        this.asset = asset;
    }

    /** The table of the last load. */
    List<VenueRow> rows() {
        return rows;
    }

    static List<Venue> venues() {
        return java.util.Arrays.stream(Venue.values()).filter(Venue::perpetual).toList();
    }

    static String key(Venue v) {
        return "share:" + v.id();
    }

    @Override
    public Optional<long[]> extent() {
        return figures.reader().catalog().extent(asset);
    }

    @Override
    public Frame load(long from, long to, int buckets) {
        Asset a = asset;
        MarketCatalog catalog = figures.reader().catalog();
        Grid grid = Grid.forColumns(from, to, buckets, MINUTE);
        Map<PerpLine, TimeSeries> oiUsd = figures.reader().readAll(catalog, a, Metric.OPEN_INTEREST_USD, grid.from() - MarketFigures.carryFor(grid), to,
                grid.stepMs());
        Map<Venue, TimeSeries> byVenue = MarketFigures.oiByVenue(oiUsd, grid);
        OiAggregate total = MarketFigures.total(byVenue, grid);
        Map<String, TimeSeries> shares = total.shares();
        Map<String, LineData> lines = new LinkedHashMap<>();
        Map<String, LineOrigin> info = new LinkedHashMap<>();
        Map<String, LineData> readouts = new LinkedHashMap<>();
        StackedBands stack = StackedBands.coveredWhereDefined(total.total().values());
        for (Venue v : venues()) {
            TimeSeries share = shares.get(v.id());
            if (share == null) {
                lines.put(key(v), LineData.EMPTY);
                continue;
            }
            lines.put(key(v), Lines.grid(grid.series(stack.add(share.values(), 100.0)), 1.0));
            readouts.put(key(v), Lines.grid(share, 100.0));
            info.put(key(v), LineOrigin.undated("share of one-sided OI in USD"));
        }
        spend(catalog, a, oiUsd, from, to, lines, info);
        rows = table(catalog, a, to);
        return new Frame(from, to, lines, info, readouts);
    }

    /**
     * What longs paid shorts (or shorts paid longs, below zero) per UTC day, over every contract: each
     * settled rate times the contract's one-sided OI in USD at that settlement.
     */
    private void spend(MarketCatalog catalog, Asset a, Map<PerpLine, TimeSeries> oiUsd, long from, long to, Map<String, LineData> lines,
            Map<String, LineOrigin> info) {
        Map<String, VenueFunding> rates = new LinkedHashMap<>();
        Map<String, TimeSeries> weights = new LinkedHashMap<>();
        figures.funding(catalog, a, from, to).forEach((line, f) -> {
            if (oiUsd.containsKey(line)) {
                rates.put(line.key(), f);
                weights.put(line.key(), oiUsd.get(line));
            }
        });
        TimeSeries daily = rates.isEmpty() ? TimeSeries.EMPTY
                : FundingSpend.of(rates, weights, MarketFigures.OI_MAX_CARRY_MS).dailyTotal().slice(from - 24 * 3_600_000L, to);
        lines.put(VenuesLayout.SPEND_TOTAL, Lines.grid(daily, 1.0));
        if (!daily.isEmpty()) {
            info.put(VenuesLayout.SPEND_TOTAL, LineOrigin.undated(rates.size() + " contracts with rates and OI, per UTC day"));
        }
    }

    /** Each venue at {@code at}: its newest figures at or before then. */
    List<VenueRow> table(MarketCatalog catalog, Asset a, long at) {
        MarketDataReader reader = figures.reader();
        long since = at - 2 * 24 * 3_600_000L;
        List<VenueRow> out = new ArrayList<>();
        Map<Venue, double[]> latest = new LinkedHashMap<>();
        double sum = 0;
        for (Venue v : venues()) {
            List<PerpLine> lines = catalog.lines(a).stream().filter(l -> l.venue() == v && !l.allContractsOfCoin()).toList();
            double coin = 0;
            double usd = 0;
            long asOf = -1;
            for (PerpLine line : lines) {
                TimeSeries c = reader.read(catalog, line, Metric.OPEN_INTEREST_COIN, since, at);
                TimeSeries u = reader.read(catalog, line, Metric.OPEN_INTEREST_USD, since, at);
                if (!u.isEmpty()) {
                    usd += u.values()[u.size() - 1];
                    asOf = Math.max(asOf, u.lastTs());
                }
                if (!c.isEmpty()) {
                    coin += c.values()[c.size() - 1];
                }
            }
            if (asOf >= 0) {
                latest.put(v, new double[] {coin, usd, asOf});
                sum += usd;
            }
        }
        Map<PerpLine, VenueFunding> funding = figures.funding(catalog, a, at - 7 * 24 * 3_600_000L, at);
        for (Venue v : venues()) {
            Optional<MarketFigures.LatestFunding> newest = MarketFigures.latestFunding(funding, v);
            double[] oi = latest.get(v);
            if (oi == null && newest.isEmpty()) {
                continue;
            }
            double settled = newest.map(MarketFigures.LatestFunding::annualisedPercent).orElse(Double.NaN);
            long interval = newest.map(MarketFigures.LatestFunding::intervalSeconds).orElse(-1L);
            String contracts = String.join(" + ", catalog.lines(a).stream().filter(l -> l.venue() == v && !l.allContractsOfCoin())
                    .map(PerpLine::instrument).toList());
            double predicted = predicted(catalog, a, v, at);
            out.add(new VenueRow(v, contracts, oi == null ? Double.NaN : oi[0], oi == null ? Double.NaN : oi[1],
                    oi == null || sum <= 0 ? Double.NaN : oi[1] / sum, settled, predicted, interval,
                    interval > 0 ? VenueRow.nextSettlement(at, interval) : -1, oi == null ? -1 : (long) oi[2]));
        }
        return out;
    }

    /** The venue's newest predicted rate (main contract), annualised with its series' interval. */
    private double predicted(MarketCatalog catalog, Asset a, Venue v, long at) {
        List<PerpLine> lines = catalog.lines(a, Metric.FUNDING_RATE_PREDICTED).stream().filter(l -> l.venue() == v).toList();
        if (lines.isEmpty()) {
            return Double.NaN;
        }
        PerpLine main = MarketFigures.preferred(lines);
        List<SeriesInfo> series = catalog.series(main, Metric.FUNDING_RATE_PREDICTED);
        SeriesInfo newest = series.stream().max(java.util.Comparator.comparingLong(SeriesInfo::lastTs)).orElseThrow();
        TimeSeries s = figures.reader().read(catalog, main, Metric.FUNDING_RATE_PREDICTED, at - 24 * 3_600_000L, at);
        return s.isEmpty() ? Double.NaN : FundingMath.annualisedPercent(s.values()[s.size() - 1], newest.spec().intervalSeconds());
    }
}
