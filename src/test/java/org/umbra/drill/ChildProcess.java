package org.umbra.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM started on this test's classpath with the same java binary, its stdout and stderr in files. A file, not a pipe:
 * what the child wrote before it was killed is all there afterwards, with no reader thread to race the process's end.
 */
final class ChildProcess {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code mainClass} with {@code args}, its output in {@code outputs}{@code .out} and {@code .err}. C1 only and
     * the shared class archive: the drill starts 60 JVMs, and their start dominates its time. {@code umbra.home} keeps
     * settings and data folders inside the test's directory.
     */
    static ChildProcess start(Path umbraHome, Path outputs, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                "-Dumbra.home=" + umbraHome, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path out = Path.of(outputs + ".out");
        Path err = Path.of(outputs + ".err");
        try {
            return new ChildProcess(new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("the path of this JVM's java binary is unknown"));
    }

    /** Waits until a line matches {@code wanted}; false when the process ended or the time ran out first. */
    boolean awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean alive = process.isAlive();
            if (lines().stream().anyMatch(wanted)) {
                return true;
            }
            if (!alive || System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL on POSIX: no shutdown hooks, no finally blocks, no closing of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed child (pid " + process.pid() + ") did not exit within 30 s");
        }
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("the child did not end within " + timeout + "; stderr: " + stderr());
        }
        return process.exitValue();
    }

    /** Its stdout so far, line by line; a last line without its end (cut by a kill) included as it is. */
    List<String> lines() {
        try {
            String text = Files.readString(stdout, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            if (out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1); // What follows the last line end.
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the child's output " + stdout, e);
        }
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}
