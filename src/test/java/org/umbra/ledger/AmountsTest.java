package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "''{0}'' ({1}) = {2} sats")
    @CsvSource(delimiter = '|', value = {
            "0.5|BTC|50000000",
            "1|BTC|100000000",
            "'  0.00000001 '|BTC|1",
            ".25|BTC|25000000",
            "21000000|BTC|2100000000000000",
            "1.10000000|BTC|110000000",
            "2 BTC|SATS|200000000",
            "0.3btc|SATS|30000000",
            "50000|SATS|50000",
            "50,000|SATS|50000",
            "1 000 000 sats|BTC|1000000",
            "12_345 sat|BTC|12345",
            "+0.1|BTC|10000000"})
    void parses(String text, Amounts.Unit unit, long sats) {
        Amounts.Parsed p = Amounts.parse(text, unit);
        assertNull(p.problem(), () -> text + ": " + p.problem());
        assertEquals(sats, p.sats());
    }

    @ParameterizedTest(name = "''{0}'' refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "''|BTC|enter an amount",
            "'   '|BTC|enter an amount",
            "0|BTC|must be more than 0",
            "0.000000000|BTC|must be more than 0",
            "-1|BTC|must not be negative",
            "21000000.00000001|BTC|more than 21 million BTC, the most there can ever be",
            "0.123456789|BTC|BTC has at most 8 decimals (1 sat = 0.00000001 BTC)",
            "0,5|BTC|use a dot as the decimal point (0.5, not 0,5)",
            "1,000.5|BTC|remove the thousands separators (write 1000.5, not 1,000.5)",
            "1e-3|BTC|write the amount out in full (no exponent like 1e-3)",
            "1.5|SATS|a satoshi is the smallest unit: sats are whole numbers",
            "12ab|BTC|'12ab' is not a number of BTC (digits and one dot, e.g. 0.25)",
            "1.2.3|BTC|'1.2.3' is not a number of BTC (digits and one dot, e.g. 0.25)",
            "sats|BTC|enter a number before the unit",
            "50,00|SATS|'50,00' is not a whole number of sats",
            "2100000000000001|SATS|more than 21 million BTC, the most there can ever be"})
    void refuses(String text, Amounts.Unit unit, String problem) {
        Amounts.Parsed p = Amounts.parse(text, unit);
        assertNull(p.sats());
        assertEquals(problem, p.problem());
    }

    @Test
    void formatsWithEightDecimals() {
        assertEquals("1,234.56789012", Amounts.btc(123_456_789_012L));
        assertEquals("0.00000001", Amounts.btc(1));
        assertEquals("0.5", Amounts.btcPlain(50_000_000));
        assertEquals("1.00000001", Amounts.btcPlain(100_000_001));
    }
}
