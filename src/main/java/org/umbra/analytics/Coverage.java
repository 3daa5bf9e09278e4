package org.umbra.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses, for one figure drawn from several sources in order of preference (live venue first,
 * then bundled history), which time spans each source is drawn over: a less preferred source is
 * drawn only outside the spans the preferred ones cover, so a chart never shows two copies of
 * the same figure, and each part stays labelled with where it came from.
 */
public final class Coverage {
    private Coverage() {
    }

    /** A closed time span [from, to] in epoch ms. */
    public record Span(long from, long to) {
        public boolean contains(long t) {
            return t >= from && t <= to;
        }
    }

    /**
     * @param extents the [first, last] of each source, most preferred first; null for a source with no data
     * @return for each source, the spans in which its points are drawn
     */
    public static List<List<Span>> assign(List<Span> extents) {
        List<List<Span>> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (Span extent : extents) {
            if (extent == null) {
                out.add(List.of());
                continue;
            }
            List<Span> free = List.of(extent);
            for (Span t : taken) {
                List<Span> next = new ArrayList<>();
                for (Span f : free) {
                    next.addAll(subtract(f, t));
                }
                free = next;
            }
            out.add(List.copyOf(free));
            taken.add(extent);
        }
        return out;
    }

    private static List<Span> subtract(Span a, Span b) {
        if (b.to < a.from || b.from > a.to) {
            return List.of(a);
        }
        List<Span> out = new ArrayList<>(2);
        if (a.from < b.from) {
            out.add(new Span(a.from, b.from - 1));
        }
        if (a.to > b.to) {
            out.add(new Span(b.to + 1, a.to));
        }
        return out;
    }

    /** Keeps only the points inside {@code spans}. */
    public static Downsampler.Points keep(long[] ts, double[] vs, List<Span> spans) {
        long[] t = new long[ts.length];
        double[] v = new double[ts.length];
        int n = 0;
        for (Span s : spans) {
            for (int i = Downsampler.lowerBound(ts, s.from()); i < ts.length && ts[i] <= s.to(); i++) {
                t[n] = ts[i];
                v[n] = vs[i];
                n++;
            }
        }
        return new Downsampler.Points(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(v, n));
    }
}
