package org.umbra.dev;

import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for one venue's public API: the endpoints one Umbra source calls, in the venue's documented
 * response format, with SIMULATED values (smooth deterministic functions of time, {@link SimulatedMarket}),
 * the venue's real history depth and page sizes, and its published limits. Served by {@link LimitedVenue}.
 */
public interface SimulatedVenue {
    /** The Umbra source id this venue stands in for. */
    String sourceId();

    /** The limits the venue publishes, enforced by {@link LimitedVenue}. */
    List<VenueLimit> limits();

    /** The answer to a request within the limits; {@code now} is the venue's clock (epoch ms). */
    MockResponse respond(RecordedRequest request, long now);

    /** The answer to a request, or the venue's error reply when it cannot serve it ({@link #respond} refused it). */
    default MockResponse serve(RecordedRequest request, long now) {
        MockResponse response;
        try {
            response = respond(request, now);
        } catch (IllegalArgumentException e) {
            response = badRequest(e.getMessage());
        }
        return withDate(response, now);
    }

    /** Every venue's server sends its clock in a Date header (RFC 9110 §6.6.1); Umbra reads the venue's time from it. */
    static MockResponse withDate(MockResponse response, long now) {
        if (response.getHeaders().get("Date") == null) {
            response.setHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(java.time.Instant.ofEpochMilli(now).atOffset(java.time.ZoneOffset.UTC)));
        }
        return response;
    }

    /** The venue's documented error reply for a request it cannot serve (unknown path or symbol, bad parameter). */
    MockResponse badRequest(String message);

    /** The venue's documented reply to a request over {@code limit}: by default HTTP 429 with Retry-After in seconds. */
    default MockResponse rejection(VenueLimit limit, long retryAfterMs) {
        return badRequest("rate limit exceeded: " + limit.group() + " " + limit.describe()).setResponseCode(429)
                .setHeader("Retry-After", Long.toString((retryAfterMs + 999) / 1000));
    }
}
