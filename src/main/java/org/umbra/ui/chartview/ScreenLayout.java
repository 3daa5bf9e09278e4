package org.umbra.ui.chartview;

import java.util.List;
import org.umbra.charts.PaneSpec;

/** What a chart screen shows: its title, its panes, and how it words values and empty panes. */
public interface ScreenLayout {
    String title();

    List<PaneSpec> panes();

    /** What a pane says while nothing for it is stored at all. */
    String emptyText(String paneId);

    /** A value of the pane for the crosshair readout, with its unit. */
    String format(String paneId, double value);

    /**
     * Whether the pane may switch to a log scale: only panes whose values are always positive (prices),
     * never funding or premium, which cross zero.
     */
    default boolean logAllowed(String paneId) {
        return false;
    }

    /** A fixed value range {min, max} for the pane (a score of 0-100), or null to fit the data. */
    default double[] fixedRange(String paneId) {
        return null;
    }
}
