package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A state built from changes, as the book would store them. */
    private static LedgerState state(List<Change> changes) {
        LedgerState s = new LedgerState();
        long seq = 1;
        for (Change c : changes) {
            s.apply(new LedgerEvent(seq, seq, Instant.parse("2026-11-01T00:00:00Z").toEpochMilli() + seq, c.entity(), c.key(),
                    LedgerEvent.Action.CREATE, c.state(), null, null, "test"));
            seq++;
        }
        return s;
    }

    private static Map<String, PolicyCheck> byId(LedgerState s) {
        return PolicyChecks.evaluate(s, TODAY).stream().collect(Collectors.toMap(PolicyCheck::id, Function.identity()));
    }

    @Test
    void sharesAgainstTheDefaultThresholds() {
        // 6 BTC settlement, 2.5 working at Kraken, 1.5 yield at Nexo: 10 BTC; yield 15 % > 10 %, settlement 60 % >= 50 %.
        LedgerState s = state(List.of(
                Change.holding(LedgerFixtures.cold(600_000_000).withId(1)),
                Change.holding(LedgerFixtures.exchange("Kraken", 250_000_000).withId(2)),
                Change.holding(LedgerFixtures.earn("Nexo", 150_000_000).withId(3))));
        Map<String, PolicyCheck> c = byId(s);
        assertFalse(c.get("yield-max").passed());
        assertEquals("yield holds 15 % (1.50000000 of 10.00000000 BTC)", c.get("yield-max").detail());
        assertTrue(c.get("settlement-min").passed());
        assertEquals("settlement holds 60 % (6.00000000 BTC)", c.get("settlement-min").detail());
        assertFalse(c.get("claims-exit").passed());
        assertEquals("no exit path for Kraken, Nexo", c.get("claims-exit").detail());
        // Kraken 25 % and Nexo 15 % are over 5 % and never drilled.
        assertFalse(c.get("drills").passed());
        assertEquals("overdue: Kraken (25 %, never drilled), Nexo (15 %, never drilled)", c.get("drills").detail());
        assertEquals(40.0, PolicyChecks.shadowSharePercent(s), 1e-9);
    }

    @Test
    void exitPathsDrillsAndTheUsersThresholdsMakeItPass() {
        Custodian kraken = new Custodian("Kraken", WithdrawalMode.INSTANT, List.of(), "support ticket", List.of("withdraw to cold wallet"),
                List.of(new ExitDrill(TODAY.minusDays(30), "0.001 BTC out", 40, ExitDrill.Outcome.COMPLETED, "")), "");
        Custodian nexo = new Custodian("Nexo", WithdrawalMode.MANUAL_REVIEW, List.of(), "", List.of("redeem", "withdraw"),
                List.of(new ExitDrill(TODAY.minusDays(91), "redeem", 600, ExitDrill.Outcome.DELAYED, "")), "");
        LedgerState s = state(List.of(
                Change.holding(LedgerFixtures.cold(600_000_000).withId(1)),
                Change.holding(LedgerFixtures.exchange("kraken", 250_000_000).withId(2)),
                Change.holding(LedgerFixtures.earn("Nexo", 150_000_000).withId(3)),
                Change.custodian(kraken), Change.custodian(nexo),
                Change.thresholds(new PolicyThresholds(20, 50, 90, 5))));
        Map<String, PolicyCheck> c = byId(s);
        assertTrue(c.get("yield-max").passed());
        assertTrue(c.get("claims-exit").passed());
        assertEquals("2 claim(s), every venue has its steps written down", c.get("claims-exit").detail());
        // Nexo's drill is 91 days old: one day past 90.
        assertEquals("overdue: Nexo (15 %, last 91 days ago)", c.get("drills").detail());
    }

    @Test
    void anEmptyLedgerPassesAndSaysSo() {
        Map<String, PolicyCheck> c = byId(new LedgerState());
        assertTrue(c.values().stream().allMatch(PolicyCheck::passed));
        assertEquals("no BTC entered yet", c.get("yield-max").detail());
        assertEquals("no claims held", c.get("claims-exit").detail());
    }
}
