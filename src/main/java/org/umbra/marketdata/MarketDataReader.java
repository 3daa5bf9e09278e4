package org.umbra.marketdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.analytics.Coverage;
import org.umbra.analytics.Downsampler;
import org.umbra.analytics.FundingPart;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;

/**
 * Reads the market figures of a time range out of the store, in comparable units: one series per
 * contract line whatever sources hold it (a more preferred source wins where it has data, the others
 * fill the rest, never two copies of one moment), open interest made one-sided. Plain Java, called
 * off the FX thread.
 */
public final class MarketDataReader {
    /** A resolution meaning every stored point. */
    public static final long RAW = 0;

    private final SeriesRepository repository;

    public MarketDataReader(SeriesRepository repository) {
        this.repository = repository;
    }

    /** What is stored now. Cheap: one listing query. */
    public MarketCatalog catalog() {
        return MarketCatalog.of(repository.listExtents());
    }

    /**
     * A line's values of {@code metric} in [from, to], every stored point. Open interest (coin or USD) is
     * multiplied into one-sided OI ({@link Venue#oneSidedFactor()}).
     */
    public TimeSeries read(MarketCatalog catalog, PerpLine line, Metric metric, long from, long to) {
        return read(catalog, line, metric, from, to, RAW);
    }

    /**
     * As {@link #read(MarketCatalog, PerpLine, Metric, long, long)}, thinned for a chart of {@code columnMs} per
     * column ({@link SeriesRepository#readForChart}): what a line draws, or a grid samples, is unchanged at
     * that resolution, and years of minutes cost thousands of rows. {@link #RAW} reads every point.
     * Only for levels (OI, prices, premium, ratios), never for amounts that are summed.
     */
    public TimeSeries read(MarketCatalog catalog, PerpLine line, Metric metric, long from, long to, long columnMs) {
        TimeSeries merged = merge(catalog.series(line, metric), from, to, columnMs);
        double factor = isOpenInterest(metric) ? line.venue().oneSidedFactor() : 1.0;
        return factor == 1.0 ? merged : scale(merged, factor);
    }

    /** The same metric for every line of the asset that has it, keyed by line; {@code columnMs} as in {@link #read}. */
    public Map<PerpLine, TimeSeries> readAll(MarketCatalog catalog, Asset asset, Metric metric, long from, long to, long columnMs) {
        Map<PerpLine, TimeSeries> out = new LinkedHashMap<>();
        for (PerpLine line : catalog.lines(asset, metric)) {
            if (isOpenInterest(metric) && line.allContractsOfCoin()) {
                continue;
            }
            TimeSeries s = read(catalog, line, metric, from, to, columnMs);
            if (!s.isEmpty()) {
                out.put(line, s);
            }
        }
        return out;
    }

