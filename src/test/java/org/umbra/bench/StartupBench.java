package org.umbra.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.umbra.ui.UmbraApp;

/**
 * Issue 7, item 4: process start to the first painted Markets view with data, measured from outside the
 * process. Each launch is the real jar ({@code java -jar umbra.jar}) on a display, with {@code UMBRA_HOME}
 * pointing at a data folder whose settings disable every source, and {@code -Dumbra.exitAfterFirstPaint=true}:
 * the clock starts right before {@link ProcessBuilder#start()} and stops when the app's
 * {@code umbra: first-paint} line arrives on its stdout. Launches (warm disk: one discarded round first):
 * <ul>
 * <li>the subject: a data folder with {@code years} of 5-minute history for 40 series;</li>
 * <li>the same with a Class Data Sharing archive, made by a training run of that launch;</li>
 * <li>baseline: an empty data folder (a first start: bundled history only);</li>
 * <li>floor: a JVM that only starts JavaFX and paints one Stage ({@link FirstPaintFloor}, from the same jar).</li>
 * </ul>
 * Rounds interleave the kinds, so load from elsewhere on the machine falls on all of them alike.
 * Arguments (key=value): {@code years=3} (develop with e.g. 0.1), {@code runs=7} (0: only build the cached data), {@code jvm="-Xlog:…"}
 * (extra options for every launch), {@code cds=false}, {@code compare=a.jar,b.jar} (the subject launch with other builds of the jar, e.g. before and
 * after a change, measured in the same rounds). Needs {@code umbra.jar} (system property, set by the
 * bench profile) and a display: {@code DISPLAY}, else an Xvfb it starts.
 */
public final class StartupBench {
    private static final double TARGET_MS = 2_500;
    private static final long TIMEOUT_S = 120;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        double years = Double.parseDouble(opts.getOrDefault("years", "3"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "7"));
        boolean cds = Boolean.parseBoolean(opts.getOrDefault("cds", "true"));
        List<String> extraJvm = opts.containsKey("jvm") ? Arrays.asList(opts.get("jvm").trim().split("\\s+")) : List.of();
        Path jar = Path.of(required("umbra.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("umbra.jar not found at " + jar + ": build it with ./mvnw -B -q -o package -DskipTests");
        }
        Path benchData = jar.toAbsolutePath().getParent().resolve("bench-data");
        Path testClasses = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        printHeader(jar, extraJvm);

        try (Display display = Display.open()) {
            Path history = StartupDataDir.withHistory(benchData, years);
            if (runs == 0) {
                System.out.println("runs=0: the data folder is ready, nothing launched");
                return;
            }
            Path scratch = benchData.resolve("startup-scratch");
            StartupDataDir.deleteTree(scratch);
            Launcher launcher = new Launcher(javaExecutable(), jar, display.name(), extraJvm);

            Map<String, Kind> kinds = new LinkedHashMap<>();
            String subject = String.format(Locale.ROOT, "start to first painted Markets, %s y x 40 series", StartupDataDir.yearsText(years));
            kinds.put(subject, () -> launcher.app(history, List.of()));
            if (cds) {
                Path archive = scratch.resolve("umbra.jsa");
                Files.createDirectories(scratch);
                launcher.app(history, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
                System.out.printf("CDS: training run wrote %s (%.0f MB)%n", archive, Files.size(archive) / 1e6);
                kinds.put("same with a CDS archive", () -> launcher.app(history, List.of("-XX:SharedArchiveFile=" + archive)));
            }
            for (String other : opts.getOrDefault("compare", "").split(",")) {
                if (!other.isBlank()) {
                    Path otherJar = Path.of(other.strip()).toAbsolutePath();
                    if (!Files.isRegularFile(otherJar)) {
                        throw new IllegalArgumentException("compare: no jar at " + otherJar);
                    }
                    kinds.put("same with " + otherJar.getFileName(), () -> launcher.app(otherJar, history, List.of()));
                }
            }
            kinds.put("empty data folder (first start, bundled history)", () -> launcher.app(StartupDataDir.empty(scratch), List.of()));
            kinds.put("floor (JVM + JavaFX, one Stage)", () -> launcher.floor(testClasses));

            Map<String, List<Launch>> figures = new LinkedHashMap<>();
            kinds.keySet().forEach(k -> figures.put(k, new ArrayList<>()));
            for (int round = 0; round <= runs; round++) {
                for (Map.Entry<String, Kind> k : kinds.entrySet()) {
                    Launch launch = k.getValue().launch();
                    if (round > 0) { // round 0 warms the disk cache and is discarded
                        figures.get(k.getKey()).add(launch);
                    }
                }
                System.out.printf("round %d of %d done%s%n", round, runs, round == 0 ? " (discarded: warm-up)" : "");
            }
            StartupDataDir.deleteTree(scratch);
            report(figures, subject);
        }
    }

    /** One launch. */
    private interface Kind {
        Launch launch() throws Exception;
    }

    /**
     * Milliseconds from process start to the first-paint line, and the CPU time the process had used by then
     * (every thread): on a shared machine the CPU time moves much less than the wall time, so it shows
     * whether a change removed work even when the wall clock is noisy.
     */
    record Launch(double wallMs, double cpuMs) {
    }

    private static void report(Map<String, List<Launch>> figures, String subject) {
        System.out.println();
        System.out.println("wall time, process start to the first-paint line (the target's figure):");
        report(figures, subject, Launch::wallMs, true);
        System.out.println("CPU time used by then, every thread (steadier on a shared machine):");
        report(figures, subject, Launch::cpuMs, false);
    }

    private static void report(Map<String, List<Launch>> figures, String subject, ToDoubleFunction<Launch> figure, boolean target) {
        Stats main = Stats.of(figures.get(subject).stream().map(figure::applyAsDouble).toList());
        for (Map.Entry<String, List<Launch>> e : figures.entrySet()) {
            Stats s = Stats.of(e.getValue().stream().map(figure::applyAsDouble).toList());
            String versus = !e.getKey().equals(subject)
                    ? String.format(Locale.ROOT, "   vs subject: %+.0f ms (ratio %.2f)", s.median() - main.median(), s.median() / main.median())
                    : target ? String.format(Locale.ROOT, "   target %.0f ms: ratio %.2f", TARGET_MS, s.median() / TARGET_MS) : "";
            System.out.printf("  %s: %s%s%n", e.getKey(), s, versus);
        }
    }

    /** Launches the real jar and the floor app on the display, timing each from outside. */
    private record Launcher(String javaCmd, Path jar, String display, List<String> extraJvm) {
        Launch app(Path umbraHome, List<String> jvm) throws IOException, InterruptedException {
            return app(jar, umbraHome, jvm);
        }

        Launch app(Path jar, Path umbraHome, List<String> jvm) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(javaCmd, "-D" + UmbraApp.EXIT_AFTER_FIRST_PAINT + "=true"));
            cmd.addAll(extraJvm);
            cmd.addAll(jvm);
            cmd.addAll(List.of("-jar", jar.toString()));
            return time(cmd, umbraHome);
        }

