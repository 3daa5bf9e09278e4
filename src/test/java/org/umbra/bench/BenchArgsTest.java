package org.umbra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchArgsTest {
    private static final Map<String, Long> DEFAULTS = BenchArgs.ordered("--points", 1_000_000L, "--forks", 2L, "--iterations", 3L);

    @Test
    void theProfilesSingleArgumentIsSplitAndOverridesOnlyWhatItNames() {
        // -Dbench.args="--points=100_000 --forks=1" arrives as one argument (and a blank one when empty).
        Map<String, Long> o = BenchArgs.parse(new String[] {"--points=100_000 --forks=1", " "}, DEFAULTS);
        assertEquals(Map.of("--points", 100_000L, "--forks", 1L, "--iterations", 3L), o);
    }

    @Test
    void anUnknownNameOrANonNumberIsRefusedNamingIt() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BenchArgs.parse(new String[] {"--point=5"}, DEFAULTS));
        assertTrue(unknown.getMessage().contains("'--point=5'"), unknown.getMessage());
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> BenchArgs.parse(new String[] {"--forks=two"}, DEFAULTS));
        assertTrue(notNumber.getMessage().contains("--forks needs a whole number, got 'two'"), notNumber.getMessage());
    }
}
