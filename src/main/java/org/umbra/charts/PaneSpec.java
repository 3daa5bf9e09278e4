package org.umbra.charts;

import java.util.List;

/**
 * One pane of a stacked chart: the left axis name and unit, an optional right axis, its lines, and
 * an optional horizontal reference line (the 10.95 % funding baseline, say). {@code stepped} draws
 * each value flat until the next one: a funding rate holds for its whole settlement period.
 */
public record PaneSpec(String id, String leftName, String leftUnit, String rightName, String rightUnit, List<LineSpec> lines,
        Double referenceValue, String referenceLabel, boolean stepped) {

    public PaneSpec {
        lines = List.copyOf(lines);
    }

    public boolean hasRightAxis() {
        return rightName != null;
    }
}
