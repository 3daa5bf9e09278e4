package org.umbra.dev;

import java.util.ArrayList;
import java.util.List;

/**
 * Every simulated venue served at once on consecutive local ports, for demos and screenshots of the
 * whole market (values simulated, formats and limits as documented). Prints the {@code --endpoint}
 * arguments that point Umbra at them.
 * Run: {@code java -cp ... org.umbra.dev.SimulatedMarketServers [firstPort] [--since=YYYY-MM-DD] [source…]}
 */
public final class SimulatedMarketServers {
    private SimulatedMarketServers() {
    }

    public static void main(String[] args) throws Exception {
        int port = 18_100;
        long since = 0;
        List<String> ids = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--since=")) {
                since = SimulatedMarket.utc(a.substring("--since=".length()));
            } else if (a.matches("\\d+")) {
                port = Integer.parseInt(a);
            } else {
                ids.add(a);
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(BackfillBench.VENUES.keySet());
        }
        List<LimitedVenue> running = new ArrayList<>();
        StringBuilder endpoints = new StringBuilder();
        for (String id : ids) {
            LimitedVenue venue = new LimitedVenue(BackfillBench.VENUES.get(id).apply(since)).start(port++);
            running.add(venue);
            endpoints.append(" --endpoint ").append(id).append('=').append(venue.baseUrl().replaceAll("/$", ""));
        }
        System.out.println(endpoints.toString().trim());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(v -> {
            try {
                v.close();
            } catch (java.io.IOException ignored) {
                // Exiting anyway.
            }
        })));
        Thread.currentThread().join();
    }
}
