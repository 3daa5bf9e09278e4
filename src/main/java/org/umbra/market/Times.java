package org.umbra.market;

/** Small time-grid helpers shared by sources. All times are UTC epoch milliseconds. */
public final class Times {
    public static final long SECOND = 1_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;

    private Times() {
    }

    public static long floorTo(long millis, long step) {
        return Math.floorDiv(millis, step) * step;
    }

    public static long roundTo(long millis, long step) {
        return Math.floorDiv(millis + step / 2, step) * step;
    }

    /** The first grid time strictly after {@code millis}. */
    public static long nextGridTime(long millis, long step) {
        return floorTo(millis, step) + step;
    }
}
