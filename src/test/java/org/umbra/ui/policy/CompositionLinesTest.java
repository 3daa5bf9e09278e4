package org.umbra.ui.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.ledger.Composition;
import org.umbra.testing.LedgerUiFixture;
import org.umbra.testing.MovableClock;

/** The composition chart's lines at the change times, from a real ledger's history. */
class CompositionLinesTest {
    private static final long T1 = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    private static final long T2 = Instant.parse("2026-10-15T12:00:00Z").toEpochMilli();
    private static final long NOW = Instant.parse("2026-11-20T10:00:00Z").toEpochMilli();

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(T1);
    private LedgerUiFixture fx;

    @BeforeEach
    void open() {
        fx = new LedgerUiFixture(dir, clock);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @Test
    void stackedBandsAndShadowShareHoldUntilTheNextChangeAndReachNow() {
        fx.book.add(LedgerUiFixture.cold(100_000_000), "test"); // t1: 1 BTC settlement, finality.
        clock.set(T2);
        fx.book.add(LedgerUiFixture.exchange("Kraken", 50_000_000), "test"); // t2: 0.5 BTC working claim.
        CompositionLines lines = CompositionLines.of(Composition.over(fx.book.history()), NOW);

        assertArrayEquals(new double[] {T1 / 1000.0, T2 / 1000.0, NOW / 1000.0}, lines.settlement().x());
        assertArrayEquals(new double[] {1, 1, 1}, lines.settlement().y(), 1e-12);
        // Band tops: working on top of settlement, yield on top of both (none here, so it equals the total).
        assertArrayEquals(new double[] {1, 1.5, 1.5}, lines.working().y(), 1e-12);
        assertArrayEquals(new double[] {1, 1.5, 1.5}, lines.yield().y(), 1e-12);
        // Shadow share: 0 % with only coins under the key; after t2 0.5 of 1.5 BTC is a claim = 33.3 %.
        assertArrayEquals(new double[] {0, 100.0 / 3, 100.0 / 3}, lines.shadow().y(), 1e-9);
    }

    @Test
    void aYieldBandStacksOnTopAndAnEmptyHistoryDrawsNothing() {
        assertEquals(0, CompositionLines.of(List.of(), NOW).yield().x().length);
        fx.book.add(LedgerUiFixture.cold(40_000_000), "test");
        fx.book.add(LedgerUiFixture.exchange("Kraken", 40_000_000), "test");
        fx.book.add(LedgerUiFixture.earn("Nexo", 20_000_000), "test");
        // All three at T1 (the clock stands still): one point per instant, the last state of it, then now.
        CompositionLines lines = CompositionLines.of(Composition.over(fx.book.history()), NOW);
        assertArrayEquals(new double[] {0.4, 0.4}, lines.settlement().y(), 1e-12);
        assertArrayEquals(new double[] {0.8, 0.8}, lines.working().y(), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, lines.yield().y(), 1e-12);
        assertArrayEquals(new double[] {60, 60}, lines.shadow().y(), 1e-9);
    }
}
