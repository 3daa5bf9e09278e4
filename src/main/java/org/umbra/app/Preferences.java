package org.umbra.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.analytics.RangeSpec;

/**
 * How the user left the window, restored at the next start: its bounds (null until it was first closed) and maximised
 * state, the view shown, and each chart view's range preset. What the user sets deliberately is in {@link Settings}.
 *
 * @param x         the window's left edge in screen coordinates, or null for "let the system place it"
 * @param ranges    a chart view's id (markets, compare, venues, risk) to its preset (1D, 1W, 1M, 3M, 1Y, All)
 */
public record Preferences(Double x, Double y, Double width, Double height, boolean maximized, String lastView, Map<String, String> ranges) {
    /** Smaller than this, the window cannot show a chart: a saved size below it is refused. */
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;
    /** The size of a first start; {@code null} bounds mean "not saved yet". */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    public Preferences {
        lastView = lastView == null ? "" : lastView.trim();
        ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
    }

    public static Preferences defaults() {
        return new Preferences(null, null, null, null, false, "", Map.of());
    }

    public Preferences withBounds(double x, double y, double width, double height, boolean maximized) {
        return new Preferences(x, y, width, height, maximized, lastView, ranges);
    }

    public Preferences withLastView(String view) {
        return new Preferences(x, y, width, height, maximized, view, ranges);
    }

    public Preferences withRange(String view, String preset) {
        Map<String, String> m = new LinkedHashMap<>(ranges);
        m.put(view, preset);
        return new Preferences(x, y, width, height, maximized, lastView, m);
    }

    public boolean hasBounds() {
        return x != null && y != null && width != null && height != null;
    }

    /** Every problem, each naming the preference; empty when they can be used. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        long set = java.util.stream.Stream.of(x, y, width, height).filter(java.util.Objects::nonNull).count();
        if (set != 0 && set != 4) {
            out.add("Window bounds: x, y, width and height are saved together, but only " + set + " of them are here");
        }
        if (hasBounds()) {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                out.add("Window position: " + x + ", " + y + " is not a point on a screen");
            }
            if (!(width >= MIN_WIDTH && width <= 100_000) || !(height >= MIN_HEIGHT && height <= 100_000)) {
                out.add("Window size: " + width + " × " + height + " is outside " + (int) MIN_WIDTH + " × " + (int) MIN_HEIGHT + " to 100000 × 100000");
            }
        }
        ranges.forEach((view, preset) -> {
            try {
                RangeSpec.parse(preset);
            } catch (IllegalArgumentException e) {
                out.add("Range of the " + view + " view: " + e.getMessage());
            }
        });
        return out;
    }
}
