package org.umbra.marketdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.Unit;
import org.umbra.store.SeriesInfo;

/**
 * Which stored series stand for what in the market views: each venue's contract lines (from any of
 * its sources, most preferred first) and the spot prices. Built from one cheap listing of the
 * store; pure, so the rules are tested without a database.
 */
public final class MarketCatalog {
    /** Spot sources, most preferred first; the bundled daily BTC close fills what they lack. */
    static final List<String> SPOT_SOURCES = List.of("binance-spot", "coinbase", "bundled");

    private final Map<PerpLine, Map<Metric, List<SeriesInfo>>> perps = new LinkedHashMap<>();
    private final Map<String, List<SeriesInfo>> spot = new LinkedHashMap<>();

    private MarketCatalog() {
    }

    public static MarketCatalog of(List<SeriesInfo> listing) {
        MarketCatalog c = new MarketCatalog();
        List<SeriesInfo> ordered = new ArrayList<>(listing);
        ordered.sort(Comparator.comparingInt(MarketCatalog::preference).thenComparingLong(SeriesInfo::firstTs));
        for (SeriesInfo s : ordered) {
            spotKey(s).ifPresent(k -> c.spot.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
            perpLine(s).ifPresent(line -> c.perps.computeIfAbsent(line, x -> new LinkedHashMap<>())
                    .computeIfAbsent(s.spec().metric(), x -> new ArrayList<>()).add(s));
        }
        return c;
    }

    /** Every contract line of the asset that has data, venues in their fixed order. */
    public List<PerpLine> lines(Asset asset) {
        return perps.keySet().stream().filter(l -> l.asset() == asset)
                .sorted(Comparator.comparing(PerpLine::venue).thenComparing(PerpLine::instrument)).toList();
    }

    /** Lines of the asset that carry {@code metric} (funding: settled rates or their daily means). */
    public List<PerpLine> lines(Asset asset, Metric metric) {
        return lines(asset).stream().filter(l -> !series(l, metric).isEmpty()
                || metric == Metric.FUNDING_RATE && !series(l, Metric.FUNDING_RATE_DAILY_MEAN).isEmpty()).toList();
    }

    /** The series of a line for a metric, most preferred source first (funding: every interval part). */
    public List<SeriesInfo> series(PerpLine line, Metric metric) {
        return perps.getOrDefault(line, Map.of()).getOrDefault(metric, List.of());
    }

    /**
     * Spot close prices of {@code asset} in USD, or ETH in BTC with {@code inBtc}: most preferred
     * source first.
     */
    public List<SeriesInfo> spot(Asset asset, boolean inBtc) {
        return spot.getOrDefault(asset + (inBtc ? "-BTC" : "-USD"), List.of());
    }

    /** [first, last] (epoch ms) over the asset's contract lines and spot prices, or empty when nothing is stored. */
    public Optional<long[]> extent(Asset asset) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        List<SeriesInfo> all = new ArrayList<>(spot(asset, false));
        for (PerpLine line : lines(asset)) {
            perps.get(line).values().forEach(all::addAll);
        }
        for (SeriesInfo s : all) {
            first = Math.min(first, s.firstTs());
            last = Math.max(last, s.lastTs());
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(new long[] {first, last});
    }

    /** [first, last] (epoch ms) over the series of {@code metric} of these lines, or null when none. */
    public long[] extent(List<PerpLine> lines, Metric metric) {
        long[] out = null;
        for (PerpLine line : lines) {
            for (SeriesInfo s : series(line, metric)) {
                out = out == null ? new long[] {s.firstTs(), s.lastTs()}
                        : new long[] {Math.min(out[0], s.firstTs()), Math.max(out[1], s.lastTs())};
            }
        }
        return out;
    }

    static Optional<PerpLine> perpLine(SeriesInfo s) {
        String source = s.spec().source();
        String instrument = s.spec().instrument();
        if (source.equals("bundled")) {
            // Bundled funding is stored as "<venue>/<SYMBOL>"; only tracked venues join their live lines.
            int slash = instrument.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            return Venue.byId(instrument.substring(0, slash))
                    .map(v -> new PerpLine(v, instrument.substring(slash + 1), s.spec().asset()));
        }
        for (Venue v : Venue.values()) {
            if (v.sources().contains(source)) {
                return Optional.of(new PerpLine(v, instrument, s.spec().asset()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> spotKey(SeriesInfo s) {
        if (s.spec().metric() != Metric.PRICE_CLOSE || !SPOT_SOURCES.contains(s.spec().source())) {
            return Optional.empty();
        }
        return Optional.of(s.spec().asset() + (s.spec().unit() == Unit.BTC ? "-BTC" : "-USD"));
    }

    private static int preference(SeriesInfo s) {
        String source = s.spec().source();
        int spotRank = SPOT_SOURCES.indexOf(source);
        for (Venue v : Venue.values()) {
            int i = v.sources().indexOf(source);
            if (i >= 0) {
                return i;
            }
        }
        return spotRank < 0 ? Integer.MAX_VALUE : spotRank;
    }
}
