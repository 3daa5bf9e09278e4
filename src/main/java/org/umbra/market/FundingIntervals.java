package org.umbra.market;

import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;

import java.util.List;

/**
 * The funding interval each settled rate is per, read from the spacing of settlements: a venue that moves a
 * symbol from 8 h to 4 h funding says only what the interval is <em>now</em>, while its history keeps the old
 * rows. Pure; used by every venue whose history can hold more than one interval.
 *
 * <p>The rule. A row's spacing is the time since the settlement before it, snapped to a valid interval (1, 2, 4,
 * 6, 8 h or the venue's current one) within {@link #TOLERANCE}; anything else (16 h after a missed settlement, an
 * off-schedule settlement) is no evidence. A regime (the interval in force) runs through the rows: a row whose
 * spacing is the regime, or no evidence, is labelled with the regime; a row whose spacing is another valid
 * interval switches the regime to it only if the spacing after it is the same interval too (two consecutive
 * spacings), else it keeps the regime (one missed 4 h settlement reads as one 8 h spacing). The regime starts as
 * the interval of the stored row before the page if known, else that row's spacing to the first row, else (the
 * first row ever) the spacing after the first row, else the venue's current interval. After the newest settled row
 * the venue's current interval stands for the next spacing, so a change the venue already announces is taken at
 * once.
 */
public final class FundingIntervals {
    /** Every funding interval the venues in Umbra use or may move a symbol to (OKX names 6 h too). */
    public static final List<Long> KNOWN = List.of(HOUR, 2 * HOUR, 4 * HOUR, 6 * HOUR, 8 * HOUR);
    /** Settlement stamps carry milliseconds to seconds of jitter; a minute either side is still the same interval. */
    public static final long TOLERANCE = MINUTE;
    /** {@code previousTime}: the first row is the first settlement there is (or the first one known). */
    public static final long NO_PREVIOUS = Long.MIN_VALUE;
    /** {@code previousInterval}: the interval of the row before is not known. */
    public static final long UNKNOWN = 0;
    /** {@code nextTime}: the last row is the newest settlement the venue has; its current interval comes next. */
    public static final long NEWEST = Long.MAX_VALUE;
    /** {@code nextTime}: newer settlements exist but were not fetched; a last row that would switch stays undecided. */
    public static final long NOT_FETCHED = Long.MIN_VALUE;
    /** A label: this last row cannot be decided without the next settlement; store it with the next page. */
    public static final long UNDECIDED = 0;

    private FundingIntervals() {
    }

    /**
     * The interval each of {@code times} is per, in milliseconds; only the last can be {@link #UNDECIDED}, and only
     * when {@code nextTime} is {@link #NOT_FETCHED}.
     *
     * @param previousTime     the settlement before {@code times[0]}, or {@link #NO_PREVIOUS}
     * @param previousInterval the interval that settlement was labelled with, or {@link #UNKNOWN}
     * @param times            settlement times (epoch ms, as the venue stamps them), strictly ascending
     * @param nextTime         the settlement after the last of {@code times}, {@link #NEWEST} or {@link #NOT_FETCHED}
     * @param currentInterval  the interval the venue states now (ms)
     */
    public static long[] intervals(long previousTime, long previousInterval, long[] times, long nextTime, long currentInterval) {
        if (currentInterval <= 0) {
            throw new IllegalArgumentException("current funding interval must be positive, was " + currentInterval + " ms");
        }
        if (previousInterval < 0) {
            throw new IllegalArgumentException("previous funding interval must be positive or UNKNOWN, was " + previousInterval + " ms");
        }
        int n = times.length;
        for (int i = 1; i < n; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("settlement times not strictly ascending at index " + i + ": " + times[i - 1]
                        + " then " + times[i]);
            }
        }
        long[] labels = new long[n];
        if (n == 0) {
            return labels;
        }
        if (previousTime != NO_PREVIOUS && previousTime >= times[0]) {
            throw new IllegalArgumentException("previous settlement " + previousTime + " is not before the first row " + times[0]);
        }
        if (nextTime != NEWEST && nextTime != NOT_FETCHED && nextTime <= times[n - 1]) {
            throw new IllegalArgumentException("next settlement " + nextTime + " is not after the last row " + times[n - 1]);
        }
        // spacing[i]: the snapped spacing before row i (0 = no evidence); spacing[n]: the spacing after the last row.
        long[] spacing = new long[n + 1];
        spacing[0] = previousTime == NO_PREVIOUS ? 0 : snap(times[0] - previousTime, currentInterval);
        for (int i = 1; i < n; i++) {
            spacing[i] = snap(times[i] - times[i - 1], currentInterval);
        }
        spacing[n] = nextTime == NEWEST ? currentInterval : nextTime == NOT_FETCHED ? 0 : snap(nextTime - times[n - 1], currentInterval);

        long regime = previousInterval != UNKNOWN ? previousInterval
                : spacing[0] != 0 ? spacing[0]
                : spacing[1] != 0 ? spacing[1]
                : currentInterval;
        for (int i = 0; i < n; i++) {
            long s = spacing[i];
            if (s != 0 && s != regime) {
                if (i == n - 1 && nextTime == NOT_FETCHED) {
                    labels[i] = UNDECIDED;
                    break;
                }
                if (spacing[i + 1] == s) {
                    regime = s;
                }
            }
            labels[i] = regime;
        }
        return labels;
    }

    /** The valid interval {@code spacing} is within {@link #TOLERANCE} of, or 0 if none. */
    static long snap(long spacing, long currentInterval) {
        if (Math.abs(spacing - currentInterval) <= TOLERANCE) {
            return currentInterval;
        }
        for (long known : KNOWN) {
            if (Math.abs(spacing - known) <= TOLERANCE) {
                return known;
            }
        }
        return 0;
    }
}
