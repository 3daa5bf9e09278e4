package org.umbra.ui.chartview;

/**
 * The bands of a stacked area: each layer added on top of those before it. An area polygon cannot
 * break, so where the stack is not covered (no venue reports, the score is undefined) every band
 * sits at zero and a plain line (the total) breaks there instead; a layer's NaN adds nothing.
 */
public final class StackedBands {
    private final double[] running;
    private final boolean[] covered;

    /** @param covered where the stack has a value at all */
    public StackedBands(boolean[] covered) {
        this.covered = covered.clone();
        this.running = new double[covered.length];
    }

    /** Covered wherever {@code total} is a number. */
    public static StackedBands coveredWhereDefined(double[] total) {
        boolean[] covered = new boolean[total.length];
        for (int i = 0; i < total.length; i++) {
            covered[i] = !Double.isNaN(total[i]);
        }
        return new StackedBands(covered);
    }

    /** Puts {@code layer} times {@code scale} on the stack; returns the band to draw: the running sum, or zero where uncovered. */
    public double[] add(double[] layer, double scale) {
        if (layer.length != running.length) {
            throw new IllegalArgumentException("layer has " + layer.length + " values, the stack " + running.length);
        }
        double[] band = new double[running.length];
        for (int i = 0; i < band.length; i++) {
            if (!Double.isNaN(layer[i])) {
                running[i] += layer[i] * scale;
            }
            band[i] = covered[i] ? running[i] : 0;
        }
        return band;
    }
}
