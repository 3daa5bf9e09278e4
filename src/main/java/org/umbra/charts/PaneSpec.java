package org.umbra.charts;

import java.util.List;

/**
 * One pane of a stacked chart: the left axis name and unit, an optional right axis, its lines, and
 * an optional horizontal reference line (the 10.95 % funding baseline, say) and unlabelled further ones. {@code stepped} draws
 * each value flat until the next one: a funding rate holds for its whole settlement period.
 */
public record PaneSpec(String id, String leftName, String leftUnit, String rightName, String rightUnit, List<LineSpec> lines,
        Double referenceValue, String referenceLabel, boolean stepped, List<Double> moreReferences) {

    public PaneSpec {
        lines = List.copyOf(lines);
        moreReferences = List.copyOf(moreReferences);
    }

    public PaneSpec(String id, String leftName, String leftUnit, String rightName, String rightUnit, List<LineSpec> lines,
            Double referenceValue, String referenceLabel, boolean stepped) {
        this(id, leftName, leftUnit, rightName, rightUnit, lines, referenceValue, referenceLabel, stepped, List.of());
    }

    /** The same pane with further reference lines drawn like the first (band limits, say), unlabelled. */
    public PaneSpec withMoreReferences(Double... values) {
        return new PaneSpec(id, leftName, leftUnit, rightName, rightUnit, lines, referenceValue, referenceLabel, stepped, List.of(values));
    }

    public boolean hasRightAxis() {
        return rightName != null;
    }
}
