package org.umbra.ui.chartview;

import java.util.Map;
import org.umbra.charts.StackedTimeCharts.LineData;

/**
 * Everything one load of a chart screen produced for [from, to] (epoch ms): each line's drawn
 * points by key, and where each drawn line comes from. {@code readouts} holds the values the
 * crosshair reads where they differ from what is drawn (a stacked area draws running sums).
 */
public record Frame(long from, long to, Map<String, LineData> lines, Map<String, LineOrigin> info, Map<String, LineData> readouts) {
    public Frame(long from, long to, Map<String, LineData> lines, Map<String, LineOrigin> info) {
        this(from, to, lines, info, Map.of());
    }

    /** Where a drawn line's data comes from ("Binance", "bundled history") and its stored extent (epoch ms). */
    public record LineOrigin(String origin, long firstTs, long lastTs) {
        /** A computed line with no stored extent of its own to show. */
        public static LineOrigin undated(String origin) {
            return new LineOrigin(origin, Long.MIN_VALUE, Long.MIN_VALUE);
        }

        public boolean dated() {
            return firstTs != Long.MIN_VALUE;
        }
    }
}
