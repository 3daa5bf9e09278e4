package org.umbra.market.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: a sleep advances the clock by exactly the time asked. */
class RateLimiterTest {
    private long nanos;
    private final List<Long> acquiredAtMs = new ArrayList<>();

    private RateLimiter limiter(int budget, Duration window) {
        return new RateLimiter("test", budget, window, ms -> nanos += ms * 1_000_000L, () -> nanos);
    }

    private void acquire(RateLimiter l, int weight, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            l.acquire(weight);
            acquiredAtMs.add(nanos / 1_000_000L);
        }
    }

    /**
     * Regression (BackfillBench against a Coinbase limit of 10 a second, Umbra's budget 5): a token bucket let
     * 5 go at once and then one every 200 ms, so 10 fell in one second. The window (1 s + slack 100 ms + 20 ms)
     * lets 5 go at 0 ms and the next 5 only when those have left it, at 1120 ms; the 11th at 2240 ms.
     */
    @Test
    void neverTakesMoreThanTheBudgetInAnyWindow() throws InterruptedException {
        RateLimiter l = limiter(5, Duration.ofSeconds(1));
        acquire(l, 1, 11);
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1120L, 1120L, 1120L, 1120L, 1120L, 2240L), acquiredAtMs);
    }

    /**
     * Weights: budget 10 a minute (window 60 s + 100 ms + 1.2 s = 61.3 s), weights 4, 4, 4: the third waits for the
     * first to leave (at 61.3 s), not for both.
     */
    @Test
    void aHeavyRequestWaitsOnlyForWhatItNeeds() throws InterruptedException {
        RateLimiter l = limiter(10, Duration.ofMinutes(1));
        acquire(l, 4, 1);
        nanos += 30_000_000_000L;
        acquire(l, 4, 2);
        assertEquals(List.of(0L, 30_000L, 61_300L), acquiredAtMs);
    }

    /**
     * After a 429 the window counts as full and frees evenly over the next window, as an emptied bucket refills:
     * budget 5 per 2 s (window 2.14 s), drained at 500 ms: a fifth of the budget frees every 428 ms, so the next
     * requests go at 928, 1356, 1784 ms..., never more than 5 in any window.
     */
    @Test
    void drainFreesTheWindowEvenlyNotAllAtItsEnd() throws InterruptedException {
        RateLimiter l = limiter(5, Duration.ofSeconds(2));
        acquire(l, 1, 1);
        nanos += 500_000_000L;
        l.drain();
        acquire(l, 1, 3);
        assertEquals(List.of(0L, 928L, 1356L, 1784L), acquiredAtMs);
    }

    /**
     * Regression: Binance's funding bucket (250 per 5 min) drained after a 429 asking for 30 s held every request
     * for the whole 5 minutes. Now the next one waits one 250th of the window (about 1.2 s).
     */
    @Test
    void aLongWindowDrainedDoesNotStallForTheWholeWindow() throws InterruptedException {
        RateLimiter l = limiter(250, Duration.ofMinutes(5));
        l.drain();
        acquire(l, 1, 1);
        assertEquals(List.of(3_061L), acquiredAtMs, "one of 100 chunks (2.5 of the 250) frees after 306.1 s / 100");
    }
}
