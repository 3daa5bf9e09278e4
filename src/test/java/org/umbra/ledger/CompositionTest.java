package org.umbra.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.testing.MovableClock;

class CompositionTest {
    @TempDir
    Path dir;

    @Test
    void onePointPerChangeOfHoldingsWithTheShadowShare() {
        MovableClock clock = new MovableClock(0);
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        try {
            LedgerBook book = new LedgerBook(db, writer, clock);
            clock.set(1_000);
            Holding cold = book.add(LedgerFixtures.cold(100_000_000), "form");
            clock.set(2_000);
            book.add(LedgerFixtures.exchange("Kraken", 50_000_000), "form");
            clock.set(3_000);
            book.saveCustodian(Custodian.named("Kraken"), "form"); // not a holding: no point
            clock.set(4_000);
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
