package org.umbra.market.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VenueHttpTest {
    private MockWebServer server;
    private VenueHttp http;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        http = new VenueHttp("test-venue", HttpClients.create("t"), HttpUrl.get(server.url("/api/").toString()), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void postsJsonToThePathUnderTheBaseUrl() throws Exception {
        server.enqueue(new MockResponse().setBody("[1,2]"));
        JsonObject body = new JsonObject();
        body.addProperty("type", "metaAndAssetCtxs");
        int size = http.postJson("/info", body, List.of(), json -> json.getAsJsonArray().size());
        assertEquals(2, size);
        RecordedRequest r = server.takeRequest();
        assertEquals("POST", r.getMethod());
        assertEquals("/api/info", r.getPath());
        assertEquals("{\"type\":\"metaAndAssetCtxs\"}", r.getBody().readUtf8());
        assertTrue(r.getHeader("Content-Type").startsWith("application/json"));
    }

    @Test
    void downloadsBytesUpToALimit() throws Exception {
        byte[] zip = {0x50, 0x4b, 3, 4, 1, 2, 3};
        server.enqueue(new MockResponse().setBody(new Buffer().write(zip)));
        assertArrayEquals(zip, http.getBytes("/f.zip", Map.of(), List.of(), 100));
        server.enqueue(new MockResponse().setBody(new Buffer().write(new byte[5000])));
        SourceException e = assertThrows(SourceException.class, () -> http.getBytes("/big.zip", Map.of(), List.of(), 1000));
        assertTrue(e.getMessage().startsWith("test-venue: file larger than the 1000 bytes allowed"), e.getMessage());
        server.enqueue(new MockResponse().setResponseCode(404).setBody("<Error>NoSuchKey</Error>"));
        SourceException missing = assertThrows(SourceException.class, () -> http.getBytes("/none.zip", Map.of(), List.of(), 1000));
        assertEquals(SourceException.Kind.HTTP_STATUS, missing.kind());
    }

    @Test
    void readsAPlainTextBody() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("0000abc\u00e9\n"));
        assertEquals("0000abc\u00e9\n", http.getText("/blocks/tip/hash", List.of(), 100));
        assertEquals("/api/blocks/tip/hash", server.takeRequest().getPath());
        server.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));
        SourceException e = assertThrows(SourceException.class, () -> http.getText("/blocks/tip/hash", List.of(), 100));
        assertEquals("test-venue: HTTP 500 (GET /blocks/tip/hash)", e.getMessage());
    }

    @Test
    void aRedirectIsFollowedOnTheSameHostOnlyAndAnotherHostIsNamed() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/api/v2/x"));
        server.enqueue(new MockResponse().setBody("[7]"));
        int size = http.getJson("/x", Map.of(), List.of(), j -> j.getAsJsonArray().size());
        assertEquals(1, size);
        assertEquals(2, server.getRequestCount());

        // The same server under its other name is another host as far as a URL is concerned: not followed.
        String other = server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost";
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://" + other + ":" + server.getPort() + "/evil"));
        SourceException e = assertThrows(SourceException.class, () -> http.getJson("/y", Map.of(), List.of(), j -> j));
        assertEquals(SourceException.Kind.REFUSED, e.kind());
        assertEquals("test-venue: HTTP 302: redirected to another host (http://" + other + "), not followed; check the endpoint (GET /y)",
                e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void nestedVenueErrorMessagesAreShown() {
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"Invalid symbol XBTUSDX\",\"name\":\"HTTPError\"}}"));
        SourceException e = assertThrows(SourceException.class, () -> http.getJson("/x", Map.of(), List.of(), j -> j));
        assertEquals("test-venue: HTTP 400: Invalid symbol XBTUSDX (GET /x)", e.getMessage());
    }

    @Test
    void truncatedJsonIsMalformedNotACrash() {
        server.enqueue(new MockResponse().setBody("[{\"a\":1},{\"a\":"));
        SourceException e = assertThrows(SourceException.class, () -> http.getJson("/x", Map.of(), List.of(), j -> j));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("truncated JSON (the body ends after 14 characters, mid-document)"), e.getMessage());
    }

    @Test
    void wholeButInvalidJsonIsNotCalledTruncated() {
        server.enqueue(new MockResponse().setBody("[{\"a\":1},]"));
        SourceException e = assertThrows(SourceException.class, () -> http.getJson("/x", Map.of(), List.of(), j -> j));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("test-venue: invalid JSON"), e.getMessage());
    }

    /** Our clock an hour fast: the venue's Date header gives its time, and a Retry-After date counts from it. */
    @Test
    void theVenuesDateHeaderGivesItsTimeAndARetryAfterDateCountsFromIt() {
        long venueTime = java.time.Instant.parse("2026-03-29T00:30:00Z").toEpochMilli();
        org.umbra.testing.MovableClock ours = new org.umbra.testing.MovableClock(venueTime + 3_600_000L);
        VenueHttp fast = new VenueHttp("test-venue", HttpClients.create("t"), HttpUrl.get(server.url("/api/").toString()), ours);
        assertEquals(venueTime + 3_600_000L, fast.venueNow(), "no answer yet: our own clock");
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Date", "Sun, 29 Mar 2026 00:30:00 GMT")
                .setHeader("Retry-After", "Sun, 29 Mar 2026 00:31:30 GMT"));
        SourceException e = assertThrows(SourceException.class, () -> fast.getJson("/x", Map.of(), List.of(), j -> j));
        assertEquals(venueTime, fast.venueNow());
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(90)), e.retryAfter(), "90 s after the venue's Date, not 0 by our fast clock");
        ours.set(venueTime + 3_600_000L + 5_000);
        assertEquals(venueTime + 5_000, fast.venueNow(), "the offset holds as our clock runs");
    }
}
