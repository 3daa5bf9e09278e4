package org.umbra.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer serving a {@link SimulatedVenue} that ENFORCES the venue's published limits: every
 * request is weighed against each {@link VenueLimit}; one that would go over any of them gets the
 * venue's documented rejection (its {@link SimulatedVenue#rejection}) and is not served. Counts requests,
 * rejections and, per limit, the peak usage seen in one window, so a run can show how close a client came.
 */
public final class LimitedVenue implements AutoCloseable {
    /** The most a limit's window ever held, next to the limit itself. */
    public record Usage(VenueLimit limit, long peak) {
        public double fraction() {
            return peak / (double) limit.limit();
        }
    }

    private final SimulatedVenue venue;
    private final LongSupplier clock;
    private final MockWebServer server = new MockWebServer();
    private final List<Meter> meters = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    public LimitedVenue(SimulatedVenue venue) {
        this(venue, System::currentTimeMillis);
    }

    /** @param clock epoch milliseconds, for the windows and for the simulated "now" */
    public LimitedVenue(SimulatedVenue venue, LongSupplier clock) {
        this.venue = venue;
        this.clock = clock;
        venue.limits().forEach(l -> meters.add(new Meter(l)));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return LimitedVenue.this.dispatch(request);
            }
        });
    }

    public LimitedVenue start(int port) throws IOException {
        server.start(InetAddress.getLoopbackAddress(), port);
        return this;
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public SimulatedVenue venue() {
        return venue;
    }

    public long requests() {
        return requests.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public synchronized List<Usage> usage() {
        return meters.stream().map(m -> new Usage(m.limit, m.peak)).toList();
    }

    MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        long now = clock.getAsLong();
        synchronized (this) {
            for (Meter m : meters) {
                int w = m.limit.weight().applyAsInt(request);
                if (w > 0 && m.used(now) + w > m.limit.limit()) {
                    rejected.incrementAndGet();
                    return SimulatedVenue.withDate(venue.rejection(m.limit, m.retryAfterMs(now)), now);
                }
            }
            for (Meter m : meters) {
                m.take(now, m.limit.weight().applyAsInt(request));
            }
        }
        return venue.serve(request, now);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /** What one limit has counted: (time, weight) entries still inside its window. */
    private static final class Meter {
        final VenueLimit limit;
        final long windowMs;
        final Deque<long[]> entries = new ArrayDeque<>();
        long inWindow;
        long peak;

        Meter(VenueLimit limit) {
            this.limit = limit;
            this.windowMs = limit.window().toMillis();
        }

        /** Weight counted in the window that {@code now} falls in (fixed) or that ends at {@code now} (rolling). */
        long used(long now) {
            long from = limit.kind() == VenueLimit.Window.FIXED ? now - Math.floorMod(now, windowMs) : now - windowMs + 1;
            while (!entries.isEmpty() && entries.peekFirst()[0] < from) {
                inWindow -= entries.pollFirst()[1];
            }
            return inWindow;
        }

        void take(long now, int weight) {
            if (weight <= 0) {
                return;
            }
            used(now);
            entries.addLast(new long[] {now, weight});
            inWindow += weight;
            peak = Math.max(peak, inWindow);
        }

        /** When enough of the window will have passed for the next request (at least 1 s, as venues round up). */
        long retryAfterMs(long now) {
            long until = limit.kind() == VenueLimit.Window.FIXED ? windowMs - Math.floorMod(now, windowMs)
                    : entries.isEmpty() ? 0 : entries.peekFirst()[0] + windowMs - now;
            return Math.max(1_000, until);
        }
    }
}
