package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeSeriesTest {
    private final TimeSeries s = new TimeSeries(new long[] {10, 20, 40}, new double[] {1, 2, 4});

    @Test
    void valueAtCarriesForwardOnlyWithinTheAge() {
        assertTrue(Double.isNaN(s.valueAt(5, 100)), "before the first point");
        assertEquals(1, s.valueAt(10, 0));
        assertEquals(2, s.valueAt(39, 19));
        assertTrue(Double.isNaN(s.valueAt(39, 18)), "20 is 19 ms old at 39");
        assertEquals(4, s.valueAt(1000, 960));
    }

    @Test
    void sliceIsInclusive() {
        assertArrayEquals(new long[] {20, 40}, s.slice(20, 40).timestamps());
        assertArrayEquals(new long[] {20}, s.slice(11, 39).timestamps());
        assertTrue(s.slice(41, 100).isEmpty());
    }

    @Test
    void refusesUnorderedTimes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeSeries(new long[] {1, 1}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    }
}
