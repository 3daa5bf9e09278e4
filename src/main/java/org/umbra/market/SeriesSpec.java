package org.umbra.market;

import java.util.Objects;

/**
 * Identity and meaning of one stored time series: which source wrote it, for which instrument,
 * what it measures, in which unit, and at which nominal spacing.
 *
 * <p>{@code intervalSeconds} is the period a value refers to where that matters (a funding rate is
 * "per 8 h" when it is 28 800) and otherwise the finest spacing the source delivers.
 */
public record SeriesSpec(String source, String instrument, Asset asset, Metric metric, Unit unit, long intervalSeconds) {

    public SeriesSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        if (intervalSeconds <= 0) {
            throw new IllegalArgumentException("intervalSeconds must be positive: " + intervalSeconds);
        }
    }

    /**
     * A series in the metric's default unit, its spacing given in milliseconds (whole seconds are
     * stored): the shape every venue source uses for its own series.
     */
    public static SeriesSpec of(String source, String instrument, Asset asset, Metric metric, long intervalMillis) {
        return new SeriesSpec(source, instrument, asset, metric, metric.defaultUnit(), intervalMillis / Times.SECOND);
    }

    /** The natural key of a series in the database. */
    public String key() {
        return source + "/" + instrument + "/" + metric.id();
    }
}
