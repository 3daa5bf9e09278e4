package org.umbra.market.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A venue's published budget kept at half (for example 1200 weight a minute, half of Binance's 2400) as a
 * sliding window: {@link #acquire} waits until the weight taken in the last {@code window} plus the new
 * weight fits the budget, so a backfill of hundreds of pages paces itself instead of running into 429s.
 *
 * <p>Why not a token bucket: a bucket of {@code budget} tokens refilled at {@code budget} per window lets a
 * full bucket be spent and then refilled within one window, i.e. up to twice the budget in any window of
 * that length: the whole published limit, not half (measured: 10 Coinbase requests in one second against a
 * limit of 10). The sliding window never takes more than the budget in any window.
 *
 * <p>The venue counts arrivals, not our acquisitions: a request can leave late (connection setup, a busy CPU)
 * and the next one on time, so both land in one of the venue's windows (measured: 16 of BitMEX's 30 a minute
 * against a budget of 15). An acquisition therefore stays in the window {@link #slackNanos} longer than the window.
 */
public final class RateLimiter {
    /** How the limiter waits; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final String name;
    private final long capacity;
    private final long windowNanos;
    private final Sleeper sleeper;
    private final java.util.function.LongSupplier nanoClock;
    /** (time in nanos, weight) of each acquisition still inside the window, oldest first. */
    private final Deque<long[]> taken = new ArrayDeque<>();
    private long inWindow;

    public RateLimiter(String name, int budget, Duration window) {
        this(name, budget, window, Thread::sleep, System::nanoTime);
    }

    public RateLimiter(String name, int budget, Duration window, Sleeper sleeper, java.util.function.LongSupplier nanoClock) {
        if (budget <= 0) {
            throw new IllegalArgumentException(name + ": budget must be positive");
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(name + ": window must be positive");
        }
        this.name = name;
        this.capacity = budget;
        this.windowNanos = window.toNanos() + slackNanos(window);
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    /** 100 ms plus 2 % of the window: 120 ms for a 1 s window, 1.3 s for a minute. */
    static long slackNanos(Duration window) {
        return 100_000_000L + window.toNanos() / 50;
    }

    /** A limiter that never waits, for tests and for endpoints without a published budget. */
    public static RateLimiter unlimited(String name) {
        return new RateLimiter(name, Integer.MAX_VALUE, Duration.ofMillis(1));
    }

    public String name() {
        return name;
    }

    /** Blocks until {@code weight} fits in the budget of the window ending now, then takes it. */
    public void acquire(int weight) throws InterruptedException {
        if (weight > capacity) {
            throw new IllegalArgumentException(name + ": weight " + weight + " exceeds the whole budget " + capacity);
        }
        if (capacity == Integer.MAX_VALUE) {
            return;
        }
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = nanoClock.getAsLong();
                expire(now);
                if (inWindow + weight <= capacity) {
                    taken.addLast(new long[] {now, weight});
                    inWindow += weight;
                    return;
                }
                waitNanos = untilFits(weight, now);
            }
            sleeper.sleep(Math.max(1, (waitNanos + 999_999) / 1_000_000));
        }
    }

    /**
     * After a 429 the venue's count is ahead of ours: count the window as full now, freeing it again
     * evenly over the next window, as an emptied bucket refills. The next request waits about
     * {@code window / budget} (the source's own pause honours Retry-After), and no window ever holds more
     * than the budget. (Holding the whole budget until the window ends stalled a 5-minute bucket for five
     * minutes after a 429 asking for 30 s.)
     */
    public synchronized void drain() {
        if (capacity == Integer.MAX_VALUE) {
            return;
        }
        taken.clear();
        long now = nanoClock.getAsLong();
        int chunks = (int) Math.min(capacity, 100);
        long left = capacity;
        for (int k = 1; k <= chunks; k++) {
            long weight = k == chunks ? left : capacity / chunks;
            left -= weight;
            // Leaves the window at now + k/chunks of a window.
            taken.addLast(new long[] {now - windowNanos + windowNanos / chunks * k, weight});
        }
        inWindow = capacity;
    }

    /** Drops acquisitions that left the window (now − window, now]. */
    private void expire(long now) {
        while (!taken.isEmpty() && taken.peekFirst()[0] <= now - windowNanos) {
            inWindow -= taken.pollFirst()[1];
        }
    }

    /** Nanos until enough of the oldest acquisitions have left the window for {@code weight} to fit. */
    private long untilFits(int weight, long now) {
        long left = inWindow;
        for (long[] e : taken) {
            left -= e[1];
            if (left + weight <= capacity) {
                return e[0] + windowNanos - now;
            }
        }
        return windowNanos;
    }
}
