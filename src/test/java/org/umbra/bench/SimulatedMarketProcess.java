package org.umbra.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;
import org.umbra.dev.BackfillBench;
import org.umbra.dev.LimitedVenue;

/**
 * Every simulated venue ({@code org.umbra.dev}, limits enforced) on a free loopback port, in a process of its
 * own so the steady-state benchmark counts none of the servers' CPU or heap. The venues' clock may run fast:
 * {@code now = simOrigin + speed * (wall clock - wallOrigin)}, the same formula the benchmark's collector uses.
 * Prints one line, {@code source=baseUrl} pairs separated by spaces, then serves until its stdin closes; each line
 * read from stdin is answered with {@code <requests served> <requests rejected over a limit>} so far.
 *
 * <p>Arguments: {@code sinceMs simOriginMs wallOriginMs speed}.
 */
public final class SimulatedMarketProcess {
    private SimulatedMarketProcess() {
    }

    /** The clock both sides share: {@code simOrigin} at {@code wallOrigin}, then {@code speed} ms per wall-clock ms. */
    public static LongSupplier fastClock(long simOrigin, long wallOrigin, long speed) {
        return () -> simOrigin + speed * (System.currentTimeMillis() - wallOrigin);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected: sinceMs simOriginMs wallOriginMs speed");
        }
        long since = Long.parseLong(args[0]);
        LongSupplier clock = fastClock(Long.parseLong(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
        // MockWebServer logs every request at INFO; thousands of lines would bury the benchmark's output.
        Logger.getLogger(MockWebServer.class.getName()).setLevel(Level.WARNING);
        List<LimitedVenue> running = new ArrayList<>();
        StringBuilder endpoints = new StringBuilder();
        for (var e : BackfillBench.VENUES.entrySet()) {
            LimitedVenue venue = new LimitedVenue(e.getValue().apply(since), clock).start(0);
            running.add(venue);
            endpoints.append(e.getKey()).append('=').append(venue.baseUrl()).append(' ');
        }
        System.out.println(endpoints.toString().trim());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            // Each line asks how many requests were served and how many rejected so far.
            System.out.println(running.stream().mapToLong(LimitedVenue::requests).sum() + " "
                    + running.stream().mapToLong(LimitedVenue::rejected).sum());
            System.out.flush();
        }
        // Stdin closed: the benchmark is done (or died), so stop serving.
        for (LimitedVenue v : running) {
            v.close();
        }
    }
}