        Launch floor(Path testClasses) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(javaCmd));
            cmd.addAll(extraJvm);
            cmd.addAll(List.of("-cp", jar + File.pathSeparator + testClasses, FirstPaintFloor.class.getName()));
            return time(cmd, null);
        }

        private Launch time(List<String> cmd, Path umbraHome) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            pb.environment().put("DISPLAY", display);
            if (umbraHome != null) {
                pb.environment().put("UMBRA_HOME", umbraHome.toString());
            }
            Path err = Files.createTempFile("umbra-startup", ".err");
            pb.redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            Double ms = null;
            double cpuMs = Double.NaN;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (ms == null && line.startsWith(UmbraApp.FIRST_PAINT_MARKER)) {
                        ms = (System.nanoTime() - t0) / 1e6;
                        cpuMs = p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                    }
                }
            }
            boolean exited = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly();
            }
            String stderr = Files.readString(err);
            Files.delete(err);
            if (ms == null || !exited || p.exitValue() != 0) {
                throw new IllegalStateException("launch failed (" + (exited ? "exit " + p.exitValue() : "no exit in " + TIMEOUT_S + " s")
                        + (ms == null ? ", no first-paint line" : "") + "): " + String.join(" ", cmd) + "\n" + stderr);
            }
            return new Launch(ms, cpuMs);
        }
    }

    /** The X display the launches use: $DISPLAY, else an Xvfb started here on a free display number. */
    private record Display(String name, Process xvfb) implements AutoCloseable {
        static Display open() throws IOException {
            String given = System.getenv("DISPLAY");
            if (given != null && !given.isBlank()) {
                System.out.println("display: " + given + " (from DISPLAY)");
                return new Display(given, null);
            }
            Process x;
            try {
                // -displayfd 1: Xvfb picks a free display and writes its number to stdout once it accepts clients.
                x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new IllegalStateException("DISPLAY is not set and Xvfb could not be started (install xvfb, or set DISPLAY): "
                        + e.getMessage(), e);
            }
            String number = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (number == null) {
                x.destroy();
                throw new IllegalStateException("Xvfb started but reported no display number");
            }
            System.out.println("display: :" + number.strip() + " (Xvfb 1600x1000x24, started by the bench)");
            return new Display(":" + number.strip(), x);
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static void printHeader(Path jar, List<String> extraJvm) throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        System.out.printf("machine: %d cores (%s), %s %s (%s), %s %s %s; load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                cpu, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("date: %s; jar: %s (%.1f MB)%s%n", Instant.now(), jar, Files.size(jar) / 1e6,
                extraJvm.isEmpty() ? "" : "; extra JVM options: " + String.join(" ", extraJvm));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the bench profile sets it)");
        }
        return v;
    }

    /** key=value arguments; the bench profile may pass them as one space-separated argument. */
    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : args) {
            String rest = arg.strip();
            while (!rest.isEmpty()) {
                int eq = rest.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("argument '" + rest + "' is not key=value (years, runs, jvm, cds, compare)");
                }
                String key = rest.substring(0, eq);
                String value;
                int end;
                if (rest.startsWith("\"", eq + 1)) {
                    end = rest.indexOf('"', eq + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("argument '" + rest + "': unclosed quote");
                    }
                    value = rest.substring(eq + 2, end);
                    end++;
                } else {
                    end = rest.indexOf(' ', eq);
                    end = end < 0 ? rest.length() : end;
                    value = rest.substring(eq + 1, end);
                }
                if (!List.of("years", "runs", "jvm", "cds", "compare").contains(key)) {
                    throw new IllegalArgumentException("unknown argument '" + key + "' (known: years, runs, jvm, cds, compare)");
                }
                out.put(key, value);
                rest = rest.substring(end).strip();
            }
        }
        return out;
    }

    /** Median, min and max of a figure's runs. */
    record Stats(double median, double min, double max, int n) {
        static Stats of(List<Double> values) {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            return new Stats(median, v[0], v[v.length - 1], v.length);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms (min %.0f, max %.0f, n=%d)", median, min, max, n);
        }
    }
}
