package org.umbra.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The limiter in front of a simulated venue, on a fake clock: BitMEX publishes 30 requests a minute without a key. */
class LimitedVenueTest {
    private final AtomicLong clock = new AtomicLong();
    private final OkHttpClient http = new OkHttpClient();

    private Response get(LimitedVenue venue) throws Exception {
        return http.newCall(new Request.Builder().url(venue.baseUrl() + "api/v1/instrument?symbol=XBTUSD").build()).execute();
    }

    /**
     * 30 requests at 0 ms are served; the 31st gets BitMEX's reply, HTTP 429, Retry-After 60 s (the first request
     * leaves the rolling minute at 60,000 ms) and the nested error; at 59,999 ms still 429 (Retry-After rounded up
     * to 1 s); at 60,000 ms all 30 have left the window and the request is served. 33 requests, 2 rejected, peak 30.
     */
    @Test
    void rejectsOverTheLimitWithTheVenuesReply() throws Exception {
        try (LimitedVenue venue = new LimitedVenue(new SimulatedBitmexVenue(0), clock::get).start(0)) {
            for (int i = 0; i < 30; i++) {
                try (Response r = get(venue)) {
                    assertEquals(200, r.code(), "request " + (i + 1));
                }
            }
            try (Response r = get(venue)) {
                assertEquals(429, r.code());
                assertEquals("60", r.header("Retry-After"));
                assertEquals("{\"error\":{\"message\":\"rate limit exceeded: requests (no key) 30 / min rolling\",\"name\":\"RateLimitError\"}}",
                        r.body().string());
            }
            clock.set(59_999);
            try (Response r = get(venue)) {
                assertEquals(429, r.code());
                assertEquals("1", r.header("Retry-After"));
            }
            clock.set(60_000);
            try (Response r = get(venue)) {
                assertEquals(200, r.code());
            }
            assertEquals(33, venue.requests());
            assertEquals(2, venue.rejected());
            assertEquals(List.of(30L), venue.usage().stream().map(LimitedVenue.Usage::peak).toList());
        }
    }
}
