package org.umbra.drill;

import java.util.ArrayList;
import java.util.List;
import org.umbra.market.Asset;
import org.umbra.market.FeedCursor;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;

/**
 * The shape of one drill poll, shared by the child that writes it and the audit that checks it: {@value #POINTS}
 * one-minute points in each of {@value #SERIES} series, all at the same timestamps, each poll starting one step after
 * the feed's cursor, and the cursor moved to the poll's last timestamp in the same transaction. So whole polls leave
 * every series with the same contiguous run of minutes from {@link #START_MS} to the cursor; a half-written one
 * shows as series of different lengths, a gap, or a cursor that is not every series' last point.
 */
final class DrillPolls {
    static final String SOURCE = "drill";
    static final String FEED = "poll";
    static final int SERIES = 4;
    /** Big enough that a poll's transaction takes a while (kills land inside it), small enough for 50 runs. */
    static final int POINTS = 240;
    static final long STEP_MS = 60_000;
    /** 2020-01-01T00:00:00Z. */
    static final long START_MS = 1_577_836_800_000L;

    private DrillPolls() {
    }

    static String instrument(int k) {
        return "DRILL-" + k;
    }

    static SeriesSpec spec(int k) {
        return SeriesSpec.of(SOURCE, instrument(k), Asset.BTC, Metric.OPEN_INTEREST_COIN, STEP_MS);
    }

    /** Series {@code k}'s value at {@code ts}: a whole number, exact in a double and checkable in SQL. */
    static double value(int k, long ts) {
        return ts / STEP_MS * 10 + k;
    }

    /** The first timestamp of the poll after {@code cursor}. */
    static long nextFrom(FeedCursor cursor) {
        return cursor.isStart() ? START_MS : cursor.position() + STEP_MS;
    }

    /**
     * Writes the poll after {@code cursor} the way {@code FeedRunner} stores a page: the points of every series and
     * the new cursor in one transaction. Returns after the commit, with the new cursor.
     */
    static FeedCursor write(SeriesRepository series, FeedCursor cursor, long now) {
        long from = nextFrom(cursor);
        FeedCursor next = new FeedCursor(from + (POINTS - 1) * STEP_MS);
        List<SeriesBatch> batches = new ArrayList<>();
        for (int k = 0; k < SERIES; k++) {
            long[] ts = new long[POINTS];
            double[] vs = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                ts[i] = from + i * STEP_MS;
                vs[i] = value(k, ts[i]);
            }
            batches.add(new SeriesBatch(spec(k), ts, vs));
        }
        series.write(batches, c -> {
            FeedStateRepository.recordSuccess(c, SOURCE, FEED, next, now);
            return null;
        }).join();
        return next;
    }
}
