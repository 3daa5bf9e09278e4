package org.umbra.market.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter after consecutive failures, never shorter than a venue's
 * Retry-After. Refusals (403/451) and rate limits without Retry-After back off from a longer base:
 * retrying a region block or a throttled host every few seconds only burns the budget.
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
        return standard(RandomGenerator.getDefault());
    }

    /** The standard steps with {@code random} for the jitter (a drill passes one that always draws 0: the shortest waits). */
    public static Backoff standard(RandomGenerator random) {
        return new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), random);
    }

    /**
     * @param consecutiveFailures 1 for the first failure
     * @return how long to wait before the next attempt
     */
    public Duration delay(int consecutiveFailures, SourceException failure) {
        long baseMillis = base.toMillis();
        // A refusal, and a rate limit that did not say how long to wait, start at a minute: asking again within
        // seconds is what turns a 429 into a 418 ban, and a region block does not lift in seconds.
        boolean longer = failure.kind() == SourceException.Kind.REFUSED
                || failure.kind() == SourceException.Kind.RATE_LIMITED && failure.retryAfter().isEmpty();
        if (longer) {
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
