package org.umbra.bench;

import java.util.ArrayList;
import java.util.List;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;

/** The one series the store benchmarks write: a mark price every minute from 2020-09-13, in pages. */
public final class MinuteSeries {
    public static final SeriesSpec SPEC = new SeriesSpec("bench", "BTCUSDT", Asset.BTC, Metric.MARK_PRICE, Unit.USD, 60);
    public static final long START_TS = 1_600_000_000_000L;
    public static final long MINUTE = 60_000L;

    private MinuteSeries() {
    }

    /** {@code total} points in pages of {@code pageSize}, values a smooth price around 50,000. */
    public static List<SeriesBatch> pages(int total, int pageSize) {
        if (pageSize <= 0 || total <= 0 || total % pageSize != 0) {
            throw new IllegalArgumentException("points must be a positive multiple of the page size " + pageSize + ", got " + total);
        }
        List<SeriesBatch> out = new ArrayList<>(total / pageSize);
        long ts = START_TS;
        for (int p = 0; p < total / pageSize; p++) {
            SeriesBatch.Builder b = SeriesBatch.builder(SPEC);
            for (int i = 0; i < pageSize; i++) {
                b.add(ts, 50_000 + Math.sin(ts / 3.6e6) * 1_000);
                ts += MINUTE;
            }
            out.add(b.build());
        }
        return out;
    }
}
