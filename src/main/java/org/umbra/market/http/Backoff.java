package org.umbra.market.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter after consecutive failures, never shorter than a venue's
 * Retry-After. Refusals (403/451) back off from a longer base: retrying a region block every few
 * seconds only burns the budget.
 */
public final class Backoff {
    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), RandomGenerator.getDefault());
    }

    /**
     * @param consecutiveFailures 1 for the first failure
     * @return how long to wait before the next attempt
     */
    public Duration delay(int consecutiveFailures, SourceException failure) {
        long baseMillis = base.toMillis();
        if (failure.kind() == SourceException.Kind.REFUSED) {
            baseMillis *= 12;
        }
        int exponent = Math.min(Math.max(consecutiveFailures, 1) - 1, 20);
        long raw = Math.min(max.toMillis(), baseMillis << exponent);
        // Jitter within [50%, 100%] of the step, so many clients (or feeds) do not retry in lockstep.
        long jittered = raw / 2 + (long) (random.nextDouble() * (raw / 2.0));
        long retryAfter = failure.retryAfter().map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, retryAfter));
    }
}
