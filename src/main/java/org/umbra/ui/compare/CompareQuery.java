package org.umbra.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.Coverage;
import org.umbra.analytics.Downsampler;
import org.umbra.analytics.FundingMath;
import org.umbra.analytics.DerivativesIndex;
import org.umbra.analytics.Grid;
import org.umbra.analytics.TimeSeries;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.PerpLine;
import org.umbra.ui.chartview.Lines;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.chartview.Frame;
import org.umbra.ui.chartview.FrameLoader;
import org.umbra.ui.compare.CompareLayout.Source;

/**
 * Reads what the Compare view draws for a time range: each line's points in the range, kept to the
 * spans its source is preferred for, converted to the pane's unit and thinned to the pixel width.
 * Plain Java (no FX), run off the FX thread.
 */
public final class CompareQuery implements FrameLoader {
    private final SeriesRepository repository;
    private final MarketFigures figures;

    public CompareQuery(SeriesRepository repository) {
        this.repository = repository;
        this.figures = new MarketFigures(new MarketDataReader(repository));
    }

    /**
     * The series behind each line that has points. Usually one; a funding line whose venue changed the
     * settlement interval has one per interval, each read and annualised with its own.
     */
    Map<String, List<SeriesInfo>> describe() {
        Map<String, List<SeriesInfo>> out = new LinkedHashMap<>();
        for (Source s : CompareLayout.SOURCES) {
            List<SeriesInfo> all = repository.describeAll(s.source(), s.instrument(), s.metric());
            if (!all.isEmpty()) {
                out.put(s.line().key(), all);
            }
        }
        return out;
    }

    @Override
    public Optional<long[]> extent() {
        return extent(describe());
    }

