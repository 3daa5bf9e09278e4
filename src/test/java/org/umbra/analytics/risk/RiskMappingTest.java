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

    /** Pairs of (raw value, expected sub-score). */
    private static void assertScores(Component c, double... rawThenSubScore) {
        for (int i = 0; i < rawThenSubScore.length; i += 2) {
            assertEquals(rawThenSubScore[i + 1], score(c, rawThenSubScore[i]), EPS, c.id() + " at " + rawThenSubScore[i]);
        }
    }

    @Test
    void percentileComponentsScoreTheRankItself() {
        for (Component c : new Component[] {Component.OI_LEVEL, Component.LEVERAGE}) {
            assertTrue(c.isPercentile());
            assertScores(c, 0, 0, 27.5, 27.5, 100, 100);
        }
    }

    @Test
    void oiChange() {
        Component c = Component.OI_CHANGE;
        assertScores(c,
                -35, 0 /* clamped below -20 % */,
                -20, 0,
                -10, 20,
                0, 40,
                20, 80,
                25, 90,
                30, 100,
                80, 100);
    }

    @Test
    void fundingHasTheBaselineInTheMiddle() {
        Component c = Component.FUNDING;
        assertScores(c,
                -25, 0,
                -10, 0,
                -5, 12.5,
                0, 25,
                10.95, 50 /* 0.01 %/8 h */,
                20.475, 65 /* half-way from 10.95 to 30 */,
                30, 80,
                40, 90,
                50, 100,
                120, 100);
    }

    @Test
    void fundingZScore() {
        Component c = Component.FUNDING_Z;
        assertScores(c,
                -4, 0,
                -3, 0,
                0, 50,
                1.5, 75,
                3, 100);
    }

    @Test
    void longShortIsLowestWhenBalancedAndHigherForLongCrowding() {
        Component c = Component.LONG_SHORT;
        assertScores(c,
                0.3, 70,
                0.5, 70,
                0.75, 40,
                1.0, 10,
                1.7, 50,
                2.1, 65,
                2.5, 80,
                3.0, 90,
                3.5, 100,
                6, 100);
    }

    @Test
    void volatility() {
        Component c = Component.VOLATILITY;
        assertScores(c,
                10, 0,
                20, 0,
                35, 25,
                50, 50,
                75, 75,
                100, 100,
                150, 100);
    }

    @Test
    void premiumInPercent() {
        Component c = Component.PREMIUM;
        assertScores(c,
                -0.3, 0,
                -0.10, 0,
                0, 40,
                0.05, 60,
                0.15, 100,
                1, 100);
    }

    @Test
    void liquidationsRelativeToOi() {
        Component c = Component.LIQUIDATIONS;
        assertScores(c,
                0, 0,
                0.25, 15,
                0.5, 30,
                2, 70,
                5, 100,
                20, 100 /* a 19 bn day on ~90 bn OI */);
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
