package org.umbra.marketdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.FundingAggregate;
import org.umbra.analytics.FundingMath;
import org.umbra.analytics.FundingPart;
import org.umbra.analytics.Grid;
import org.umbra.analytics.OiAggregate;
import org.umbra.analytics.TimeSeries;
import org.umbra.analytics.VenueFunding;
import org.umbra.market.Asset;
import org.umbra.market.Metric;

/**
 * The market-wide figures every view and the risk score share, computed the same way everywhere:
 * open interest per venue and in total on a grid, OI-weighted funding, liquidations per grid column.
 */
public final class MarketFigures {
    /** A venue's last OI point counts for at most this long (or two grid steps if longer), then it is dropped. */
    public static final long OI_MAX_CARRY_MS = 2 * 3_600_000L;

    private final MarketDataReader reader;

    public MarketFigures(MarketDataReader reader) {
        this.reader = reader;
    }

    public MarketDataReader reader() {
        return reader;
    }

    /** How long a point may be carried on {@code grid}: the OI bound, or two steps of a coarse grid. */
    public static long carryFor(Grid grid) {
        return Math.max(2 * grid.stepMs(), OI_MAX_CARRY_MS);
    }

    /**
     * Each perpetual venue's open interest on the grid (its contracts added up, each carried within the
     * bound), in the unit of {@code metric} (coin or USD), one-sided; venues without data are left out.
     */
    public Map<Venue, TimeSeries> oiByVenue(MarketCatalog catalog, Asset asset, Metric metric, Grid grid) {
        Map<PerpLine, TimeSeries> lines = reader.readAll(catalog, asset, metric, grid.from() - carryFor(grid), grid.to(), grid.stepMs());
        return oiByVenue(lines, grid);
    }

    /** {@link #oiByVenue(MarketCatalog, Asset, Metric, Grid)} from lines already read. */
    public static Map<Venue, TimeSeries> oiByVenue(Map<PerpLine, TimeSeries> lines, Grid grid) {
        Map<Venue, TimeSeries> out = new LinkedHashMap<>();
        for (Venue v : Venue.values()) {
            if (!v.perpetual()) {
                continue;
            }
            Map<String, TimeSeries> contracts = new LinkedHashMap<>();
            lines.forEach((line, s) -> {
                if (line.venue() == v) {
                    contracts.put(line.key(), s);
                }
            });
            if (!contracts.isEmpty()) {
                out.put(v, OiAggregate.of(contracts, grid, carryFor(grid)).total());
            }
        }
        return out;
    }

    /** The venues summed on the grid (they are on it already, so nothing more is carried). */
    public static OiAggregate total(Map<Venue, TimeSeries> byVenue, Grid grid) {
        Map<String, TimeSeries> keyed = new LinkedHashMap<>();
        byVenue.forEach((v, s) -> keyed.put(v.id(), s));
        return OiAggregate.of(keyed, grid, 0);
    }

    /** Settled funding of every contract line of the asset that has some, from {@code from} on. */
    public Map<PerpLine, VenueFunding> funding(MarketCatalog catalog, Asset asset, long from, long to) {
        Map<PerpLine, VenueFunding> out = new LinkedHashMap<>();
        for (PerpLine line : catalog.lines(asset, Metric.FUNDING_RATE)) {
            List<FundingPart> parts = reader.funding(catalog, line, from, to);
            if (!parts.isEmpty()) {
                out.put(line, VenueFunding.of(line.key(), parts));
            }
        }
        return out;
    }

    /** A venue's newest settled funding: the rate of its main contract, annualised with that rate's own interval. */
    public record LatestFunding(PerpLine line, long atMs, double annualisedPercent, long intervalSeconds) {
    }

    /**
     * The newest settled rate of {@code venue}'s main contract ({@link #preferred}) among {@code funding}
     * (as {@link #funding} read it), or empty when the venue has none there.
     */
    public static Optional<LatestFunding> latestFunding(Map<PerpLine, VenueFunding> funding, Venue venue) {
        List<PerpLine> lines = funding.keySet().stream().filter(l -> l.venue() == venue).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        PerpLine main = preferred(lines);
        VenueFunding f = funding.get(main);
        int k = f.size() - 1;
        return Optional.of(new LatestFunding(main, f.timestamps()[k],
                FundingMath.annualisedPercent(f.rates()[k], f.intervalSeconds()[k]), f.intervalSeconds()[k]));
    }

    /** Funding weighted by each contract's own OI in USD (read from its line), on the grid. */
    public static FundingAggregate oiWeighted(Map<PerpLine, VenueFunding> funding, Map<PerpLine, TimeSeries> oiUsd, Grid grid) {
        Map<String, VenueFunding> rates = new LinkedHashMap<>();
        Map<String, TimeSeries> weights = new LinkedHashMap<>();
        funding.forEach((line, f) -> {
            rates.put(line.key(), f);
            TimeSeries w = oiUsd.get(line);
            if (w != null) {
                weights.put(line.key(), w);
            }
        });
        return FundingAggregate.oiWeighted(rates, weights, grid, carryFor(grid));
    }

    /**
     * Liquidated USD of one side summed over every venue that records it, per grid column: a value
     * stamped at t belongs to the column that closes it, (t - step, t]. Only the columns within the
     * recorded span; empty when none records it.
     */
    public TimeSeries liquidations(MarketCatalog catalog, Asset asset, Metric side, Grid grid) {
        List<PerpLine> with = catalog.lines(asset, side);
        if (with.isEmpty()) {
            return TimeSeries.EMPTY;
        }
        double[] sums = new double[grid.size()];
        for (PerpLine line : with) {
            TimeSeries s = reader.read(catalog, line, side, grid.from() - grid.stepMs() + 1, grid.to());
            for (int i = 0; i < s.size(); i++) {
                long t = s.timestamps()[i];
                int col = (int) Math.min(grid.size() - 1, Math.max(0, Math.floorDiv(t - grid.from() + grid.stepMs() - 1, grid.stepMs())));
                sums[col] += s.values()[i];
            }
        }
        // Zeros only where something was recorded: before the first record nothing is known, not calm.
        long[] recorded = catalog.extent(with, side);
        return grid.series(sums).slice(recorded[0] - grid.stepMs() + 1, recorded[1] + grid.stepMs() - 1);
    }

    /** The line a venue is shown by: its USDT-margined contract where it has one, the most traded kind. */
    public static PerpLine preferred(List<PerpLine> lines) {
        return lines.stream().min(java.util.Comparator.comparing((PerpLine l) -> l.venue())
                .thenComparing(l -> l.instrument().contains("USDT") ? 0 : 1).thenComparing(PerpLine::instrument)).orElseThrow();
    }
}
