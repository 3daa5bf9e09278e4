package org.umbra.analytics.risk;

import java.util.Arrays;

/**
 * A mapping from a raw value to a 0-100 sub-score: straight lines between anchor points, flat
 * beyond the first and last. Anchors are the documented form (docs/risk-score.md lists them), so
 * each sub-score can be checked by hand.
 */
public record Anchors(double[] xs, double[] ys) {

    public Anchors {
        if (xs.length < 2 || xs.length != ys.length) {
            throw new IllegalArgumentException("anchors need at least two (x, y) pairs of equal count: " + xs.length + " x, " + ys.length + " y");
        }
        for (int i = 0; i < xs.length; i++) {
            if (i > 0 && !(xs[i] > xs[i - 1])) {
                throw new IllegalArgumentException("anchor x not strictly ascending at " + i + ": " + xs[i - 1] + " then " + xs[i]);
            }
            if (!(ys[i] >= 0 && ys[i] <= 100)) {
                throw new IllegalArgumentException("anchor sub-score outside 0-100 at " + i + ": " + ys[i]);
            }
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** Pairs {x0, y0, x1, y1, ...}. */
    public static Anchors of(double... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("anchors come in (x, y) pairs: " + pairs.length + " numbers");
        }
        double[] xs = new double[pairs.length / 2];
        double[] ys = new double[pairs.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pairs[2 * i];
            ys[i] = pairs[2 * i + 1];
        }
        return new Anchors(xs, ys);
    }

    public double map(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot score NaN");
        }
        if (x <= xs[0]) {
            return ys[0];
        }
        int last = xs.length - 1;
        if (x >= xs[last]) {
            return ys[last];
        }
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return ys[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        return ys[lo] + (ys[hi] - ys[lo]) * (x - xs[lo]) / (xs[hi] - xs[lo]);
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Anchors a && Arrays.equals(xs, a.xs) && Arrays.equals(ys, a.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            b.append(i == 0 ? "" : ", ").append(xs[i]).append(" -> ").append(ys[i]);
        }
        return b.toString();
    }
}
