package org.umbra.analytics.risk;

/** The score's bands: [0, 25) calm, [25, 50) neutral, [50, 75) elevated, [75, 100] overheated. */
public enum Band {
    CALM("calm", 0),
    NEUTRAL("neutral", 25),
    ELEVATED("elevated", 50),
    OVERHEATED("overheated", 75);

    private final String label;
    private final double lowerBound;

    Band(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    /** The lowest score in this band (inclusive). */
    public double lowerBound() {
        return lowerBound;
    }

    public static Band of(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("a risk score is within 0-100: " + score);
        }
        Band[] bands = values();
        for (int i = bands.length - 1; i > 0; i--) {
            if (score >= bands[i].lowerBound) {
                return bands[i];
            }
        }
        return CALM;
    }
}
