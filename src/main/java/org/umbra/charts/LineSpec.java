package org.umbra.charts;

/**
 * One line on a pane: a key the view model fills, the legend label, its colour (CSS hex), dashed
 * for history that did not come from a live venue, and which value axis it belongs to.
 * {@code markers} draws each point as a marker, unjoined; {@code area} fills down to zero (a band of a stacked area: the view model supplies running sums,
 * topmost band first); {@code stepped} holds each value flat until the next (a weekly report).
 */
public record LineSpec(String key, String label, String color, boolean dashed, boolean rightAxis, boolean area, boolean stepped,
        boolean markers) {
    public LineSpec(String key, String label, String color, boolean dashed, boolean rightAxis, boolean area, boolean stepped) {
        this(key, label, color, dashed, rightAxis, area, stepped, false);
    }

    public LineSpec(String key, String label, String color, boolean dashed, boolean rightAxis) {
        this(key, label, color, dashed, rightAxis, false, false, false);
    }

    public static LineSpec area(String key, String label, String color) {
        return new LineSpec(key, label, color, false, false, true, false, false);
    }

    /** Events drawn as markers at their points, never joined (sign flips, discount episodes). */
    public static LineSpec markers(String key, String label, String color) {
        return new LineSpec(key, label, color, false, false, false, false, true);
    }
}
