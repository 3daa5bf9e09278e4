package org.umbra.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Premium, basis and the price ratio: all pair two series through Align. */
class PremiumTest {
    static final long S = 1000L;

    private final TimeSeries mark = new TimeSeries(new long[] {0, 60 * S, 120 * S}, new double[] {101, 99, 100.5});
    private final TimeSeries index = new TimeSeries(new long[] {0, 61 * S, 125 * S}, new double[] {100, 100, 100});

    @Test
    void premiumPairsWithinTheTolerance() {
        // exact only: 0 -> (101-100)/100
        TimeSeries exact = Premium.premium(mark, index, 0);
        assertArrayEquals(new long[] {0}, exact.timestamps());
        assertArrayEquals(new double[] {0.01}, exact.values(), 1e-12);
        // 2 s: 60 s pairs with 61 s -> (99-100)/100; 120 s is 5 s from 125 s: unpaired
        TimeSeries near = Premium.premium(mark, index, 2 * S);
        assertArrayEquals(new long[] {0, 60 * S}, near.timestamps());
        assertArrayEquals(new double[] {0.01, -0.01}, near.values(), 1e-12);
        // 5 s: 120 s pairs too -> 0.005
        assertArrayEquals(new double[] {0.01, -0.01, 0.005}, Premium.premium(mark, index, 5 * S).values(), 1e-12);
    }

    @Test
    void aTieTakesTheEarlierPointAndAZeroReferenceIsSkipped() {
        TimeSeries perp = new TimeSeries(new long[] {60 * S, 200 * S}, new double[] {50_500, 10});
        TimeSeries spot = new TimeSeries(new long[] {59 * S, 61 * S, 200 * S}, new double[] {50_000, 49_000, 0});
        // 60 s is 1 s from both 59 s and 61 s: 59 s wins -> (50500-50000)/50000 = 0.01; spot 0 at 200 s is no price
        TimeSeries basis = Premium.basis(perp, spot, S);
        assertArrayEquals(new long[] {60 * S}, basis.timestamps());
        assertArrayEquals(new double[] {0.01}, basis.values(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Premium.basis(perp, spot, -1));
    }

    @Test
    void ethBtcRatio() {
        TimeSeries eth = new TimeSeries(new long[] {0, 3_600 * S}, new double[] {3600, 1700});
        TimeSeries btc = new TimeSeries(new long[] {10 * S, 3_590 * S}, new double[] {100_000, 100_000});
        // 3600/100000 = 0.036 and 1700/100000 = 0.017, each paired 10 s apart
        TimeSeries r = PriceRatio.of(eth, btc, 10 * S);
        assertArrayEquals(new double[] {0.036, 0.017}, r.values(), 1e-12);
        assertArrayEquals(new long[] {0, 3_600 * S}, r.timestamps(), "at the numerator's times");
    }
}
