package org.umbra.market;

import java.time.Duration;
import java.util.List;

/** A venue (or data set) Umbra reads, with a stable short id such as {@code binance-futures}. */
public interface MarketSource {
    /**
     * Series a venue serves only "now" (Deribit, Hyperliquid, BitMEX open interest) are recorded by Umbra's
     * own snapshots, never closer together than this, whatever the app's poll cadence.
     */
    Duration NOW_ONLY_SNAPSHOT_FLOOR = Duration.ofMinutes(5);

    /** The snapshot cadence of a now-only venue: the requested one, but at least {@link #NOW_ONLY_SNAPSHOT_FLOOR}. */
    static Duration nowOnlyCadence(Duration requested) {
        return requested.compareTo(NOW_ONLY_SNAPSHOT_FLOOR) < 0 ? NOW_ONLY_SNAPSHOT_FLOOR : requested;
    }

    String id();

    String displayName();

    List<Feed> feeds();

    /**
     * The time the venue is at when ours reads {@code localNow}, as its own clock (the Date header of its answers) puts
     * it; ours until it has answered. Feeds are fetched at this time, so a machine clock that is off never makes a feed
     * store an unfinished bar as final, speak for minutes the venue has not lived, or stamp a snapshot an hour away.
     */
    default long venueNow(long localNow) {
        return localNow;
    }
}
