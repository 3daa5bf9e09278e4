package org.umbra.ui.chartview;

import java.util.Optional;

/** Reads what a chart screen draws. Plain Java, called off the FX thread. */
public interface FrameLoader {
    /** [first, last] (epoch ms) of everything the screen could draw, or empty when nothing is stored. */
    Optional<long[]> extent();

    /** The lines for [from, to], thinned to about {@code buckets} points per line. */
    Frame load(long from, long to, int buckets);
}
