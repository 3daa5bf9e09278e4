package org.umbra.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactNumberFormatterTest {
    private final CompactNumberFormatter f = new CompactNumberFormatter();

    @Test
    void readsAtAGlance() {
        assertEquals("25B", f.toString(2.5e10));
        assertEquals("61.25B", f.toString(61.25e9));
        assertEquals("2.5M", f.toString(2.5e6));
        assertEquals("125k", f.toString(125_000));
        assertEquals("0", f.toString(-1e-12));
        assertEquals("0.012", f.toString(0.012));
    }
}
