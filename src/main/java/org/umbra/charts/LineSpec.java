package org.umbra.charts;

/**
 * One line on a pane: a key the view model fills, the legend label, its colour (CSS hex), dashed
 * for history that did not come from a live venue, and which value axis it belongs to.
 */
public record LineSpec(String key, String label, String color, boolean dashed, boolean rightAxis) {
}
