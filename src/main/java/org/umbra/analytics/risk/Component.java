package org.umbra.analytics.risk;

/**
 * The score's components: what each measures, its unit, its weight, and how its scored quantity
 * maps to 0-100. For the two percentile components the scored quantity is the percentile rank
 * itself (the raw value shown is the OI or the ratio it ranks). docs/risk-score.md explains each.
 */
public enum Component {
    OI_LEVEL("oi-level", "OI level (365 d percentile)", "USD", 0.15, Anchors.of(0, 0, 100, 100)),
    OI_CHANGE("oi-change", "OI change 7 d (in coin)", "%", 0.10, Anchors.of(-20, 0, 0, 40, 20, 80, 30, 100)),
    LEVERAGE("leverage", "OI / market value (365 d percentile)", "%", 0.15, Anchors.of(0, 0, 100, 100)),
    FUNDING("funding", "Funding, OI-weighted", "%/yr", 0.15, Anchors.of(-10, 0, 0, 25, 10.95, 50, 30, 80, 50, 100)),
    FUNDING_Z("funding-z", "Funding z-score (90 d)", "z", 0.10, Anchors.of(-3, 0, 3, 100)),
    LONG_SHORT("long-short", "Long/short accounts", "ratio", 0.10, Anchors.of(0.5, 70, 1.0, 10, 1.7, 50, 2.5, 80, 3.5, 100)),
    VOLATILITY("volatility", "Realised volatility 30 d", "%/yr", 0.10, Anchors.of(20, 0, 50, 50, 100, 100)),
    PREMIUM("premium", "Premium, 24 h mean", "%", 0.05, Anchors.of(-0.10, 0, 0.15, 100)),
    LIQUIDATIONS("liquidations", "Liquidations 24 h / OI", "% of OI", 0.10, Anchors.of(0, 0, 0.5, 30, 2, 70, 5, 100));

    private final String id;
    private final String label;
    private final String unit;
    private final double weight;
    private final Anchors anchors;

    Component(String id, String label, String unit, double weight, Anchors anchors) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.weight = weight;
        this.anchors = anchors;
    }

    /** Stable identifier (CLI, tests, exports). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Unit of the raw value. */
    public String unit() {
        return unit;
    }

    /** Nominal weight; the weights of all components sum to 1. */
    public double weight() {
        return weight;
    }

    public Anchors anchors() {
        return anchors;
    }

    /** Whether the sub-score is a trailing percentile rank of the raw value rather than a map of it. */
    public boolean isPercentile() {
        return this == OI_LEVEL || this == LEVERAGE;
    }
}
