package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.SignFlips.Direction;
import org.umbra.analytics.SignFlips.Flip;

class SignFlipsTest {

    @Test
    void flipsBothWaysAndZeroDoesNotFlip() {
        TimeSeries rates = new TimeSeries(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9},
                new double[] {0.0001, -0.00002, 0, -0.00001, 0, 0.00003, 0.00005, 0, 0.00001});
        // 1 -> 2: positive to negative; the zeros at 3 and 5 do not count, so 4 -> 6 is negative to positive;
        // 7 -> 0 -> 9 stays positive
        assertEquals(List.of(
                new Flip(2, Direction.POSITIVE_TO_NEGATIVE, 0.0001, -0.00002),
                new Flip(6, Direction.NEGATIVE_TO_POSITIVE, -0.00001, 0.00003)), SignFlips.in(rates));
    }

    @Test
    void leadingZerosAndNaNAreNoSign() {
        TimeSeries rates = new TimeSeries(new long[] {1, 2, 3, 4}, new double[] {0, -0.0001, Double.NaN, -0.0002});
        assertEquals(List.of(), SignFlips.in(rates));
        assertEquals(List.of(), SignFlips.in(TimeSeries.EMPTY));
    }
}
