package org.umbra.collect;

import java.util.List;
import org.umbra.market.SeriesBatch;
import org.umbra.market.bundled.BundledHistory;
import org.umbra.store.MetaRepository;
import org.umbra.store.SeriesRepository;
import org.umbra.store.SeriesRepository.WriteSummary;

/**
 * Imports the bundled history once per database (and again only when its version changes), in one
 * transaction with the marker that says it was done: an interrupted import leaves nothing behind
 * and simply runs again at the next start.
 */
public final class BundledHistoryImport {
    static final String META_KEY = "bundled_history_version";

    private final BundledHistory history;
    private final SeriesRepository series;
    private final MetaRepository meta;

    public BundledHistoryImport(BundledHistory history, SeriesRepository series, MetaRepository meta) {
        this.history = history;
        this.series = series;
        this.meta = meta;
    }

    /** @return points written, 0 when this database already holds this version */
    public long importIfNeeded() {
        if (meta.get(META_KEY).filter(BundledHistory.VERSION::equals).isPresent()) {
            return 0;
        }
        List<SeriesBatch> batches = history.read();
        WriteSummary summary = series.write(batches, c -> {
            MetaRepository.put(c, META_KEY, BundledHistory.VERSION);
            return null;
        }).join();
        return summary.points();
    }
}
