package org.umbra.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;
import org.umbra.store.AlertLog;

/** Every kind of rule on hand-made inputs, its edges, and the cooldown. */
class RuleEvaluatorTest {
    private static final long H = 3_600_000L;
    private static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % H; // a whole hour
    private static final long COOL = AlertRule.DEFAULT_COOLDOWN_MS;

    private static AlertRule rule(AlertKind kind, String venue, double threshold, long windowMs) {
        return new AlertRule(7, kind, Asset.BTC, venue, threshold, windowMs, null, true, COOL);
    }

    private static AlertInputs market(MarketNow m, long now) {
        return new AlertInputs(Map.of(Asset.BTC, m), null, Map.of(), now);
    }

    private static MarketNow funding(String key, double... pctYr) {
        long[] t = new long[pctYr.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i * 8 * H;
        }
        return new MarketNow(Map.of(key, new TimeSeries(t, pctYr)), TimeSeries.EMPTY, TimeSeries.EMPTY, Double.NaN);
    }

    private static Optional<Reading> read(AlertRule r, AlertInputs in) {
        return RuleConditions.read(r, in);
    }

    @Test
    void fundingAboveComparesTheNewestRateStrictly() {
        AlertRule above30 = rule(AlertKind.FUNDING_ABOVE, AlertRule.AGGREGATE, 30, 0);
        // The newest rate counts, not the older 50.
        Reading r = read(above30, market(funding(AlertRule.AGGREGATE, 50, 31.2), T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("BTC funding (OI-weighted) 31.2 %/yr above 30 %/yr", r.message());
        // Exactly 30 is not above 30.
        Reading at = read(above30, market(funding(AlertRule.AGGREGATE, 30.0), T0)).orElseThrow();
        assertFalse(at.met());
        assertEquals("BTC funding (OI-weighted) 30.0 %/yr no longer above 30 %/yr", at.message());
    }

    @Test
    void fundingBelowReadsOneVenueAndIsUnknownWithoutIt() {
        AlertRule below = rule(AlertKind.FUNDING_BELOW, "binance", -5, 0);
        assertTrue(read(below, market(funding("binance", -5.5), T0)).orElseThrow().met());
        assertEquals("BTC funding (Binance) -5.5 %/yr below -5 %/yr", read(below, market(funding("binance", -5.5), T0)).orElseThrow().message());
        assertFalse(read(below, market(funding("binance", -5.0), T0)).orElseThrow().met(), "exactly -5 is not below -5");
        assertEquals(Optional.empty(), read(below, market(funding("okx", -50), T0)), "no Binance funding: unknown");
    }

    @Test
    void oiChangeIsTheAbsoluteChangeOverTheWindow() {
        AlertRule oi = rule(AlertKind.OI_CHANGE, null, 10, 24 * H);
        // 100 at T0, 111 at T0 + 24 h: +11 % > 10 %.
        MarketNow up = new MarketNow(Map.of(), new TimeSeries(new long[] {T0, T0 + 12 * H, T0 + 24 * H}, new double[] {100, 104, 111}), TimeSeries.EMPTY,
                Double.NaN);
        Reading r = read(oi, market(up, T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("BTC open interest +11.0 % over 24 h, beyond ±10 %", r.message());
        // 200 → 180: -10 % exactly, not beyond.
        MarketNow down = new MarketNow(Map.of(), new TimeSeries(new long[] {T0, T0 + 24 * H}, new double[] {200, 180}), TimeSeries.EMPTY, Double.NaN);
        Reading edge = read(oi, market(down, T0)).orElseThrow();
        assertFalse(edge.met());
        assertEquals("BTC open interest -10.0 % over 24 h, within ±10 %", edge.message());
        // 200 → 178: -11 %, beyond either way.
        MarketNow more = new MarketNow(Map.of(), new TimeSeries(new long[] {T0, T0 + 24 * H}, new double[] {200, 178}), TimeSeries.EMPTY, Double.NaN);
        assertTrue(read(oi, market(more, T0)).orElseThrow().met());
        // Nothing within 2 h before the window's start: unknown. The only earlier point is 3 h before it.
        MarketNow gap = new MarketNow(Map.of(), new TimeSeries(new long[] {T0 - 3 * H, T0 + 24 * H}, new double[] {100, 150}), TimeSeries.EMPTY,
                Double.NaN);
        assertEquals(Optional.empty(), read(oi, market(gap, T0)));
    }

    @Test
    void aDiscountFiresOnceItHasLastedTheSpan() {
        AlertRule discount = rule(AlertKind.DISCOUNT, null, 0, 3 * H);
        // Negative from T0 + 1 h; the newest point T0 + 4 h: 3 h below zero, exactly the span: fires.
        TimeSeries exactly = new TimeSeries(new long[] {T0, T0 + H, T0 + 2 * H, T0 + 3 * H, T0 + 4 * H},
                new double[] {0.0001, -0.0002, -0.0005, -0.0001, -0.0003});
        Reading r = read(discount, market(new MarketNow(Map.of(), TimeSeries.EMPTY, exactly, Double.NaN), T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("BTC premium below zero for 3 h (deepest -0.050 %), at least 3 h", r.message());
        // One hour less: 2 h below zero.
        TimeSeries shorter = exactly.slice(T0, T0 + 3 * H);
        Reading notYet = read(discount, market(new MarketNow(Map.of(), TimeSeries.EMPTY, shorter, Double.NaN), T0)).orElseThrow();
        assertFalse(notYet.met());
        assertEquals("BTC premium below zero for less than 3 h", notYet.message());
        // Back above zero: the spell is over.
        TimeSeries over = new TimeSeries(new long[] {T0, T0 + H, T0 + 5 * H / 4}, new double[] {-0.001, -0.001, 0.0002});
        TimeSeries overLong = new TimeSeries(new long[] {T0, T0 + 4 * H, T0 + 5 * H}, new double[] {-0.001, -0.001, 0.0002});
        assertFalse(read(discount, market(new MarketNow(Map.of(), TimeSeries.EMPTY, over, Double.NaN), T0)).orElseThrow().met());
        Reading back = read(discount, market(new MarketNow(Map.of(), TimeSeries.EMPTY, overLong, Double.NaN), T0)).orElseThrow();
        assertFalse(back.met(), "a gap of 4 h (> 3 h) ends the spell, and the premium is above zero at the end anyway");
        assertEquals("BTC premium at or above zero again", back.message());
    }

    @Test
    void riskAboveIsStrictAndUnknownWhenUndefined() {
        AlertRule risk = rule(AlertKind.RISK_ABOVE, null, 70, 0);
        Reading r = read(risk, market(new MarketNow(Map.of(), TimeSeries.EMPTY, TimeSeries.EMPTY, 72.25), T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("BTC risk score 72.3 above 70", r.message()); // %.1f rounds half up
        assertFalse(read(risk, market(new MarketNow(Map.of(), TimeSeries.EMPTY, TimeSeries.EMPTY, 70.0), T0)).orElseThrow().met());
        assertEquals(Optional.empty(), read(risk, market(new MarketNow(Map.of(), TimeSeries.EMPTY, TimeSeries.EMPTY, Double.NaN), T0)));
    }

    @Test
    void aSignFlipHoldsWhileItIsWithinTheWindowOfTheNewestRate() {
        AlertRule flip = rule(AlertKind.FUNDING_FLIP, "binance", 0, 8 * H);
        // Rates every 8 h: +10, +5, -3: the flip is at T0 + 16 h, the newest rate: within 8 h.
        Reading r = read(flip, market(funding("binance", 10, 5, -3), T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("BTC funding (Binance) turned negative at " + java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'",
                java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(T0 + 16 * H))
                + ": +5.0 → -3.0 %/yr", r.message());
        // One more negative rate 8 h later: the flip is exactly 8 h before the newest rate, still within.
        assertTrue(read(flip, market(funding("binance", 10, 5, -3, -4), T0)).orElseThrow().met());
        // Another 8 h: 16 h ago, no longer.
        Reading old = read(flip, market(funding("binance", 10, 5, -3, -4, -2), T0)).orElseThrow();
        assertFalse(old.met());
        assertEquals("BTC funding (Binance) has kept its sign for 8 h", old.message());
        // A zero is no sign: +5, 0, +2 never flips.
        assertFalse(read(flip, market(funding("binance", 5, 0, 2), T0)).orElseThrow().met());
    }

    @Test
    void thePolicyRuleFiresWhileAnyCheckFails() {
        AlertRule policy = new AlertRule(3, AlertKind.POLICY_FAILING, null, null, 0, 0, null, true, COOL);
        assertEquals(Optional.empty(), read(policy, new AlertInputs(Map.of(), null, Map.of(), T0)), "not checked yet");
        Reading r = read(policy, new AlertInputs(Map.of(), List.of("Settlement at least 50 %", "Yield at most 10 %"), Map.of(), T0)).orElseThrow();
        assertTrue(r.met());
        assertEquals("Ledger policy failing: Settlement at least 50 %; Yield at most 10 %", r.message());
        assertFalse(read(policy, new AlertInputs(Map.of(), List.of(), Map.of(), T0)).orElseThrow().met());
    }

    @Test
    void aSourceFiresOnceItHasFailedForTheSpan() {
        AlertRule okx = new AlertRule(4, AlertKind.SOURCE_FAILING, null, null, 0, 30 * 60_000L, "okx", true, COOL);
        Map<String, SourceHealth> failing = Map.of("okx", new SourceHealth("okx", false, T0, "HTTP 503"),
                "bybit", new SourceHealth("bybit", true, 0, ""));
        // 29 min: not yet; exactly 30 min: fires.
        assertFalse(read(okx, new AlertInputs(Map.of(), null, failing, T0 + 29 * 60_000L)).orElseThrow().met());
        Reading r = read(okx, new AlertInputs(Map.of(), null, failing, T0 + 30 * 60_000L)).orElseThrow();
        assertTrue(r.met());
        assertEquals("okx failing for 30 min, at least 30 min: HTTP 503", r.message());
        assertEquals(Optional.empty(), read(okx, new AlertInputs(Map.of(), null, Map.of("bybit", failing.get("bybit")), T0)), "okx never reported");
        AlertRule any = new AlertRule(5, AlertKind.SOURCE_FAILING, null, null, 0, 30 * 60_000L, AlertRule.ANY_SOURCE, true, COOL);
        assertTrue(read(any, new AlertInputs(Map.of(), null, failing, T0 + H)).orElseThrow().met());
        assertFalse(read(any, new AlertInputs(Map.of(), null, Map.of("bybit", failing.get("bybit")), T0 + H)).orElseThrow().met());
    }

    @Test
    void firesOnceThenCoolsDownButStillClears() {
        AlertRule above = rule(AlertKind.FUNDING_ABOVE, AlertRule.AGGREGATE, 30, 0);
        MarketNow high = funding(AlertRule.AGGREGATE, 31.2);
        MarketNow low = funding(AlertRule.AGGREGATE, 20.0);

        RuleEvaluator.Outcome fired = RuleEvaluator.evaluate(above, market(high, T0), RuleState.QUIET);
        assertEquals(new RuleState(true, T0), fired.next());
        assertEquals(new AlertLog.Event(0, T0, "rule:7", true, "BTC funding (OI-weighted) 31.2 %/yr above 30 %/yr"), fired.event().orElseThrow());
        // Still above: nothing new.
        RuleEvaluator.Outcome still = RuleEvaluator.evaluate(above, market(high, T0 + 60_000), fired.next());
        assertEquals(Optional.empty(), still.event());
        // Drops: cleared, within the cooldown all the same.
        RuleEvaluator.Outcome cleared = RuleEvaluator.evaluate(above, market(low, T0 + 10 * 60_000), still.next());
        assertEquals(new RuleState(false, T0), cleared.next());
        assertFalse(cleared.event().orElseThrow().firing());
        assertEquals("BTC funding (OI-weighted) 20.0 %/yr no longer above 30 %/yr", cleared.event().orElseThrow().message());
        // Back above 59 min 59.999 s after firing: cooling down, no event, not firing.
        RuleEvaluator.Outcome cooling = RuleEvaluator.evaluate(above, market(high, T0 + COOL - 1), cleared.next());
        assertEquals(Optional.empty(), cooling.event());
        assertEquals(new RuleState(false, T0), cooling.next());
        // Exactly the cooldown after firing: fires again.
        RuleEvaluator.Outcome again = RuleEvaluator.evaluate(above, market(high, T0 + COOL), cooling.next());
        assertTrue(again.event().orElseThrow().firing());
        assertEquals(new RuleState(true, T0 + COOL), again.next());
    }

    @Test
    void unknownInputsChangeNothingAndSwitchingOffClears() {
        AlertRule above = rule(AlertKind.FUNDING_ABOVE, AlertRule.AGGREGATE, 30, 0);
        RuleState firing = new RuleState(true, T0);
        RuleEvaluator.Outcome unknown = RuleEvaluator.evaluate(above, market(MarketNow.NONE, T0 + H), firing);
        assertEquals(firing, unknown.next());
        assertEquals(Optional.empty(), unknown.event());
        RuleEvaluator.Outcome off = RuleEvaluator.evaluate(above.withEnabled(false), market(funding(AlertRule.AGGREGATE, 99), T0 + H), firing);
        assertEquals(new RuleState(false, T0), off.next());
        assertEquals("BTC funding (OI-weighted) above 30 %/yr: rule switched off", off.event().orElseThrow().message());
        assertEquals(Optional.empty(), RuleEvaluator.evaluate(above.withEnabled(false), market(funding(AlertRule.AGGREGATE, 99), T0), RuleState.QUIET)
                .event(), "off and quiet: nothing");
    }
}
