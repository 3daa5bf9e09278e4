package org.umbra.testing;

import java.util.List;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.store.SeriesRepository;

/** Writes constructed series into a test store: hourly or stepped points with known values. */
public final class StoreWriter {
    public static final long HOUR = 3_600_000L;

    private final SeriesRepository series;

    public StoreWriter(SeriesRepository series) {
        this.series = series;
    }

    /** {@code value} at every {@code stepHours} from hour {@code a} to hour {@code b} (inclusive), relative to {@code origin}. */
    public void constant(String source, String instrument, Asset asset, Metric metric, long origin, int a, int b, int stepHours, double value) {
        SeriesBatch.Builder batch = SeriesBatch.builder(SeriesSpec.of(source, instrument, asset, metric, stepHours * HOUR));
        for (int h = a; h <= b; h += stepHours) {
            batch.add(origin + h * HOUR, value);
        }
        series.write(List.of(batch.build()), null).join();
    }

    /** Funding rates per {@code intervalHours}, one settlement every interval from hour {@code a} to {@code b}. */
    public void funding(String source, String instrument, Asset asset, long origin, int a, int b, int intervalHours, double rate) {
        SeriesBatch.Builder batch = SeriesBatch.builder(
                new SeriesSpec(source, instrument, asset, Metric.FUNDING_RATE, Unit.FRACTION, intervalHours * 3600L));
        for (int h = a; h <= b; h += intervalHours) {
            batch.add(origin + h * HOUR, rate);
        }
        series.write(List.of(batch.build()), null).join();
    }

    /** Arbitrary points of one series. */
    public void points(SeriesSpec spec, long[] ts, double[] values) {
        series.write(List.of(new SeriesBatch(spec, ts, values)), null).join();
    }
}
