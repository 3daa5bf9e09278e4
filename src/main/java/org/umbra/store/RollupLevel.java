package org.umbra.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps rollups are kept at. Each divides the next, all aligned to UTC epoch multiples, so a coarser
 * level is built from the finer one. A level is kept for a series only where it thins the series at least
 * {@link #MIN_THINNING} times: a 15-minute rollup of 5-minute points would cost more than it saves.
 */
public enum RollupLevel {
    MIN_15(900),
    HOUR_1(3_600),
    HOUR_4(14_400),
    DAY_1(86_400);

    /** A level is kept only where a bucket holds at least this many raw points. */
    static final int MIN_THINNING = 8;

    private final long stepSeconds;

    RollupLevel(long stepSeconds) {
        this.stepSeconds = stepSeconds;
    }

    public long stepSeconds() {
        return stepSeconds;
    }

    public long stepMs() {
        return stepSeconds * 1000;
    }

    /** Start of the bucket holding {@code ts} (floor, also before 1970). */
    long bucketOf(long ts) {
        return Math.floorDiv(ts, stepMs()) * stepMs();
    }

    /** The levels kept for a series whose points are {@code intervalSeconds} apart, finest first. */
    static List<RollupLevel> keptFor(long intervalSeconds) {
        List<RollupLevel> out = new ArrayList<>();
        for (RollupLevel l : values()) {
            if (l.stepSeconds >= MIN_THINNING * intervalSeconds) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The coarsest level kept for the series whose buckets are no wider than {@code resolutionMs} (a chart
     * column), or null when raw points are needed: no bucket may span more than the column it is drawn in.
     */
    static RollupLevel forResolution(long intervalSeconds, long resolutionMs) {
        RollupLevel best = null;
        for (RollupLevel l : keptFor(intervalSeconds)) {
            if (l.stepMs() <= resolutionMs) {
                best = l;
            }
        }
        return best;
    }
}
