package org.umbra.analytics.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each component's anchor points (docs/risk-score.md, "Components"), the lines between them and the clamps beyond. */
class RiskMappingTest {
    private static final double EPS = 1e-9;

    private static double score(Component c, double x) {
        return c.anchors().map(x);
    }

    @Test
    void percentileComponentsScoreTheRankItself() {
        for (Component c : new Component[] {Component.OI_LEVEL, Component.LEVERAGE}) {
            assertTrue(c.isPercentile());
            assertEquals(0, score(c, 0), EPS);
            assertEquals(27.5, score(c, 27.5), EPS);
            assertEquals(100, score(c, 100), EPS);
        }
    }

    @Test
    void oiChange() {
        Component c = Component.OI_CHANGE;
        assertEquals(0, score(c, -35), EPS, "clamped below -20 %");
        assertEquals(0, score(c, -20), EPS);
        assertEquals(20, score(c, -10), EPS);
        assertEquals(40, score(c, 0), EPS);
        assertEquals(80, score(c, 20), EPS);
        assertEquals(90, score(c, 25), EPS);
        assertEquals(100, score(c, 30), EPS);
        assertEquals(100, score(c, 80), EPS);
    }

    @Test
    void fundingHasTheBaselineInTheMiddle() {
        Component c = Component.FUNDING;
        assertEquals(0, score(c, -25), EPS);
        assertEquals(0, score(c, -10), EPS);
        assertEquals(12.5, score(c, -5), EPS);
        assertEquals(25, score(c, 0), EPS);
        assertEquals(50, score(c, 10.95), EPS, "0.01 %/8 h");
        assertEquals(65, score(c, 20.475), EPS, "half-way from 10.95 to 30");
        assertEquals(80, score(c, 30), EPS);
        assertEquals(90, score(c, 40), EPS);
        assertEquals(100, score(c, 50), EPS);
        assertEquals(100, score(c, 120), EPS);
    }

    @Test
    void fundingZScore() {
        Component c = Component.FUNDING_Z;
        assertEquals(0, score(c, -4), EPS);
        assertEquals(0, score(c, -3), EPS);
        assertEquals(50, score(c, 0), EPS);
        assertEquals(75, score(c, 1.5), EPS);
        assertEquals(100, score(c, 3), EPS);
    }

    @Test
    void longShortIsLowestWhenBalancedAndHigherForLongCrowding() {
        Component c = Component.LONG_SHORT;
        assertEquals(70, score(c, 0.3), EPS);
        assertEquals(70, score(c, 0.5), EPS);
        assertEquals(40, score(c, 0.75), EPS);
        assertEquals(10, score(c, 1.0), EPS);
        assertEquals(50, score(c, 1.7), EPS);
        assertEquals(65, score(c, 2.1), EPS);
        assertEquals(80, score(c, 2.5), EPS);
        assertEquals(90, score(c, 3.0), EPS);
        assertEquals(100, score(c, 3.5), EPS);
        assertEquals(100, score(c, 6), EPS);
    }

    @Test
    void volatility() {
        Component c = Component.VOLATILITY;
        assertEquals(0, score(c, 10), EPS);
        assertEquals(0, score(c, 20), EPS);
        assertEquals(25, score(c, 35), EPS);
        assertEquals(50, score(c, 50), EPS);
        assertEquals(75, score(c, 75), EPS);
        assertEquals(100, score(c, 100), EPS);
        assertEquals(100, score(c, 150), EPS);
    }

    @Test
    void premiumInPercent() {
        Component c = Component.PREMIUM;
        assertEquals(0, score(c, -0.3), EPS);
        assertEquals(0, score(c, -0.10), EPS);
        assertEquals(40, score(c, 0), EPS);
        assertEquals(60, score(c, 0.05), EPS);
        assertEquals(100, score(c, 0.15), EPS);
        assertEquals(100, score(c, 1), EPS);
    }

    @Test
    void liquidationsRelativeToOi() {
        Component c = Component.LIQUIDATIONS;
        assertEquals(0, score(c, 0), EPS);
        assertEquals(15, score(c, 0.25), EPS);
        assertEquals(30, score(c, 0.5), EPS);
        assertEquals(70, score(c, 2), EPS);
        assertEquals(100, score(c, 5), EPS);
        assertEquals(100, score(c, 20), EPS, "a 19 bn day on ~90 bn OI");
    }

    @Test
    void anchorsRefuseBadDefinitions() {
        assertEquals("anchor x not strictly ascending at 1: 1.0 then 1.0",
                assertThrows(IllegalArgumentException.class, () -> Anchors.of(1, 0, 1, 100)).getMessage());
        assertEquals("anchor sub-score outside 0-100 at 1: 120.0",
                assertThrows(IllegalArgumentException.class, () -> Anchors.of(0, 0, 1, 120)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Anchors.of(0, 0, 1));
        assertEquals("cannot score NaN", assertThrows(IllegalArgumentException.class, () -> Anchors.of(0, 0, 1, 100).map(Double.NaN)).getMessage());
    }

    @Test
    void bandsCutAt25And50And75() {
        assertEquals(Band.CALM, Band.of(0));
        assertEquals(Band.CALM, Band.of(24.999));
        assertEquals(Band.NEUTRAL, Band.of(25));
        assertEquals(Band.NEUTRAL, Band.of(49.999));
        assertEquals(Band.ELEVATED, Band.of(50));
        assertEquals(Band.OVERHEATED, Band.of(75));
        assertEquals(Band.OVERHEATED, Band.of(100));
        assertEquals("a risk score is within 0-100: 100.5", assertThrows(IllegalArgumentException.class, () -> Band.of(100.5)).getMessage());
    }
}
