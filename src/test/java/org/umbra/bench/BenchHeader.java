package org.umbra.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The line every benchmark prints first: when, and on what, its figures were measured. */
final class BenchHeader {
    private BenchHeader() {
    }

    static void print() {
        System.out.printf("machine: %d cores, %s %s, JDK %s (%s), %s; %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), cpuModel(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("cpu unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }
}
