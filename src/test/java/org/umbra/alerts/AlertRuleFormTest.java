package org.umbra.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.umbra.market.Asset;

/** The form checks each field and names it; what passes is the rule typed. */
class AlertRuleFormTest {
    private static final Set<String> SOURCES = Set.of("okx", "bybit");

    @Test
    void aGoodFormIsItsRule() {
        AlertRuleForm.Checked c = new AlertRuleForm(AlertKind.FUNDING_ABOVE, "btc", "Aggregate", "30", "", "", "", true).check(0, SOURCES);
        assertTrue(c.ok());
        assertEquals(new AlertRule(0, AlertKind.FUNDING_ABOVE, Asset.BTC, "aggregate", 30, 0, null, true, 3_600_000L), c.rule());
        AlertRuleForm.Checked oi = new AlertRuleForm(AlertKind.OI_CHANGE, "ETH", "", "12,5 %", "24h", "", "90m", false).check(5, SOURCES);
        assertEquals(new AlertRule(5, AlertKind.OI_CHANGE, Asset.ETH, null, 12.5, 86_400_000L, null, false, 5_400_000L), oi.rule());
        AlertRule source = new AlertRule(2, AlertKind.SOURCE_FAILING, null, null, 0, 1_800_000L, "okx", true, 0);
        assertEquals(source, AlertRuleForm.of(source).check(2, SOURCES).rule(), "a stored rule shown in the form reads back the same");
    }

    @Test
    void eachWrongFieldGetsItsOwnMessage() {
        AlertRuleForm.Checked c = new AlertRuleForm(AlertKind.FUNDING_FLIP, "DOGE", "kraken", "", "soon", "", "1w", true).check(0, SOURCES);
        assertEquals(List.of("asset", "window", "cooldown", "venue"), List.copyOf(c.errors().keySet()));
        assertEquals(Map.of(
                "asset", "unknown asset 'DOGE' (expected BTC or ETH)",
                "window", "'soon' is not a span like 30m, 24h or 7d",
                "cooldown", "'1w' is not a span like 30m, 24h or 7d",
                "venue", "'kraken' is not a perpetual venue or 'aggregate'"), c.errors());
        assertEquals(Map.of("threshold", "'lots' is not a number"),
                new AlertRuleForm(AlertKind.RISK_ABOVE, "BTC", "", "lots", "", "", "", true).check(0, SOURCES).errors());
        assertEquals(Map.of("threshold", "must be from 0 to below 100 (the score's range)"),
                new AlertRuleForm(AlertKind.RISK_ABOVE, "BTC", "", "100", "", "", "", true).check(0, SOURCES).errors());
        assertEquals(Map.of("source", "'kraken' is not a source; one of any, bybit, okx"),
                new AlertRuleForm(AlertKind.SOURCE_FAILING, "", "", "", "30m", "kraken", "", true).check(0, SOURCES).errors());
    }

    @Test
    void spansReadAndPrintInWholeUnits() {
        assertEquals(5_400_000L, Durations.parse("90m"));
        assertEquals(86_400_000L, Durations.parse(" 24 h "));
        assertEquals(604_800_000L, Durations.parse("7d"));
        assertEquals("90m", Durations.format(5_400_000L));
        assertEquals("1d", Durations.format(86_400_000L));
        assertEquals("0m", Durations.format(0));
        assertEquals("1 h 30 min", Durations.words(5_400_000L));
        assertEquals("2 d 1 h", Durations.words(49 * 3_600_000L));
    }
}
