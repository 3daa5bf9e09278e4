package org.umbra.ui.exits;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.Grid;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.PerpLine;
import org.umbra.marketdata.Venue;

/**
 * {@link VenueStress} from the stored market data, computed as the Venues and Markets views compute them: OI per
 * venue on an hourly grid with the shared carry bound ({@link MarketFigures#oiByVenue}), its 24 h change like for
 * like ({@code OiAggregate.changePercent}), and the main contract's newest settled funding ({@link MarketFigures#latestFunding}).
 */
public final class StoredVenueStress implements VenueStress {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private final MarketFigures figures;
    private final Clock clock;

    public StoredVenueStress(MarketFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Optional<Stress> stressOf(String venueName) {
        Optional<Venue> venue = VenueStress.marketVenue(venueName);
        if (venue.isEmpty()) {
            return Optional.empty();
        }
        Venue v = venue.get();
        long now = clock.millis();
        MarketCatalog catalog = figures.reader().catalog();
        double[] oi = oiChange(catalog, v, now);
        Optional<MarketFigures.LatestFunding> funding = MarketFigures.latestFunding(figures.funding(catalog, Asset.BTC, now - 7 * DAY, now), v);
        if (oi[1] < 0 && funding.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stress(v, oi[0], (long) oi[1], funding.map(MarketFigures.LatestFunding::annualisedPercent).orElse(Double.NaN),
                funding.map(MarketFigures.LatestFunding::atMs).orElse(-1L)));
    }

    /** {change %, as of} over the 24 h up to the venue's newest OI point at or before now; {NaN, -1} without data. */
    private double[] oiChange(MarketCatalog catalog, Venue v, long now) {
        // In BTC where the venue publishes it: a change in coins is positioning, not the price moving.
        for (Metric metric : List.of(Metric.OPEN_INTEREST_COIN, Metric.OPEN_INTEREST_USD)) {
            List<PerpLine> lines = catalog.lines(Asset.BTC, metric).stream().filter(l -> l.venue() == v && !l.allContractsOfCoin()).toList();
            long[] extent = catalog.extent(lines, metric);
            if (extent == null) {
                continue;
            }
            long end = Math.min(now, extent[1]);
            Grid grid = new Grid(end - DAY, end, HOUR);
            Map<PerpLine, TimeSeries> read = new LinkedHashMap<>();
            for (PerpLine line : lines) {
                read.put(line, figures.reader().read(catalog, line, metric, grid.from() - MarketFigures.carryFor(grid), end));
            }
            TimeSeries change = MarketFigures.total(MarketFigures.oiByVenue(read, grid), grid).changePercent(DAY);
            return new double[] {change.values()[change.size() - 1], end};
        }
        return new double[] {Double.NaN, -1};
    }
}
