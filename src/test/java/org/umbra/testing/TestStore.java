package org.umbra.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.umbra.collect.Collector;
import org.umbra.market.MarketSource;
import org.umbra.market.Metric;
import org.umbra.market.http.Backoff;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesData;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;

/**
 * The store a collector test runs against: a database in a temp directory with its writer, series
 * and feed-state repositories, and (once asked for) a collector over them. Closing it closes the
 * collector, the series repository and the writer, in that order.
 */
public final class TestStore implements AutoCloseable {
    private final DbWriter writer;
    private final SeriesRepository series;
    private final FeedStateRepository states;
    private Collector collector;

    public TestStore(Path dir) throws Exception {
        Database db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        series = new SeriesRepository(db, writer);
        states = new FeedStateRepository(db, writer);
    }

    public SeriesRepository series() {
        return series;
    }

    public FeedStateRepository states() {
        return states;
    }

    /** A collector over this store with the standard backoff; closed with the store. */
    public Collector collector(List<MarketSource> sources, Clock clock) {
        collector = new Collector(sources, series, states, clock, Backoff.standard());
        return collector;
    }

    /** Stored series by {@code "<instrument> <metric id>"}. */
    public Map<String, SeriesInfo> stored() {
        return series.listSeries().stream().collect(Collectors.toMap(s -> s.spec().instrument() + " " + s.spec().metric().id(), s -> s));
    }

    /** Every stored point of the series {@code key} as {@link #stored()} names it. */
    public SeriesData all(String key) {
        return series.read(stored().get(key).id(), 0, Long.MAX_VALUE);
    }

    /** Every part of (source, instrument, metric) with points, by interval in seconds: funding has one per funding interval. */
    public Map<Long, SeriesData> parts(String source, String instrument, Metric metric) {
        Map<Long, SeriesData> out = new TreeMap<>();
        for (SeriesInfo s : series.describeAll(source, instrument, metric)) {
            out.put(s.spec().intervalSeconds(), series.read(s.id(), 0, Long.MAX_VALUE));
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        if (collector != null) {
            collector.close();
        }
        series.close();
        writer.close();
    }
}
