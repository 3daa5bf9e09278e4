package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.AlertLog;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class PolicyMonitorTest {
    @TempDir
    Path dir;

    @Test
    void anEventWhenACheckStartsFailingAndOneWhenItPassesAgainNothingInBetween() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, clock);
            AlertLog log = new AlertLog(db, writer);
            PolicyMonitor monitor = new PolicyMonitor(book, log, clock, ZoneOffset.UTC);
            book.add(LedgerFixtures.cold(100_000_000), "form");
            assertEquals(List.of(), monitor.check());
            // 0.5 BTC yield of 1.5 BTC is 33 %: the yield and claims-exit checks fail (Nexo is 33 % > 5 %, never drilled).
            Holding earn = book.add(LedgerFixtures.earn("Nexo", 50_000_000), "form");
            List<AlertLog.Event> fired = monitor.check();
            assertEquals(List.of("policy:yield-max", "policy:claims-exit", "policy:drills"), fired.stream().map(AlertLog.Event::rule).toList());
            assertEquals("Policy failing: Yield ledger at most 10 % of BTC (yield holds 33.3 % (0.50000000 of 1.50000000 BTC))",
                    fired.get(0).message());
            assertEquals(List.of(), monitor.check()); // still failing: no new event
            book.delete(earn.id(), "form");
            List<AlertLog.Event> cleared = monitor.check();
            assertEquals(3, cleared.size());
            assertEquals(false, cleared.get(0).firing());
            assertEquals(6, log.recent(10).size());
            assertEquals("policy:drills", log.recent(1).get(0).rule());
        } finally {
            writer.close();
        }
    }
}
