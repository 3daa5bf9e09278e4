package org.umbra.analytics.risk;

import java.util.ArrayList;
import java.util.List;
import org.umbra.analytics.TimeSeries;

/**
 * The documented risk score (docs/risk-score.md): each {@link Component} maps its raw value to 0-100,
 * the score is their weighted mean over the components that have data, with the weights rescaled to
 * sum to 1; below half the total weight there is no score. Pure and deterministic: the score at
 * {@code t} reads only data at or before {@code t}.
 */
public final class RiskModel {
    /** Below this share of the total weight the score is undefined. */
    public static final double MIN_WEIGHT = 0.5;
    /** Float sums of the weights may land a hair below 0.5 when exactly half is present. */
    private static final double WEIGHT_TOLERANCE = 1e-9;

    private RiskModel() {
    }

    /** The score and its breakdown at {@code t}. */
    public static Breakdown at(RiskInputs in, long t) {
        return combine(in, t, new RiskEvaluator(in, t, t).readAll(t));
    }

    /**
     * The score at {@code from}, {@code from + stepMs}, ... up to {@code to}: NaN where undefined.
     * Each step equals {@link #at} at that time.
     */
    public static TimeSeries series(RiskInputs in, long from, long to, long stepMs) {
        if (stepMs <= 0) {
            throw new IllegalArgumentException("step must be positive: " + stepMs + " ms");
        }
        if (to < from) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
        long steps = (to - from) / stepMs + 1;
        if (steps > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many steps: " + steps + " (range " + (to - from) + " ms / step " + stepMs + " ms)");
        }
        RiskEvaluator ev = new RiskEvaluator(in, from, to);
        long[] ts = new long[(int) steps];
        double[] vs = new double[(int) steps];
        for (int i = 0; i < steps; i++) {
            long t = from + i * stepMs;
            ts[i] = t;
            vs[i] = combine(in, t, ev.readAll(t)).score();
        }
        return new TimeSeries(ts, vs);
    }

    static Breakdown combine(RiskInputs in, long t, List<RiskEvaluator.Reading> readings) {
        double available = 0;
        for (RiskEvaluator.Reading r : readings) {
            if (r.missingReason() == null) {
                available += r.component().weight();
            }
        }
        boolean defined = available >= MIN_WEIGHT - WEIGHT_TOLERANCE;
        List<Breakdown.Part> parts = new ArrayList<>(readings.size());
        double score = 0;
        for (RiskEvaluator.Reading r : readings) {
            Component c = r.component();
            if (r.missingReason() != null) {
                parts.add(Breakdown.Part.missing(c, r.value(), r.missingReason()));
                continue;
            }
            double sub = c.anchors().map(r.scored());
            double effective = defined ? c.weight() / available : 0;
            double contribution = effective * sub;
            score += contribution;
            parts.add(new Breakdown.Part(c, r.value(), sub, effective, contribution, null));
        }
        if (!defined) {
            String reason = String.format(java.util.Locale.ROOT, "only %.0f %% of the weight has data (needs %.0f %%)", available * 100, MIN_WEIGHT * 100);
            return new Breakdown(in.asset(), t, Double.NaN, null, available, parts, reason);
        }
        score = Math.max(0, Math.min(100, score));
        return new Breakdown(in.asset(), t, score, Band.of(score), available, parts, null);
    }
}
