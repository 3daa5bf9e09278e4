package org.umbra.ui.markets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.FundingAggregate;
import org.umbra.analytics.Carry;
import org.umbra.analytics.DiscountEpisodes;
import org.umbra.analytics.Grid;
import org.umbra.analytics.SignFlips;
import org.umbra.analytics.OiAggregate;
import org.umbra.analytics.Premium;
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
import org.umbra.ui.chartview.Frame;
import org.umbra.ui.chartview.Frame.LineOrigin;
import org.umbra.ui.chartview.FrameLoader;
import org.umbra.ui.chartview.Lines;
import org.umbra.ui.chartview.StackedBands;

/**
 * Reads and computes what the Markets screen draws for one asset: every venue on one time grid
 * (a column per pixel or so), open interest made one-sided and summed with bounded carry-forward,
 * funding annualised per its own interval and weighted by each contract's OI in USD.
 */
final class MarketsLoader implements FrameLoader {
    static final long MINUTE = 60_000L;

    private final MarketDataReader reader;
    private final MarketFigures figures;
    private volatile Asset asset = Asset.BTC;
    private volatile boolean usd = true;
    private volatile double benchmarkPercent = 4.5;
    private volatile long discountMinMs = 2 * 3_600_000L;

    MarketsLoader(MarketFigures figures) {
        this.figures = figures;
        this.reader = figures.reader();
    }

    Asset asset() {
        return asset;
    }

    void setAsset(Asset asset) {
        this.asset = asset;
    }

    boolean usd() {
        return usd;
    }

    void setUsd(boolean usd) {
        this.usd = usd;
    }

    /** The dollar rate carry is measured against (%/yr) and how long a discount must last to be an event. */
    void setAnalysis(double benchmarkPercent, long discountMinMs) {
        this.benchmarkPercent = benchmarkPercent;
        this.discountMinMs = discountMinMs;
    }

    String oiUnitLabel() {
        return usd ? "USD" : asset.name();
    }

    @Override
    public Optional<long[]> extent() {
        return reader.catalog().extent(asset);
    }

    @Override
    public Frame load(long from, long to, int buckets) {
        Asset a = asset;
        boolean inUsd = usd;
        MarketCatalog catalog = reader.catalog();
        Grid grid = Grid.forColumns(from, to, buckets, MINUTE);
        long readFrom = from - MarketFigures.carryFor(grid);
        Map<String, LineData> lines = new LinkedHashMap<>();
        Map<String, LineOrigin> info = new LinkedHashMap<>();
        Map<String, LineData> readouts = new LinkedHashMap<>();

        // Read at the grid's resolution: rollups, not years of raw minutes (what the grid samples is unchanged).
        Map<PerpLine, TimeSeries> oiUsd = reader.readAll(catalog, a, Metric.OPEN_INTEREST_USD, readFrom, to, grid.stepMs());
        Map<PerpLine, TimeSeries> oi = inUsd ? oiUsd : reader.readAll(catalog, a, Metric.OPEN_INTEREST_COIN, readFrom, to, grid.stepMs());
        openInterest(catalog, a, inUsd, oi, grid, from, to, lines, info, readouts);
        funding(catalog, a, oiUsd, grid, from, to, buckets, lines, info);
        perVenue(catalog, a, Metric.PREMIUM, MarketsLayout::premiumKey, 100.0, from, to, buckets, lines, info);
        discounts(catalog, a, from, to, buckets, lines, info);
        basis(catalog, a, from, to, buckets, lines, info);
        perVenue(catalog, a, Metric.LONG_SHORT_ACCOUNTS, MarketsLayout::longShortKey, 1.0, from, to, buckets, lines, info);
        liquidations(catalog, a, grid, lines, info);
        prices(catalog, a, from, to, buckets, lines, info);
        return new Frame(from, to, lines, info, readouts);
    }

