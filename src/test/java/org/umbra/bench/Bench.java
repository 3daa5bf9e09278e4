package org.umbra.bench;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of the benchmarks: {@code ./mvnw -B -Pbench verify -Dbench=NAME [-Dbench.args="..."]}.
 * Each benchmark is a class with a {@code main}, printing its figures beside the baseline it measured in
 * the same run; docs/benchmarks.md records them. Benchmarks never assert: a slow figure is a finding.
 */
public final class Bench {
    /** Name on the command line, the class that runs it, and what it measures (issue 7's numbering). */
    private record Entry(String className, String what) {
    }

    private static final Map<String, Entry> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("ingest", new Entry("org.umbra.bench.IngestBench", "1. points/s through DbWriter vs a plain insert (JMH)"));
        BENCHMARKS.put("range-read", new Entry("org.umbra.bench.RangeReadBench", "2. one year of 1-minute points read and downsampled (JMH)"));
        BENCHMARKS.put("chart", new Entry("org.umbra.bench.ChartPanBench", "3. redraw after a pan step, 6 M-point series vs baselines"));
        BENCHMARKS.put("startup", new Entry("org.umbra.bench.StartupBench", "4. process start to the first painted Markets view"));
        BENCHMARKS.put("steady", new Entry("org.umbra.bench.SteadyStateBench", "5. CPU and heap while every venue polls"));
        BENCHMARKS.put("db-size", new Entry("org.umbra.bench.DbSizeBench", "6. file growth per million raw points, rollups apart"));
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "list" : args[0];
        // -Dbench.args="a b" reaches us as one argument: split it as a shell would split plain words.
        String[] rest = args.length > 1 ? Arrays.stream(args, 1, args.length).flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
                .filter(a -> !a.isBlank()).toArray(String[]::new) : new String[0];
        if (name.equals("list")) {
            System.out.println("Benchmarks (-Dbench=NAME, or all):");
            BENCHMARKS.forEach((k, e) -> System.out.printf("  %-11s %s%n", k, e.what()));
            return;
        }
        if (name.equals("all")) {
            for (String each : BENCHMARKS.keySet()) {
                run(each, rest);
            }
            return;
        }
        run(name, rest);
    }

    private static void run(String name, String[] args) throws Exception {
        Entry e = BENCHMARKS.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no benchmark named '" + name + "'; known: " + String.join(", ", BENCHMARKS.keySet()));
        }
        System.out.println("== " + name + ": " + e.what());
        try {
            Class.forName(e.className()).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw ex;
        }
    }
}
