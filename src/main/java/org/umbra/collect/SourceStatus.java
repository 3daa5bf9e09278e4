package org.umbra.collect;

/**
 * How a source is doing, for the status bar and {@code collect}: its state in one word, the reason
 * when it is not healthy, times in epoch ms (0 when unknown), and while it backfills, how far it is
 * (0..1) and the estimated time left in ms.
 */
public record SourceStatus(String sourceId, String displayName, State state, String reason, long lastSuccessMs,
        long nextPollMs, long pointsWritten, double progress, long etaMs) {

    /** {@code progress} and {@code etaMs} when no backfill is under way. */
    public static final double NO_PROGRESS = -1;

    public enum State {
        /** Not polled yet in this session. */
        STARTING,
        /** Paging through history. */
        BACKFILLING,
        /** Last round of every feed succeeded. */
        OK,
        /** The host cannot be reached (no network, DNS, timeout): retrying with backoff. */
        OFFLINE,
        /** The venue asked us to slow down (429/418): waiting as it asked. */
        RATE_LIMITED,
        /** Refused (403/451, e.g. a restricted region), a bad response or a database error. */
        FAILING
    }

    public boolean healthy() {
        return state == State.OK || state == State.BACKFILLING || state == State.STARTING;
    }
}