    private void openInterest(MarketCatalog catalog, Asset a, boolean inUsd, Map<PerpLine, TimeSeries> oi, Grid grid, long from,
            long to, Map<String, LineData> lines, Map<String, LineOrigin> info, Map<String, LineData> readouts) {
        Map<Venue, TimeSeries> byVenue = MarketFigures.oiByVenue(oi, grid);
        OiAggregate all = MarketFigures.total(byVenue, grid);
        StackedBands stack = StackedBands.coveredWhereDefined(all.total().values());
        for (Venue v : MarketsLayout.perpVenues()) {
            TimeSeries mine = byVenue.containsKey(v) ? all.byVenue().get(v.id()) : null;
            String key = MarketsLayout.oiKey(v);
            if (mine == null) {
                lines.put(key, LineData.EMPTY);
                continue;
            }
            lines.put(key, Lines.grid(grid.series(stack.add(mine.values(), 1.0)), 1.0));
            readouts.put(key, Lines.grid(mine, 1.0));
            List<PerpLine> venueLines = catalog.lines(a).stream().filter(l -> l.venue() == v && !l.allContractsOfCoin()).toList();
            info.put(key, origin(String.join(" + ", venueLines.stream().map(PerpLine::instrument).toList())
                    + (v.oneSidedFactor() != 1.0 ? ", halved to one side" : v == Venue.HYPERLIQUID ? ", as served (sidedness unverified)" : ""),
                    catalog.extent(venueLines, inUsd ? Metric.OPEN_INTEREST_USD : Metric.OPEN_INTEREST_COIN)));
        }
        lines.put(MarketsLayout.OI_TOTAL, byVenue.isEmpty() ? LineData.EMPTY : Lines.grid(all.total(), 1.0));
        if (!byVenue.isEmpty()) {
            int most = java.util.Arrays.stream(all.venuesCovered()).max().orElse(0);
            info.put(MarketsLayout.OI_TOTAL, LineOrigin.undated("sum of " + (most == 1 ? "1 venue" : "up to " + most + " venues")
                    + ", each carried at most " + MarketFigures.carryFor(grid) / 3_600_000L + " h"));
        }
        cme(catalog, a, inUsd, from, to, lines, info);
    }

    /** CME's weekly OI (standard and micro contracts, each already in coin) as reported, never interpolated. */
    private void cme(MarketCatalog catalog, Asset a, boolean inUsd, long from, long to, Map<String, LineData> lines,
            Map<String, LineOrigin> info) {
        long week = 7 * 24 * 3_600_000L;
        Map<String, TimeSeries> contracts = new LinkedHashMap<>();
        for (PerpLine line : catalog.lines(a, Metric.OPEN_INTEREST_COIN)) {
            if (line.venue() == Venue.CME) {
                contracts.put(line.key(), reader.read(catalog, line, Metric.OPEN_INTEREST_COIN, from - 2 * week, to));
            }
        }
        if (contracts.isEmpty()) {
            lines.put(MarketsLayout.OI_CME, LineData.EMPTY);
            return;
        }
        TimeSeries coin = sumAtReportDates(contracts.values());
        TimeSeries shown = coin;
        if (inUsd) {
            TimeSeries spot = reader.spot(catalog, a, false, from - 2 * week, to, 3_600_000L);
            double[] v = new double[coin.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = coin.values()[i] * spot.valueAt(coin.timestamps()[i], 3 * 24 * 3_600_000L);
            }
            shown = new TimeSeries(coin.timestamps(), v);
        }
        lines.put(MarketsLayout.OI_CME, Lines.grid(shown, 1.0));
        info.put(MarketsLayout.OI_CME, origin("CFTC report, " + contracts.size() + " contract(s) in " + a.name(),
                catalog.extent(catalog.lines(a).stream().filter(l -> l.venue() == Venue.CME).toList(), Metric.OPEN_INTEREST_COIN)));
    }

