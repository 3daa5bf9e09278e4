package org.umbra.store;

import java.util.Set;

/** Told after a commit which series gained or changed points, and over which time range. */
@FunctionalInterface
public interface SeriesChangeListener {
    void seriesChanged(Set<Long> seriesIds, long fromTs, long toTs);
}
