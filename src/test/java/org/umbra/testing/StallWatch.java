package org.umbra.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns a hung test run into a failure that says where every thread was. A wait on the FX thread that never ends (TestFX's
 * {@code interact} and {@code waitForFxEvents} have no time limit) would otherwise hold the build until CI's own limit,
 * with nothing printed. When no test has started or finished for {@code umbra.test.stallSeconds} (default 300; the
 * longest test takes about 150 s), every thread's stack and the locks it holds are written to
 * {@code target/surefire-reports/stall-<UTC>.txt} and to the console; if the run still has not moved after as long
 * again, the test JVM is halted, so Maven reports the fork as crashed at once ({@code .ci/run} prints the dump).
 * Registered for every test run by {@code META-INF/services}.
 */
public final class StallWatch implements TestExecutionListener {
    private static final long STALL_MS = TimeUnit.SECONDS.toMillis(Long.getLong("umbra.test.stallSeconds", 300));
    private final Map<String, Long> running = new ConcurrentHashMap<>();
    private volatile long lastEvent = System.currentTimeMillis();
    private volatile int reportedStalls;
    private ScheduledExecutorService timer;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stall-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 10, 10, TimeUnit.SECONDS);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        timer.shutdownNow();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        running.put(id.getUniqueId(), System.currentTimeMillis());
        moved();
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        running.remove(id.getUniqueId());
        moved();
    }

    private void moved() {
        lastEvent = System.currentTimeMillis();
        reportedStalls = 0;
    }

    private void check() {
        long quiet = System.currentTimeMillis() - lastEvent;
        if (quiet < STALL_MS * (reportedStalls + 1)) {
            return;
        }
        reportedStalls++;
        String report = "Test run stalled: nothing started or finished for " + quiet / 1000 + " s. Running: " + running.keySet()
                + "\n\n" + threadDump();
        try {
            Path dir = Files.createDirectories(Path.of("target", "surefire-reports"));
            Files.writeString(dir.resolve("stall-" + Instant.now().toString().replace(':', '-') + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The JVM's own stderr, not the test's redirected one: Maven shows it in the build log.
            new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8).println(report);
        }
        if (reportedStalls >= 2) {
            Runtime.getRuntime().halt(3);
        }
    }

    private static String threadDump() {
        StringBuilder b = new StringBuilder();
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            b.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                b.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                b.append(" owned by \"").append(t.getLockOwnerName()).append('"');
            }
            b.append('\n');
            int runnerFrames = 0;
            for (StackTraceElement e : t.getStackTrace()) {
                // The test runner's frames say nothing about the hang and would push the useful ones out of CI's log.
                if (e.getClassName().startsWith("org.junit.") || e.getClassName().startsWith("org.apache.maven.surefire.")) {
                    runnerFrames++;
                    continue;
                }
                b.append("    at ").append(e).append('\n');
            }
            if (runnerFrames > 0) {
                b.append("    (").append(runnerFrames).append(" JUnit and Surefire frames left out)\n");
            }
            for (var monitor : t.getLockedMonitors()) {
                b.append("    holds ").append(monitor).append(" (locked at ").append(monitor.getLockedStackFrame()).append(")\n");
            }
            for (var sync : t.getLockedSynchronizers()) {
                b.append("    holds ").append(sync).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
