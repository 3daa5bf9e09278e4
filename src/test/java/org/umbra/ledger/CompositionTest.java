package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

class CompositionTest {
    @TempDir
    Path dir;

    /** A clock the test moves: each change happens at the time set. */
    private static final class StepClock extends java.time.Clock {
        long now;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }
    }

    @Test
    void onePointPerChangeOfHoldingsWithTheShadowShare() {
        StepClock clock = new StepClock();
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, clock);
            clock.now = 1_000;
            Holding cold = book.add(LedgerFixtures.cold(100_000_000), "form");
            clock.now = 2_000;
            book.add(LedgerFixtures.exchange("Kraken", 50_000_000), "form");
            clock.now = 3_000;
            book.saveCustodian(Custodian.named("Kraken"), "form"); // not a holding: no point
            clock.now = 4_000;
            book.delete(cold.id(), "form");

            List<Composition.Point> points = Composition.over(book.history());
            assertEquals(List.of(
                    new Composition.Point(1_000, 100_000_000, 0, 0, 100_000_000),
                    new Composition.Point(2_000, 100_000_000, 50_000_000, 0, 100_000_000),
                    new Composition.Point(4_000, 0, 50_000_000, 0, 0)), points);
            // 0.5 of 1.5 BTC is a claim: a third is shadow.
            assertEquals(100.0 / 3, points.get(1).shadowSharePercent(), 1e-9);
            assertEquals(100.0, points.get(2).shadowSharePercent(), 1e-9);
        } finally {
            writer.close();
        }
    }
}
