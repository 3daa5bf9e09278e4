package org.umbra.analytics.risk;

import java.util.List;
import java.util.Objects;
import org.umbra.market.Asset;

/**
 * The risk score at one time and how it was made.
 *
 * @param asset           the asset scored
 * @param t               the time evaluated (UTC epoch ms); only data at or before it was read
 * @param score           0-100, or NaN when undefined (see {@code undefinedReason})
 * @param band            the band of the score, null when undefined
 * @param availableWeight sum of the nominal weights of the components that had data (0-1)
 * @param parts           one per {@link Component}, in declaration order, missing ones included
 * @param undefinedReason why there is no score, null when there is one
 */
public record Breakdown(Asset asset, long t, double score, Band band, double availableWeight, List<Part> parts, String undefinedReason) {

    public Breakdown {
        Objects.requireNonNull(asset, "asset");
        parts = List.copyOf(parts);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    public Part part(Component c) {
        for (Part p : parts) {
            if (p.component() == c) {
                return p;
            }
        }
        throw new IllegalArgumentException("no part for " + c);
    }

    /**
     * One component at the time evaluated.
     *
     * @param component       which one
     * @param value           raw value in {@code component.unit()}, NaN when missing or not known
     * @param subScore        0-100, NaN when missing
     * @param effectiveWeight the weight after rescaling over the available components, 0 when missing
     * @param contribution    points of the score: effectiveWeight x subScore (0 when missing)
     * @param missingReason   why the component is missing, null when present
     */
    public record Part(Component component, double value, double subScore, double effectiveWeight, double contribution, String missingReason) {

        static Part missing(Component c, double value, String reason) {
            return new Part(c, value, Double.NaN, 0, 0, Objects.requireNonNull(reason));
        }

        public boolean isMissing() {
            return missingReason != null;
        }

        public String id() {
            return component.id();
        }

        public String label() {
            return component.label();
        }

        public String unit() {
            return component.unit();
        }

        /** The nominal weight before rescaling. */
        public double weight() {
            return component.weight();
        }
    }
}
