package org.umbra.ui.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.umbra.analytics.risk.Breakdown;
import org.umbra.analytics.risk.Component;
import org.umbra.analytics.risk.RiskInputs;
import org.umbra.analytics.risk.RiskModel;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketCatalog;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.RiskInputsReader;
import org.umbra.ui.chartview.Frame;
import org.umbra.ui.chartview.Frame.LineOrigin;
import org.umbra.ui.chartview.FrameLoader;
import org.umbra.ui.chartview.StackedBands;
import org.umbra.analytics.Grid;

/**
 * The risk score over time and each component's contribution (points of the score), one step per
 * pixel column or so, never finer than an hour. Uses the same inputs and model as {@code umbra risk},
 * so the view and the command print the same number for the same time.
 */
final class RiskLoader implements FrameLoader {
    private static final long HOUR = 3_600_000L;

    private final MarketDataReader reader;
    private final RiskInputsReader inputsReader;
    private volatile Asset asset = Asset.BTC;
    private volatile RiskInputs lastInputs;

    RiskLoader(MarketDataReader reader, RiskInputsReader inputsReader) {
        this.reader = reader;
        this.inputsReader = inputsReader;
    }

    Asset asset() {
        return asset;
    }

    void setAsset(Asset asset) {
        this.asset = asset;
    }

    /** The breakdown at {@code t} from the inputs of the last load, if they cover it. */
    Optional<Breakdown> breakdownAt(long t) {
        RiskInputs in = lastInputs;
        return in == null || in.asset() != asset ? Optional.empty() : Optional.of(RiskModel.at(in, t));
    }

    @Override
    public Optional<long[]> extent() {
        return reader.catalog().extent(asset);
    }

    @Override
    public Frame load(long from, long to, int buckets) {
        Asset a = asset;
        MarketCatalog catalog = reader.catalog();
        RiskInputs in = inputsReader.read(catalog, a, from, to);
        lastInputs = in;
        Grid grid = Grid.forColumns(from, to, buckets, HOUR);
        long step = grid.stepMs();
        int n = grid.size();
        double[] x = new double[n];
        double[] score = new double[n];
        boolean[] defined = new boolean[n];
        Map<Component, double[]> contribution = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            contribution.put(c, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            long t = grid.at(i);
            x[i] = t / 1000.0;
            Breakdown b = RiskModel.at(in, t);
            score[i] = b.score();
            defined[i] = b.isDefined();
            for (Component c : Component.values()) {
                contribution.get(c)[i] = b.isDefined() ? b.part(c).contribution() : Double.NaN;
            }
        }
        StackedBands stack = new StackedBands(defined);
        Map<Component, double[]> stacked = new LinkedHashMap<>();
        for (Component c : Component.values()) {
            stacked.put(c, stack.add(contribution.get(c), 1.0));
        }
        Map<String, LineData> lines = new LinkedHashMap<>();
        Map<String, LineOrigin> info = new LinkedHashMap<>();
        Map<String, LineData> readouts = new LinkedHashMap<>();
        lines.put(RiskLayout.SCORE, new LineData(x, score));
        boolean any = java.util.Arrays.stream(score).anyMatch(v -> !Double.isNaN(v));
        if (any) {
            info.put(RiskLayout.SCORE, LineOrigin.undated(a + ", every " + step / HOUR + " h (docs/risk-score.md)"));
        }
        for (Component c : Component.values()) {
            String key = RiskLayout.key(c);
            lines.put(key, new LineData(x, stacked.get(c)));
            readouts.put(key, new LineData(x, contribution.get(c)));
            if (any) {
                info.put(key, LineOrigin.undated(String.format(java.util.Locale.ENGLISH, "weight %.0f %%", c.weight() * 100)));
            }
        }
        return new Frame(from, to, lines, info, readouts);
    }
}
