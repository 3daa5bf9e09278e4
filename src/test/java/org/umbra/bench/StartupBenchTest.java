package org.umbra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's own arithmetic and arguments; its figures are printed, never asserted. */
class StartupBenchTest {
    @Test
    void argumentsComeAsOneStringOrMany() {
        assertEquals(Map.of("years", "0.1", "runs", "3"), StartupBench.options(new String[] {"years=0.1 runs=3"}));
        assertEquals(Map.of("years", "0.1", "runs", "3"), StartupBench.options(new String[] {"years=0.1", "runs=3"}));
        assertEquals(Map.of("jvm", "-Xshare:off -Xlog:cds=off", "cds", "false"),
                StartupBench.options(new String[] {"jvm=\"-Xshare:off -Xlog:cds=off\" cds=false"}));
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> StartupBench.options(new String[] {"rounds=3"}));
        assertTrue(unknown.getMessage().contains("'rounds'"), unknown.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> StartupBench.options(new String[] {"3"}));
        assertTrue(bare.getMessage().contains("'3' is not key=value"), bare.getMessage());
    }

    @Test
    void medianMinMax() {
        // Sorted 1000, 1200, 1300, 5000: the median of an even count is the mean of the middle two, (1200 + 1300) / 2.
        assertEquals(new StartupBench.Stats(1250, 1000, 5000, 4), StartupBench.Stats.of(List.of(1300.0, 5000.0, 1000.0, 1200.0)));
        assertEquals(new StartupBench.Stats(1300, 1000, 5000, 3), StartupBench.Stats.of(List.of(5000.0, 1000.0, 1300.0)));
        assertEquals("1250 ms (min 1000, max 5000, n=4)", new StartupBench.Stats(1250, 1000, 5000, 4).toString());
    }
}
