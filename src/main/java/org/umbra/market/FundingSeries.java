package org.umbra.market;

import static org.umbra.market.Times.MINUTE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.umbra.market.http.SourceException;

/**
 * One funding feed's settled rates, page by page, as one batch per funding interval ({@link FundingIntervals}
 * labels each row), each row stamped at its settlement minute. It remembers the newest row it labelled, so the
 * next page continues that row's regime; the memory is used only while the caller's previous settlement is that
 * row (a page that was never committed, or a restart, leaves it unused).
 */
public final class FundingSeries {
    /** A settled rate as the venue stamps it (raw time, jitter included). */
    public record Settlement(long time, double rate) {
    }

    /**
     * A page's batches; {@code newestTime} is the raw time of the newest row in them ({@link FundingIntervals#NO_PREVIOUS}
     * if none) and {@code held} says the newest fetched row was left out, undecided, for the next page to fetch again.
     */
    public record Split(List<SeriesBatch> batches, long newestTime, boolean held) {
    }

    private record Labelled(long time, long interval) {
    }

    private final LongFunction<SeriesSpec> specForInterval;
    private volatile Labelled last = new Labelled(FundingIntervals.NO_PREVIOUS, FundingIntervals.UNKNOWN);

    /** @param specForInterval the feed's funding-rate series for an interval in milliseconds */
    public FundingSeries(LongFunction<SeriesSpec> specForInterval) {
        this.specForInterval = specForInterval;
    }

    /** The newest settlement this feed labelled, if it is at or before {@code cursor}; else {@link FundingIntervals#NO_PREVIOUS}. */
    public long lastSettlementUpTo(long cursor) {
        Labelled l = last;
        return l.time() != FundingIntervals.NO_PREVIOUS && l.time() <= cursor ? l.time() : FundingIntervals.NO_PREVIOUS;
    }

    /** Fetches the first settlement after {@code time}, when a page's last row needs it to be decided. */
    @FunctionalInterface
    public interface Lookahead {
        /** The first settlement after {@code time}, or {@link FundingIntervals#NEWEST} if the venue has none. */
        long nextAfter(long time) throws SourceException;
    }

    /**
     * Labels {@code rows} (any order; a repeated time counts once; rows at or before {@code previousTime} are stored
     * already and left out) and splits them by interval.
     *
     * @param previousTime    the stored settlement before the rows, or {@link FundingIntervals#NO_PREVIOUS}
     * @param nextTime        as for {@link FundingIntervals#intervals}
     * @param currentInterval the interval the venue states now (ms)
     */
    public Split split(List<Settlement> rows, long previousTime, long nextTime, long currentInterval) {
        List<Settlement> sorted = sortedDistinct(rows, previousTime);
        long[] times = sorted.stream().mapToLong(Settlement::time).toArray();
        return split(sorted, times, FundingIntervals.intervals(previousTime, previousInterval(previousTime), times, nextTime, currentInterval));
    }

    /** As {@link #split(List, long, long, long)}, asking {@code lookahead} for the next settlement only if the last row needs it. */
    public Split split(List<Settlement> rows, long previousTime, Lookahead lookahead, long currentInterval) throws SourceException {
        List<Settlement> sorted = sortedDistinct(rows, previousTime);
        long[] times = sorted.stream().mapToLong(Settlement::time).toArray();
        long previousInterval = previousInterval(previousTime);
        long[] intervals = FundingIntervals.intervals(previousTime, previousInterval, times, FundingIntervals.NOT_FETCHED, currentInterval);
        if (times.length > 0 && intervals[times.length - 1] == FundingIntervals.UNDECIDED) {
            long next = lookahead.nextAfter(times[times.length - 1]);
            intervals = FundingIntervals.intervals(previousTime, previousInterval, times, next, currentInterval);
        }
        return split(sorted, times, intervals);
    }

    private long previousInterval(long previousTime) {
        Labelled before = last;
        return previousTime != FundingIntervals.NO_PREVIOUS && before.time() == previousTime ? before.interval() : FundingIntervals.UNKNOWN;
    }

    private Split split(List<Settlement> sorted, long[] times, long[] intervals) {
        Map<Long, SeriesBatch.Builder> byInterval = new LinkedHashMap<>();
        Labelled newest = null;
        boolean held = false;
        for (int i = 0; i < times.length; i++) {
            if (intervals[i] == FundingIntervals.UNDECIDED) {
                held = true;
                break;
            }
            byInterval.computeIfAbsent(intervals[i], iv -> SeriesBatch.builder(specForInterval.apply(iv)))
                    .add(Times.roundTo(times[i], MINUTE), sorted.get(i).rate());
            newest = new Labelled(times[i], intervals[i]);
        }
        if (newest != null) {
            last = newest;
        }
        List<SeriesBatch> batches = byInterval.values().stream().map(SeriesBatch.Builder::build).toList();
        return new Split(batches, newest == null ? FundingIntervals.NO_PREVIOUS : newest.time(), held);
    }

    private static List<Settlement> sortedDistinct(List<Settlement> rows, long previousTime) {
        List<Settlement> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Settlement::time));
        List<Settlement> out = new ArrayList<>(sorted.size());
        for (Settlement s : sorted) {
            if (s.time() <= previousTime) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).time() == s.time()) {
                out.set(out.size() - 1, s);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