    /** Sums weekly reports that share their report dates; a date some contract lacks counts what was reported. */
    static TimeSeries sumAtReportDates(java.util.Collection<TimeSeries> parts) {
        java.util.TreeMap<Long, Double> sum = new java.util.TreeMap<>();
        for (TimeSeries p : parts) {
            for (int i = 0; i < p.size(); i++) {
                sum.merge(p.timestamps()[i], p.values()[i], Double::sum);
            }
        }
        return new TimeSeries(sum.keySet().stream().mapToLong(Long::longValue).toArray(),
                sum.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void funding(MarketCatalog catalog, Asset a, Map<PerpLine, TimeSeries> oiUsd, Grid grid, long from, long to,
            int buckets, Map<String, LineData> lines, Map<String, LineOrigin> info) {
        // Read from a day before the range, so the rate in force at its start is known.
        Map<PerpLine, VenueFunding> all = figures.funding(catalog, a, from - 24 * 3_600_000L, to);
        lines.put(MarketsLayout.FLIPS, LineData.EMPTY);
        for (Venue v : MarketsLayout.perpVenues()) {
            String key = MarketsLayout.fundingKey(v);
            List<PerpLine> venueLines = all.keySet().stream().filter(l -> l.venue() == v).toList();
            if (venueLines.isEmpty()) {
                lines.put(key, LineData.EMPTY);
                continue;
            }
            PerpLine line = MarketFigures.preferred(venueLines);
            VenueFunding f = all.get(line);
            long widest = java.util.Arrays.stream(f.intervalSeconds()).max().orElse(28_800) * 1000;
            lines.put(key, Lines.thin(f.annualisedPercent(), from, to, buckets, 3 * Math.max(widest, (to - from) / buckets), 1.0));
            info.put(key, origin(line.instrument() + intervals(f), union(catalog.extent(List.of(line), Metric.FUNDING_RATE),
                    catalog.extent(List.of(line), Metric.FUNDING_RATE_DAILY_MEAN))));
        }
        if (!all.isEmpty()) {
            PerpLine main = MarketFigures.preferred(List.copyOf(all.keySet()));
            flips(main, all.get(main), from, to, buckets, lines, info);
        }
        if (all.isEmpty() || oiUsd.isEmpty()) {
            lines.put(MarketsLayout.FUNDING_OI_WEIGHTED, LineData.EMPTY);
            lines.put(MarketsLayout.CARRY, LineData.EMPTY);
            return;
        }
        FundingAggregate agg = MarketFigures.oiWeighted(all, oiUsd, grid);
        lines.put(MarketsLayout.FUNDING_OI_WEIGHTED, Lines.grid(agg.annualisedPercent(), 1.0));
        double benchmark = benchmarkPercent;
        lines.put(MarketsLayout.CARRY, Lines.grid(Carry.spread(agg.annualisedPercent(), benchmark), 1.0));
        info.put(MarketsLayout.CARRY, LineOrigin.undated(String.format(java.util.Locale.ENGLISH,
                "OI-weighted minus %.2f %%/yr: the basis trade's spread (Settings)", benchmark)));
        int most = java.util.Arrays.stream(agg.venuesCovered()).max().orElse(0);
        info.put(MarketsLayout.FUNDING_OI_WEIGHTED, LineOrigin.undated("weighted by OI in USD, " + (most == 1 ? "1 contract" : "up to " + most + " contracts")));
    }

    /** Each sign flip of the main venue's settled funding: a marker at zero, at the settlement that flipped. */
    private static void flips(PerpLine line, VenueFunding f, long from, long to, int buckets, Map<String, LineData> lines,
            Map<String, LineOrigin> info) {
        long[] at = SignFlips.in(f.raw()).stream().mapToLong(SignFlips.Flip::ts).filter(t -> t >= from && t <= to).toArray();
        lines.put(MarketsLayout.FLIPS, Lines.markers(at, new double[at.length], from, to, buckets));
        if (at.length > 0) {
            info.put(MarketsLayout.FLIPS, LineOrigin.undated(at.length + " in range, " + line.venue().label() + " " + line.instrument()));
        }
    }

    /** The main perpetual's mark against the spot close at the same minute (or hour, in older history). */
    private void basis(MarketCatalog catalog, Asset a, long from, long to, int buckets, Map<String, LineData> lines, Map<String, LineOrigin> info) {
        List<PerpLine> marks = catalog.lines(a, Metric.MARK_PRICE);
        long column = (to - from) / buckets;
        TimeSeries spot = reader.spot(catalog, a, false, from, to, column);
        if (marks.isEmpty() || spot.isEmpty()) {
            lines.put(MarketsLayout.BASIS, LineData.EMPTY);
            return;
        }
        PerpLine main = MarketFigures.preferred(marks);
        // Thinned alike, both keep each bucket's first and last minute: the pairs the basis is taken at.
        TimeSeries basis = Premium.basis(reader.read(catalog, main, Metric.MARK_PRICE, from, to, column), spot, MINUTE);
        lines.put(MarketsLayout.BASIS, Lines.thin(basis, from, to, buckets, 3 * Math.max(3_600_000L, (to - from) / buckets), 100.0));
        if (!basis.isEmpty()) {
            info.put(MarketsLayout.BASIS, LineOrigin.undated(main.venue().label() + " " + main.instrument() + " mark vs spot close"));
        }
    }

    /** Each discount episode of the main venue's premium: a marker at its deepest value, where it began. */
    private void discounts(MarketCatalog catalog, Asset a, long from, long to, int buckets, Map<String, LineData> lines,
            Map<String, LineOrigin> info) {
        List<PerpLine> with = catalog.lines(a, Metric.PREMIUM);
        lines.put(MarketsLayout.DISCOUNTS, LineData.EMPTY);
        if (with.isEmpty()) {
            return;
        }
        PerpLine main = MarketFigures.preferred(with);
        long minimum = discountMinMs;
        // Read a day before, so an episode that began before the range is seen whole. Buckets at most a quarter
        // of the shortest episode where a column is shorter than an episode, else a quarter column: an
        // episode's ends are then known within a bucket, finer than the marker can be placed, at bounded cost.
        long column = (to - from) / buckets;
        long resolution = Math.max(Math.min(column, minimum / 4), column / 4);
        TimeSeries premium = reader.read(catalog, main, Metric.PREMIUM, from - 24 * 3_600_000L, to, resolution);
        List<DiscountEpisodes.Episode> episodes = DiscountEpisodes.find(premium, minimum, Math.max(30 * MINUTE, 2 * resolution)).stream()
                .filter(e -> e.end() >= from).toList();
        long[] at = new long[episodes.size()];
        double[] y = new double[episodes.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = Math.max(from, episodes.get(i).start());
            y[i] = episodes.get(i).deepest() * 100;
        }
        lines.put(MarketsLayout.DISCOUNTS, Lines.markers(at, y, from, to, buckets));
        if (at.length > 0) {
            info.put(MarketsLayout.DISCOUNTS, LineOrigin.undated(at.length + " in range longer than " + minimum / 60_000 + " min, "
                    + main.venue().label() + " " + main.instrument()));
        }
    }

    private static String intervals(VenueFunding f) {
        List<String> hours = java.util.Arrays.stream(f.intervalSeconds()).mapToObj(s -> s / 3600 + " h").distinct().toList();
        return ", every " + String.join(" then ", hours);
    }

    private void perVenue(MarketCatalog catalog, Asset a, Metric metric, java.util.function.Function<Venue, String> keyOf, double scale,
            long from, long to, int buckets, Map<String, LineData> lines, Map<String, LineOrigin> info) {
        for (Venue v : MarketsLayout.perpVenues()) {
            String key = keyOf.apply(v);
            List<PerpLine> venueLines = catalog.lines(a, metric).stream().filter(l -> l.venue() == v).toList();
            if (venueLines.isEmpty()) {
                lines.put(key, LineData.EMPTY);
                continue;
            }
            PerpLine line = MarketFigures.preferred(venueLines);
            TimeSeries s = reader.read(catalog, line, metric, from, to, (to - from) / buckets);
            lines.put(key, Lines.thin(s, from, to, buckets, 3 * Math.max(5 * MINUTE, (to - from) / buckets), scale));
            info.put(key, origin(line.instrument(), catalog.extent(List.of(line), metric)));
        }
    }

    /** Liquidated USD per grid column, summed over venues: longs above zero, shorts below. */
    private void liquidations(MarketCatalog catalog, Asset a, Grid grid, Map<String, LineData> lines, Map<String, LineOrigin> info) {
        liquidationSide(catalog, a, Metric.LIQUIDATIONS_LONG_USD, MarketsLayout.LIQ_LONG, 1, grid, lines, info);
        liquidationSide(catalog, a, Metric.LIQUIDATIONS_SHORT_USD, MarketsLayout.LIQ_SHORT, -1, grid, lines, info);
    }

    private void liquidationSide(MarketCatalog catalog, Asset a, Metric metric, String key, double sign, Grid grid,
            Map<String, LineData> lines, Map<String, LineOrigin> info) {
        TimeSeries sums = figures.liquidations(catalog, a, metric, grid);
        lines.put(key, Lines.grid(sums, sign));
        List<PerpLine> with = catalog.lines(a, metric);
        if (!with.isEmpty()) {
            info.put(key, origin(String.join(", ", with.stream().map(l -> l.venue().label()).distinct().toList()) + ", as recorded",
                    catalog.extent(with, metric)));
        }
    }

    private void prices(MarketCatalog catalog, Asset a, long from, long to, int buckets, Map<String, LineData> lines,
            Map<String, LineOrigin> info) {
        long column = (to - from) / buckets;
        long gap = 3 * Math.max(3_600_000L, column);
        TimeSeries spot = reader.spot(catalog, a, false, from, to, column);
        lines.put(MarketsLayout.SPOT, Lines.thin(spot, from, to, buckets, Math.max(gap, 2 * 24 * 3_600_000L), 1.0));
        if (!spot.isEmpty()) {
            info.put(MarketsLayout.SPOT, new LineOrigin("spot close (Binance, Coinbase, bundled daily)", spot.firstTs(), spot.lastTs()));
        }
        List<PerpLine> marks = catalog.lines(a, Metric.MARK_PRICE);
        if (marks.isEmpty()) {
            lines.put(MarketsLayout.MARK, LineData.EMPTY);
            return;
        }
        PerpLine line = MarketFigures.preferred(marks);
        lines.put(MarketsLayout.MARK, Lines.thin(reader.read(catalog, line, Metric.MARK_PRICE, from, to, column), from, to, buckets, gap, 1.0));
        info.put(MarketsLayout.MARK, origin(line.venue().label() + " " + line.instrument(), catalog.extent(List.of(line), Metric.MARK_PRICE)));
    }

    private static long[] union(long[] a, long[] b) {
        return a == null ? b : b == null ? a : new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    private static LineOrigin origin(String text, long[] extent) {
        return extent == null ? new LineOrigin(text, 0, 0) : new LineOrigin(text, extent[0], extent[1]);
    }
}
