package org.umbra.market.http;

import java.time.Duration;

/**
 * A token bucket sized to a venue's published budget (for example 1200 weight a minute, half of
 * Binance's 2400), refilled continuously. {@link #acquire} waits until the weight fits, so a
 * backfill of hundreds of pages paces itself instead of running into 429s.
 */
public final class RateLimiter {
    /** How the limiter waits; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final String name;
    private final double capacity;
    private final double refillPerMilli;
    private final Sleeper sleeper;
    private final java.util.function.LongSupplier nanoClock;
    private double tokens;
    private long lastRefillNanos;

    public RateLimiter(String name, int budget, Duration window) {
        this(name, budget, window, Thread::sleep, System::nanoTime);
    }

    public RateLimiter(String name, int budget, Duration window, Sleeper sleeper, java.util.function.LongSupplier nanoClock) {
        if (budget <= 0) {
            throw new IllegalArgumentException(name + ": budget must be positive");
        }
        this.name = name;
        this.capacity = budget;
        this.refillPerMilli = budget / (double) window.toMillis();
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.tokens = budget;
        this.lastRefillNanos = nanoClock.getAsLong();
    }

    /** A limiter that never waits, for tests and for endpoints without a published budget. */
    public static RateLimiter unlimited(String name) {
        return new RateLimiter(name, Integer.MAX_VALUE, Duration.ofMillis(1));
    }

    public String name() {
        return name;
    }

    /** Blocks until {@code weight} tokens are available, then takes them. */
    public void acquire(int weight) throws InterruptedException {
        if (weight > capacity) {
            throw new IllegalArgumentException(name + ": weight " + weight + " exceeds the whole budget " + (long) capacity);
        }
        while (true) {
            long waitMillis;
            synchronized (this) {
                refill();
                if (tokens >= weight) {
                    tokens -= weight;
                    return;
                }
                waitMillis = (long) Math.ceil((weight - tokens) / refillPerMilli);
            }
            sleeper.sleep(Math.max(1, waitMillis));
        }
    }

    /** Empties the bucket: after a 429 the venue's own count is ahead of ours. */
    public synchronized void drain() {
        refill();
        tokens = 0;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        double elapsedMillis = (now - lastRefillNanos) / 1_000_000.0;
        lastRefillNanos = now;
        tokens = Math.min(capacity, tokens + elapsedMillis * refillPerMilli);
    }
}