    /** [first, last] over every line's data, or empty when none has any. */
    Optional<long[]> extent(Map<String, List<SeriesInfo>> described) {
        return described.values().stream().flatMap(List::stream).map(i -> new long[] {i.firstTs(), i.lastTs()})
                .reduce((a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }

    @Override
    public Frame load(long from, long to, int buckets) {
        Map<String, List<SeriesInfo>> described = describe();
        Map<String, List<Coverage.Span>> spans = spans(merged(described));
        Map<String, LineData> lines = new LinkedHashMap<>();
        Map<String, Frame.LineOrigin> info = new LinkedHashMap<>();
        for (Source s : CompareLayout.SOURCES) {
            String key = s.line().key();
            List<SeriesInfo> parts = described.get(key);
            if (parts == null) {
                lines.put(key, LineData.EMPTY);
                continue;
            }
            info.put(key, new Frame.LineOrigin(s.origin(), parts.get(0).firstTs(), parts.stream().mapToLong(SeriesInfo::lastTs).max().orElseThrow()));
            List<LineData> drawn = new ArrayList<>();
            long widestGap = 0;
            for (SeriesInfo series : parts) {
                SeriesData raw = repository.readForChart(series, from, to, (to - from) / buckets);
                Downsampler.Points kept = Coverage.keep(raw.timestamps(), raw.values(), spans.get(key));
                Downsampler.Points thin = kept.size() == 0 ? kept : Downsampler.minMax(kept.timestamps(), kept.values(), from, to, buckets);
                long maxGap = 3 * Math.max(series.spec().intervalSeconds() * 1000, (to - from) / buckets);
                widestGap = Math.max(widestGap, maxGap);
                drawn.add(toLine(thin, s, series.spec().intervalSeconds(), maxGap));
            }
            lines.put(key, join(drawn, widestGap / 1000.0));
        }
        acrossVenues(from, to, buckets, lines, info);
        return new Frame(from, to, lines, info);
    }

    /**
     * Every tracked perpetual of both assets, its price return weighted by its OI in USD, chain-linked
     * from 100 at the range's start: when it lags BTC, money is leaving the rest for BTC.
     */
    private void derivativesIndex(MarketCatalog catalog, Grid grid, Map<String, LineData> lines, Map<String, Frame.LineOrigin> info) {
        Map<String, TimeSeries> prices = new LinkedHashMap<>();
        Map<String, TimeSeries> weights = new LinkedHashMap<>();
        long readFrom = grid.from() - MarketFigures.carryFor(grid);
        for (Asset a : Asset.values()) {
            Map<PerpLine, TimeSeries> oi = figures.reader().readAll(catalog, a, Metric.OPEN_INTEREST_USD, readFrom, grid.to(), grid.stepMs());
            for (Map.Entry<PerpLine, TimeSeries> e : oi.entrySet()) {
                TimeSeries mark = figures.reader().read(catalog, e.getKey(), Metric.MARK_PRICE, readFrom, grid.to(), grid.stepMs());
                if (!mark.isEmpty()) {
                    prices.put(e.getKey().key(), mark);
                    weights.put(e.getKey().key(), e.getValue());
                }
            }
        }
        if (prices.isEmpty()) {
            lines.put(CompareLayout.INDEX, LineData.EMPTY);
            return;
        }
        DerivativesIndex index = DerivativesIndex.of(prices, weights, grid, MarketFigures.carryFor(grid));
        lines.put(CompareLayout.INDEX, Lines.grid(index.level(), 1.0));
        int most = java.util.Arrays.stream(index.constituents()).max().orElse(0);
        info.put(CompareLayout.INDEX, Frame.LineOrigin.undated("OI-weighted returns of up to " + most + " perpetuals, 100 at the start"));
    }

    /** The lines computed over every venue: OI change over the range, premium, ETH/BTC. */
    private void acrossVenues(long from, long to, int buckets, Map<String, LineData> lines, Map<String, Frame.LineOrigin> info) {
        MarketCatalog catalog = figures.reader().catalog();
        Grid grid = Grid.forColumns(from, to, buckets, 60_000L);
        for (Asset a : Asset.values()) {
            String oiKey = a == Asset.BTC ? CompareLayout.BTC_OI_CHANGE : CompareLayout.ETH_OI_CHANGE;
            TimeSeries change = MarketFigures.total(figures.oiByVenue(catalog, a, Metric.OPEN_INTEREST_USD, grid), grid)
                    .chainedChangePercent();
            lines.put(oiKey, Lines.grid(change, 1.0));
            if (!change.isEmpty()) {
                info.put(oiKey, Frame.LineOrigin.undated("all venues in USD, chain-linked like for like (a venue joining is no jump)"));
            }
            String premiumKey = a == Asset.BTC ? CompareLayout.BTC_PREMIUM : CompareLayout.ETH_PREMIUM;
            List<PerpLine> withPremium = catalog.lines(a, Metric.PREMIUM);
            if (withPremium.isEmpty()) {
                lines.put(premiumKey, LineData.EMPTY);
            } else {
                PerpLine main = MarketFigures.preferred(withPremium);
                lines.put(premiumKey, Lines.thin(figures.reader().read(catalog, main, Metric.PREMIUM, from, to, grid.stepMs()), from, to, buckets,
                        3 * Math.max(300_000L, (to - from) / buckets), 100.0));
                long[] e = catalog.extent(List.of(main), Metric.PREMIUM);
                info.put(premiumKey, new Frame.LineOrigin(main.venue().label() + " " + main.instrument(), e[0], e[1]));
            }
        }
        derivativesIndex(catalog, grid, lines, info);
        TimeSeries ratio = figures.reader().spot(catalog, Asset.ETH, true, from, to, grid.stepMs());
        lines.put(CompareLayout.ETH_BTC, Lines.thin(ratio, from, to, buckets, 3 * Math.max(3_600_000L, (to - from) / buckets), 1.0));
        if (!ratio.isEmpty()) {
            info.put(CompareLayout.ETH_BTC, new Frame.LineOrigin("spot ETHBTC (Binance, Coinbase)", ratio.firstTs(), ratio.lastTs()));
        }
    }


    /** One extent per line over all its series, for choosing between sources. */
    private static Map<String, SeriesInfo> merged(Map<String, List<SeriesInfo>> described) {
        Map<String, SeriesInfo> out = new LinkedHashMap<>();
        described.forEach((key, parts) -> {
            SeriesInfo first = parts.get(0);
            long last = parts.stream().mapToLong(SeriesInfo::lastTs).max().orElseThrow();
            out.put(key, new SeriesInfo(first.id(), first.spec(), -1, first.firstTs(), last));
        });
        return out;
    }

    /** Joins a line's parts (one per funding interval) in time order, broken where they lie far apart. */
    static LineData join(List<LineData> parts, double maxGapSeconds) {
        List<LineData> nonEmpty = new ArrayList<>(parts.stream().filter(p -> p.x().length > 0).toList());
        if (nonEmpty.size() <= 1) {
            return nonEmpty.isEmpty() ? LineData.EMPTY : nonEmpty.get(0);
        }
        nonEmpty.sort(java.util.Comparator.comparingDouble(p -> p.x()[0]));
        int n = nonEmpty.stream().mapToInt(p -> p.x().length + 1).sum();
        double[] x = new double[n];
        double[] y = new double[n];
        int m = 0;
        for (LineData p : nonEmpty) {
            if (m > 0 && p.x()[0] - x[m - 1] > maxGapSeconds) {
                x[m] = x[m - 1] + 0.001;
                y[m] = Double.NaN;
                m++;
            }
            System.arraycopy(p.x(), 0, x, m, p.x().length);
            System.arraycopy(p.y(), 0, y, m, p.y().length);
            m += p.x().length;
        }
        return new LineData(java.util.Arrays.copyOf(x, m), java.util.Arrays.copyOf(y, m));
    }

    /** For each line, the spans it is drawn over, by preference within its group. */
    static Map<String, List<Coverage.Span>> spans(Map<String, SeriesInfo> described) {
        Map<String, List<Source>> groups = new LinkedHashMap<>();
        for (Source s : CompareLayout.SOURCES) {
            groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        Map<String, List<Coverage.Span>> out = new LinkedHashMap<>();
        for (List<Source> group : groups.values()) {
            List<Coverage.Span> extents = new ArrayList<>();
            for (Source s : group) {
                SeriesInfo i = described.get(s.line().key());
                extents.add(i == null ? null : new Coverage.Span(i.firstTs(), i.lastTs()));
            }
            List<List<Coverage.Span>> assigned = Coverage.assign(extents);
            for (int k = 0; k < group.size(); k++) {
                out.put(group.get(k).line().key(), assigned.get(k));
            }
        }
        return out;
    }

    /**
     * Converts to seconds and the pane's unit, and breaks the line (a NaN point) wherever two
     * points lie more than {@code maxGapMs} apart: a gap in the data (the app was off, or another
     * source covers the span) is drawn as a gap, never bridged or held flat.
     */
    static LineData toLine(Downsampler.Points p, Source s, long intervalSeconds, long maxGapMs) {
        int n = p.size();
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long t = p.timestamps()[i];
            if (i > 0 && t - p.timestamps()[i - 1] > maxGapMs) {
                x[m] = (p.timestamps()[i - 1] + 1) / 1000.0;
                y[m] = Double.NaN;
                m++;
            }
            x[m] = t / 1000.0;
            double v = p.values()[i];
            y[m] = switch (s.transform()) {
                case IDENTITY -> v;
                case BILLIONS -> v / 1e9;
                case ANNUALISED_PERCENT -> FundingMath.annualisedPercent(v, intervalSeconds);
            };
            m++;
        }
        return new LineData(java.util.Arrays.copyOf(x, m), java.util.Arrays.copyOf(y, m));
    }
}
