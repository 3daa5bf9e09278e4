package org.umbra.store;

import org.umbra.market.SeriesSpec;

/** A stored series with its extent: what {@code umbra series} prints. */
public record SeriesInfo(long id, SeriesSpec spec, long points, long firstTs, long lastTs) {
}
