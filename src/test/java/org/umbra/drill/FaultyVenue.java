package org.umbra.drill;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.umbra.dev.SimulatedBinanceArchiveVenue;
import org.umbra.dev.SimulatedVenue;
import org.umbra.market.binancearchive.ArchiveSamples;

/**
 * A {@link SimulatedVenue} on a MockWebServer that answers the drill's target requests (one feed's data endpoint)
 * with a {@link VenueFault} while one is armed, for as many requests as it was armed for, and otherwise as the venue
 * does. {@link VenueFault#REPEATED_PAGE} lets the first page with rows through and answers the next request with it.
 * Pacing is not simulated: the drill is about faults, and the clients run unpaced.
 */
final class FaultyVenue implements AutoCloseable {
    /** One answer as status, content type and bytes: what a fault starts from. */
    record Answer(int code, String contentType, byte[] body) {
        static Answer of(MockResponse r) {
            Buffer b = r.getBody();
            String status = r.getStatus();
            int code = Integer.parseInt(status.split(" ")[1]);
            return new Answer(code, r.getHeaders().get("Content-Type"), b == null ? new byte[0] : b.clone().readByteArray());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        MockResponse response() {
            MockResponse r = new MockResponse().setResponseCode(code).setBody(new Buffer().write(body));
            return contentType == null ? r : r.setHeader("Content-Type", contentType);
        }
    }

    private final SimulatedVenue venue;
    private final LongSupplier clock;
    private final Predicate<RecordedRequest> target;
    private final String nullField;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger hits = new AtomicInteger();
    private volatile VenueFault fault;
    private volatile int armed;
    private volatile Answer replayable;

    /** @param nullField the required field {@link VenueFault#NULL_FIELD} sets to null in the target's answers */
    FaultyVenue(SimulatedVenue venue, LongSupplier clock, Predicate<RecordedRequest> target, String nullField) throws IOException {
        this.venue = venue;
        this.clock = clock;
        this.target = target;
        this.nullField = nullField;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    /** The next {@code times} target requests get {@code fault}. */
    void arm(VenueFault fault, int times) {
        this.fault = fault;
        this.armed = times;
        this.replayable = null;
    }

    /** No more faults: every request is answered as the venue answers it. */
    void disarm() {
        armed = 0;
    }

    /** Target requests served so far, faulty or not. */
    int hits() {
        return hits.get();
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        long now = clock.getAsLong();
        String path = request.getRequestUrl().encodedPath();
        if (armed > 0 && venue instanceof SimulatedBinanceArchiveVenue archive && path.endsWith(".zip.CHECKSUM")) {
            // The archive's .CHECKSUM is read before its zip: it must describe the zip the fault will serve, so the
            // reader's own checks of the content are what the fault meets.
            String zipPath = path.substring(0, path.length() - ".CHECKSUM".length());
            byte[] zip = archive.zipAt(zipPath, now);
            byte[] served = zip == null ? null : fault.replaysPrevious() ? (replayable == null ? null : replayable.body())
                    : fault.changesBody() ? Answer.of(fault.respond(new Answer(200, "application/zip", zip), null, nullField)).body() : null;
            if (served != null) {
                return new MockResponse().setHeader("Content-Type", "text/plain")
                        .setBody(ArchiveSamples.checksum(served, zipPath.substring(zipPath.lastIndexOf('/') + 1)));
            }
        }
        MockResponse real = venue.serve(request, now);
        if (!target.test(request)) {
            return real;
        }
        hits.incrementAndGet();
        Answer answer = Answer.of(real);
        if (armed > 0 && fault.replaysPrevious()) {
            // The page after the first one with rows gets that page again.
            if (replayable != null) {
                armed = 0;
                return fault.respond(answer, replayable, nullField);
            }
            if (hasRows(answer)) {
                replayable = answer;
            }
            return answer.response();
        }
        if (armed > 0) {
            armed--;
            return fault.respond(answer, null, nullField);
        }
        return answer.response();
    }

    /** A 200 with rows: a zip (the archive serves none without), or JSON that emptying its rows would change. */
    private static boolean hasRows(Answer a) {
        if (a.code() != 200) {
            return false;
        }
        if ("application/zip".equals(a.contentType())) {
            return true;
        }
        String text = com.google.gson.JsonParser.parseString(a.text()).toString();
        return !JsonMutations.emptyRows(text).equals(text);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
