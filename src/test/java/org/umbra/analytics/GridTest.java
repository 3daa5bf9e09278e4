package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void timesRunFromStartInStepsUpToTheEnd() {
        Grid g = new Grid(0, 10, 3);
        // 0, 3, 6, 9: 12 would pass the end
        assertArrayEquals(new long[] {0, 3, 6, 9}, g.times());
        assertEquals(4, g.size());
        assertEquals(9, g.at(3));
        assertEquals(1, new Grid(5, 5, 1).size(), "a one-point grid");
    }

    @Test
    void samplingCarriesForwardOnlyWithinTheAge() {
        TimeSeries s = new TimeSeries(new long[] {3, 4}, new double[] {7, 8});
        // grid 0,3,6,9 with carry 2: before the first point NaN; 3 -> 7; 6 -> 8 (2 old); 9 -> 5 old: NaN
        double[] v = new Grid(0, 9, 3).sample(s, 2);
        assertTrue(Double.isNaN(v[0]));
        assertEquals(7, v[1]);
        assertEquals(8, v[2]);
        assertTrue(Double.isNaN(v[3]));
    }

    @Test
    void windowsMustBeWholeSteps() {
        Grid g = new Grid(0, 100, 10);
        assertEquals(3, g.steps(30));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.steps(25));
        assertTrue(e.getMessage().contains("25 ms"), e.getMessage());
    }

    @Test
    void refusesBadGrids() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Grid(0, 10, 0)).getMessage().contains("step"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Grid(10, 0, 1)).getMessage().contains("before its start"));
        assertThrows(IllegalArgumentException.class, () -> new Grid(0, Long.MAX_VALUE, 1), "too many points");
        assertThrows(IllegalArgumentException.class, () -> new Grid(0, 9, 3).series(new double[2]));
    }

    /** 10 h over 4 columns is 2.5 h a column, rounded up to whole hours: 3 h, starting at the 3 h boundary before 1 h. */
    @Test
    void forColumnsRoundsTheStepUpToWholeUnitsAndAlignsTheStart() {
        long h = 3_600_000L;
        Grid g = Grid.forColumns(h, 11 * h, 4, h);
        assertEquals(3 * h, g.stepMs());
        assertEquals(0, g.from());
        assertEquals(Grid.forColumns(h, 2 * h, 1000, h).stepMs(), h, "never finer than one unit");
    }
}
