package org.umbra.dev;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One limit a venue publishes: which requests it counts and what each weighs ({@code weight} 0 = not
 * counted), how many fit in a window, and whether the window is fixed (aligned to the epoch, reset at
 * each boundary, like Binance's "per minute") or rolling (any interval of that length).
 */
public record VenueLimit(String group, int limit, Duration window, Window kind, ToIntFunction<RecordedRequest> weight) {
    public enum Window { FIXED, ROLLING }

    public VenueLimit {
        if (limit <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(group + ": a limit needs a positive count and window");
        }
    }

    /** Every request whose path passes {@code paths} counts 1. */
    public static VenueLimit requests(String group, int limit, Duration window, Window kind, Predicate<String> paths) {
        return new VenueLimit(group, limit, window, kind, r -> paths.test(r.getRequestUrl().encodedPath()) ? 1 : 0);
    }

    /** Every request counts 1. */
    public static VenueLimit allRequests(String group, int limit, Duration window, Window kind) {
        return requests(group, limit, window, kind, p -> true);
    }

    /** "{@code limit} per {@code window}", as the report prints it. */
    public String describe() {
        long s = window.toSeconds();
        String w = s % 60 == 0 ? (s / 60 == 1 ? "min" : s / 60 + " min") : s + " s";
        return limit + " / " + w + (kind == Window.FIXED ? " fixed" : " rolling");
    }
}