    /**
     * Settled funding of a line in [from, to], one part per (source, interval), most preferred source
     * first, daily means last where nothing else covers: each part must be annualised with its own interval.
     */
    public List<FundingPart> funding(MarketCatalog catalog, PerpLine line, long from, long to) {
        // Daily means of the settled rates (bundled history to 2026) fill in last: still a rate per 8 h.
        List<SeriesInfo> all = new ArrayList<>(catalog.series(line, Metric.FUNDING_RATE));
        all.addAll(catalog.series(line, Metric.FUNDING_RATE_DAILY_MEAN));
        List<List<Coverage.Span>> spans = Coverage.assign(sourceExtents(all));
        List<FundingPart> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SeriesInfo s = all.get(i);
            TimeSeries kept = keep(repository.read(s.id(), from, to), spans.get(i));
            if (!kept.isEmpty()) {
                out.add(new FundingPart(kept, s.spec().intervalSeconds()));
            }
        }
        return out;
    }

    /**
     * Spot close of the asset in USD (or ETH in BTC), preferred source first, gaps filled by the others;
     * {@code columnMs} as in {@link #read(MarketCatalog, PerpLine, Metric, long, long, long)}.
     */
    public TimeSeries spot(MarketCatalog catalog, Asset asset, boolean inBtc, long from, long to, long columnMs) {
        return merge(catalog.spot(asset, inBtc), from, to, columnMs);
    }

    /** The newest stored spot price of the asset in USD (preferred source first), if any is stored. */
    public java.util.OptionalDouble latestSpot(MarketCatalog catalog, Asset asset) {
        long last = catalog.spot(asset, false).stream().mapToLong(SeriesInfo::lastTs).max().orElse(Long.MIN_VALUE);
        if (last == Long.MIN_VALUE) {
            return java.util.OptionalDouble.empty();
        }
        TimeSeries recent = spot(catalog, asset, false, last - 7 * 86_400_000L, last, RAW);
        return recent.isEmpty() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(recent.values()[recent.size() - 1]);
    }

    private TimeSeries merge(List<SeriesInfo> candidates, long from, long to, long columnMs) {
        if (candidates.isEmpty()) {
            return TimeSeries.EMPTY;
        }
        List<List<Coverage.Span>> spans = Coverage.assign(sourceExtents(candidates));
        List<TimeSeries> parts = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            SeriesInfo s = candidates.get(i);
            SeriesData data = columnMs == RAW ? repository.read(s.id(), from, to) : repository.readForChart(s, from, to, columnMs);
            TimeSeries kept = keep(data, spans.get(i));
            if (!kept.isEmpty()) {
                parts.add(kept);
            }
        }
        return concat(parts);
    }

    /**
     * Extents to choose between sources: all series of one source count as one extent (the interval
     * parts of one venue's funding never shadow each other), later sources only fill what earlier ones lack.
     */
    static List<Coverage.Span> sourceExtents(List<SeriesInfo> series) {
        // Grouped by source and metric: a source's funding interval parts share one extent, its daily means another.
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (SeriesInfo s : series) {
            bySource.merge(group(s), new long[] {s.firstTs(), s.lastTs()},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<String> sources = new ArrayList<>(bySource.keySet());
        List<List<Coverage.Span>> perSource = Coverage.assign(bySource.values().stream().map(e -> new Coverage.Span(e[0], e[1])).toList());
        List<Coverage.Span> out = new ArrayList<>();
        for (SeriesInfo s : series) {
            // A series is drawn within its own extent, intersected with what its source won.
            List<Coverage.Span> won = perSource.get(sources.indexOf(group(s)));
            Coverage.Span own = null;
            for (Coverage.Span w : won) {
                long a = Math.max(w.from(), s.firstTs());
                long b = Math.min(w.to(), s.lastTs());
                if (a <= b) {
                    own = own == null ? new Coverage.Span(a, b) : new Coverage.Span(Math.min(own.from(), a), Math.max(own.to(), b));
                }
            }
            out.add(own);
        }
        return out;
    }

    private static String group(SeriesInfo s) {
        return s.spec().source() + "/" + s.spec().metric().id();
    }

    private static TimeSeries keep(SeriesData data, List<Coverage.Span> spans) {
        Downsampler.Points p = Coverage.keep(data.timestamps(), data.values(), spans);
        return new TimeSeries(p.timestamps(), p.values());
    }

    /**
     * Merges parts by time. Parts can interleave (a fallback source fills both before and after the
     * preferred one), so this is a k-way merge of the sorted parts; an instant held twice is kept once.
     */
    public static TimeSeries concat(List<TimeSeries> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? TimeSeries.EMPTY : parts.get(0);
        }
        int n = parts.stream().mapToInt(TimeSeries::size).sum();
        long[] t = new long[n];
        double[] v = new double[n];
        int[] head = new int[parts.size()];
        int m = 0;
        while (true) {
            int best = -1;
            for (int k = 0; k < parts.size(); k++) {
                if (head[k] < parts.get(k).size()
                        && (best < 0 || parts.get(k).timestamps()[head[k]] < parts.get(best).timestamps()[head[best]])) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            long ts = parts.get(best).timestamps()[head[best]];
            if (m == 0 || ts > t[m - 1]) {
                t[m] = ts;
                v[m] = parts.get(best).values()[head[best]];
                m++;
            }
            head[best]++;
        }
        return new TimeSeries(java.util.Arrays.copyOf(t, m), java.util.Arrays.copyOf(v, m));
    }

    private static TimeSeries scale(TimeSeries s, double factor) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.values()[i] * factor;
        }
        return new TimeSeries(s.timestamps(), v);
    }

    private static boolean isOpenInterest(Metric m) {
        return m == Metric.OPEN_INTEREST_COIN || m == Metric.OPEN_INTEREST_USD || m == Metric.OPEN_INTEREST_CONTRACTS;
    }
}
