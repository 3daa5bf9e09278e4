package org.umbra.ui.chartview;

import java.time.ZoneId;
import org.umbra.market.Asset;

/**
 * One chart screen with its model: created off the FX thread (its first frame can be read there),
 * its view built on the FX thread on first use. The window and {@code umbra snapshot} open every
 * screen the same way.
 */
public interface Screen extends AutoCloseable {
    ChartScreenModel model();

    /** Builds the view the first time, then returns it. FX thread. */
    ChartScreen view(ZoneId zone);

    /** Shows times in {@code zone}. FX thread, after {@link #view}. */
    void setZone(ZoneId zone);

    /** Shows {@code asset}, for screens of one asset at a time; the others ignore it. Before the first load. */
    default void setAsset(Asset asset) {
    }

    @Override
    default void close() {
        model().close();
    }
}
