package org.umbra.alerts;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.umbra.analytics.Grid;
import org.umbra.analytics.TimeSeries;
import org.umbra.analytics.VenueFunding;
import org.umbra.analytics.risk.RiskInputs;
import org.umbra.analytics.risk.RiskModel;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.PerpLine;
import org.umbra.marketdata.RiskInputsReader;
import org.umbra.marketdata.Venue;

/**
 * Reads what the market rules of an asset need, as of its newest stored data, the way the views compute it
 * ({@link MarketFigures}, {@link RiskInputsReader}): only the figures some enabled rule reads.
 */
public final class AlertInputsReader {
    /** Funding history read for levels and flips; a flip window longer than this sees no flip older than it. */
    static final long FUNDING_LOOKBACK_MS = 14L * 24 * 3_600_000L;
    private static final long HOUR = 3_600_000L;

    private final MarketFigures figures;
    private final RiskInputsReader risk;

    public AlertInputsReader(MarketFigures figures) {
        this.figures = figures;
        this.risk = new RiskInputsReader(figures);
    }

    /** The figures {@code kinds} read for {@code asset}; {@link MarketNow#NONE} when nothing of it is stored. */
    public MarketNow read(Asset asset, Set<AlertKind> kinds) {
        MarketDataReader reader = figures.reader();
        MarketCatalog catalog = reader.catalog();
        Optional<Long> latest = risk.latest(catalog, asset);
        if (latest.isEmpty()) {
            return MarketNow.NONE;
        }
        long t = latest.get();
        Map<String, TimeSeries> funding = Map.of();
        if (kinds.contains(AlertKind.FUNDING_ABOVE) || kinds.contains(AlertKind.FUNDING_BELOW) || kinds.contains(AlertKind.FUNDING_FLIP)) {
            funding = funding(catalog, asset, t);
        }
        TimeSeries oi = TimeSeries.EMPTY;
        TimeSeries premium = TimeSeries.EMPTY;
        double score = Double.NaN;
        if (kinds.contains(AlertKind.OI_CHANGE) || kinds.contains(AlertKind.DISCOUNT) || kinds.contains(AlertKind.RISK_ABOVE)) {
            // One read serves all three: the score's inputs hold the total OI (hourly) and the main venue's premium.
            RiskInputs in = risk.read(catalog, asset, t, t);
            oi = in.oiUsd();
            premium = in.premium();
            if (kinds.contains(AlertKind.RISK_ABOVE)) {
                score = RiskModel.at(in, t).score();
            }
        }
        return new MarketNow(funding, oi, premium, score);
    }

    /** Each venue's settled funding of its main contract, and the OI-weighted aggregate hourly, %/yr. */
    private Map<String, TimeSeries> funding(MarketCatalog catalog, Asset asset, long t) {
        long from = t - FUNDING_LOOKBACK_MS;
        Map<PerpLine, VenueFunding> rates = figures.funding(catalog, asset, from, t);
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        for (Venue v : EnumSet.allOf(Venue.class)) {
            List<PerpLine> lines = rates.keySet().stream().filter(l -> l.venue() == v).toList();
            if (!lines.isEmpty()) {
                out.put(v.id(), rates.get(MarketFigures.preferred(lines)).annualisedPercent());
            }
        }
        Grid grid = new Grid(Math.floorDiv(from, HOUR) * HOUR, t, HOUR);
        Map<PerpLine, TimeSeries> oiUsd = figures.reader().readAll(catalog, asset, Metric.OPEN_INTEREST_USD, grid.from() - MarketFigures.carryFor(grid),
                t, HOUR);
        TimeSeries aggregate = RiskInputsReader.withoutGaps(MarketFigures.oiWeighted(rates, oiUsd, grid).annualisedPercent());
        if (!aggregate.isEmpty()) {
            out.put(AlertRule.AGGREGATE, aggregate);
        }
        return out;
    }
}
